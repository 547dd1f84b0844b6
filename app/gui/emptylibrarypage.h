#pragma once

#include <QWidget>

class QAction;
class QLabel;
class QPushButton;

namespace duizhao {
class Library;
}

namespace duizhao::gui {

// What the reader shows while no paper is open (a new, empty library): what Duizhao reads, and a
// button for each way to get a paper in — import a paper, import a translation and its original,
// or add the sample paper that comes with the program. It lies over the reader's viewport and
// follows its size; the buttons trigger the window's actions, so they are enabled when those are.
class EmptyLibraryPage final : public QWidget
{
    Q_OBJECT

public:
    // `importPaper` and `importPair` are the File menu's actions; the page makes the third,
    // sampleAction(), which the File menu shows too.
    EmptyLibraryPage(QWidget *readerViewport, QAction *importPaper, QAction *importPair);

    // File → Add the Sample Paper. Triggering it asks for the import (sampleRequested()).
    QAction *sampleAction() const { return m_sample; }

    // Shown while `documentId` is 0; the sample paper can be added to a writable library that
    // does not hold it yet.
    void update(const Library *library, qint64 documentId);

    QPushButton *importButton() const { return m_importButton; }
    QPushButton *pairButton() const { return m_pairButton; }
    QPushButton *sampleButton() const { return m_sampleButton; }

signals:
    void sampleRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QAction *m_sample;
    QLabel *m_title;
    QLabel *m_text;
    QLabel *m_hint;
    QPushButton *m_importButton;
    QPushButton *m_pairButton;
    QPushButton *m_sampleButton;
    bool m_readOnly = false;
    bool m_empty = true;
};

} // namespace duizhao::gui
