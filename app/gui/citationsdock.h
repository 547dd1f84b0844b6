#pragma once

#include "lazydock.h"
#include "model/paper.h"

class QSortFilterProxyModel;
class QTreeView;

namespace duizhao {
class CitationsModel;
}

namespace duizhao::gui {

// The works the paper cites with their English and Chinese forms, year and number of
// occurrences; each expands to its occurrences, and clicking one shows it in the reader.
class CitationsDock final : public LazyDock
{
    Q_OBJECT

public:
    explicit CitationsDock(QWidget *parent = nullptr);
    void setPaper(const Paper &paper);
    // Expands and selects a work (a citation was clicked in the reader).
    void showWork(int work, int citation = -1);
    QTreeView *view() { return made(m_view); }
    CitationsModel *model() const { return m_model; }

signals:
    void occurrenceActivated(int unitSeq, Lang lang, int start, int length);

protected:
    void buildContent() override;
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void sizeChineseColumn();

    CitationsModel *m_model;
    QSortFilterProxyModel *m_sorted;
    QTreeView *m_view = nullptr;
};
} // namespace duizhao::gui
