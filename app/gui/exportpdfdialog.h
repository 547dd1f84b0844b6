#pragma once

#include "export/pdfexportoptions.h"

#include <QDialog>

class QCheckBox;
class QComboBox;

namespace duizhao::gui {

// The choices of File → Export PDF…: layout, paper size, annotations, notes in the margin.
class ExportPdfDialog final : public QDialog
{
    Q_OBJECT

public:
    ExportPdfDialog(const PdfExportOptions &options, bool hasAnnotations, QWidget *parent = nullptr);
    PdfExportOptions options() const;

private:
    PdfExportOptions m_options;
    QComboBox *m_layout;
    QComboBox *m_paper;
    QCheckBox *m_annotations;
    QCheckBox *m_marginNotes;
};

} // namespace duizhao::gui
