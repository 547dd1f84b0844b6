#pragma once

#include "library/library.h"

#include <QDockWidget>

class QLabel;
class QTreeView;

namespace duizhao {
class DocumentsModel;
}

namespace duizhao::gui {

// The papers in the open library: titles in both languages, authors, year.
class LibraryDock final : public QDockWidget
{
    Q_OBJECT

public:
    explicit LibraryDock(QWidget *parent = nullptr);
    void setLibrary(const QString &path, const QList<DocumentInfo> &documents, qint64 current);
    QTreeView *view() const { return m_view; }

signals:
    void documentActivated(qint64 id);
    void importRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    DocumentsModel *m_model;
    QLabel *m_path;
    QTreeView *m_view;
    QString m_libraryPath;
};

} // namespace duizhao::gui
