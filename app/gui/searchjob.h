#pragma once

#include "library/library.h"
#include "search/searchquery.h"

#include <QFutureWatcher>
#include <QObject>
#include <QThreadPool>

#include <functional>

namespace duizhao::gui {

struct SearchOutcome
{
    QString text; // what the user typed, trimmed
    QList<SearchHit> hits;
    QString error;  // not empty: the search failed, with why
    int offset = 0; // of a batch: where its hits start in the whole results (0: the first batch)
};

// Searches the library off the UI thread, like import and export: each search opens its own
// read-only connection on the worker (one connection per thread) and streams the hits back in
// batches of BatchSize (batchReady), the first as soon as the best few are ranked, then all of them
// (finished). A new search replaces the one before it: that one is cancelled, and its batches and
// results are dropped even when they are already on their way, so the hits shown are always those
// of the last query.
class SearchJob final : public QObject
{
    Q_OBJECT

public:
    explicit SearchJob(QObject *parent = nullptr);
    ~SearchJob() override;

    void start(const QString &libraryPath, const QString &text, const SearchQuery &query, const SearchOptions &options);
    // Drops the search running, if any: its results never arrive.
    void cancel();
    // A search was started and its results have not arrived yet.
    bool isPending() const { return m_watcher != nullptr; }
    // Blocks until the worker is idle (tests, screenshots, shutdown); results arrive as events.
    void waitForFinished();

    // What the worker does: open the library read-only and search it, handing `batch` the hits a
    // batch at a time (outcome.hits) until it returns false. An error comes as a batch of its own.
    static void run(const QString &libraryPath, const QString &text, const SearchQuery &query,
                    const SearchOptions &options, const std::function<bool(const SearchOutcome &)> &batch);
    static SearchOutcome run(const QString &libraryPath, const QString &text, const SearchQuery &query,
                             const SearchOptions &options);
    static constexpr int BatchSize = 50;

signals:
    // The next hits of the search running, in order; the first one has the best hits.
    void batchReady(const duizhao::gui::SearchOutcome &batch);
    // Every hit (the batches together), or the error.
    void finished(const duizhao::gui::SearchOutcome &outcome);

private:
    QThreadPool m_pool; // one worker: searches run one after the other, a replaced one never starts
    QFutureWatcher<SearchOutcome> *m_watcher = nullptr; // of the search whose results may show

    quint64 m_serial = 0;
};

} // namespace duizhao::gui
