#pragma once

#include "lazydock.h"
#include "library/library.h"

class QLabel;
class QTreeView;

namespace duizhao {
class DocumentsModel;
}

namespace duizhao::gui {

// The papers in the open library: titles in both languages, authors, year.
class LibraryDock final : public LazyDock
{
    Q_OBJECT

public:
    explicit LibraryDock(QWidget *parent = nullptr);
    // Shows the papers of `library` (nullptr: none), a page at a time as the list scrolls, with
    // `current` selected. The library must outlive the dock or be replaced first.
    void setLibrary(const Library *library, qint64 current);
    QTreeView *view() { return made(m_view); }

signals:
    void documentActivated(qint64 id);
    void importRequested();

protected:
    void buildContent() override;
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void selectCurrent();

    DocumentsModel *m_model;
    QLabel *m_path = nullptr;
    QTreeView *m_view = nullptr;
    QString m_libraryPath;
    qint64 m_current = 0;
};

} // namespace duizhao::gui
