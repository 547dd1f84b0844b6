#pragma once

#include "lazydock.h"
#include "library/library.h"

class QLabel;
class QStackedWidget;
class QTreeView;

namespace duizhao {
class SearchResultsModel;
}

namespace duizhao::gui {

// Search results: unit, language and a snippet with the hit marked. An empty query and a query
// without results each have their own page, so the dock never looks broken.
class SearchDock final : public LazyDock
{
    Q_OBJECT

public:
    explicit SearchDock(QWidget *parent = nullptr);

    void setResults(const QString &query, const QList<SearchHit> &hits);
    // A search's hits as they stream in: the first batch (offset 0) replaces what is shown, the
    // next ones are appended. setResults() with the same hits afterwards keeps them as they are.
    void addBatch(const QString &query, int offset, const QList<SearchHit> &hits);
    void clear();
    // Moves the selection to the next/previous hit and reports it; false when there are none.
    bool step(int direction);
    SearchResultsModel *model() const { return m_model; }
    QTreeView *view() { return made(m_view); }
    enum class State
    {
        Empty,
        Results,
        NoResults
    };
    State state() const;

signals:
    void hitActivated(int unitSeq, Lang lang, int start, int length);

protected:
    void buildContent() override;
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void showState();
    void activate(const QModelIndex &index);

    SearchResultsModel *m_model;
    State m_state = State::Empty;
    bool m_streaming = false; // the hits shown came from batches of the query shown
    QStackedWidget *m_pages = nullptr;
    QLabel *m_emptyLabel = nullptr;
    QLabel *m_noResultsLabel = nullptr;
    QLabel *m_summary = nullptr;
    QTreeView *m_view = nullptr;
};

} // namespace duizhao::gui
