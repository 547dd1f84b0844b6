#pragma once

#include "annotations/annotation.h"

#include <QDialog>

class QButtonGroup;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;

namespace duizhao::gui {

// Edits what a mark says: its colour, a note of several lines, and its tags — the paper's
// framework codes and the user's own.
class AnnotationDialog final : public QDialog
{
    Q_OBJECT

public:
    AnnotationDialog(const Annotation &annotation, const QList<Tag> &tags, QWidget *parent = nullptr);

    // The mark with the colour, note and tags chosen.
    Annotation annotation() const;
    // A palette colour's name ("yellow") in the UI language.
    static QString colorName(const QString &paletteName);

private:
    Annotation m_annotation;
    QButtonGroup *m_colors;
    QPlainTextEdit *m_note;
    QListWidget *m_tags;
    QLineEdit *m_newTags;
};

} // namespace duizhao::gui
