#pragma once

#include "library/library.h"
#include "search/searchquery.h"

#include <QFutureWatcher>
#include <QObject>
#include <QThreadPool>

namespace duizhao::gui {

struct SearchOutcome
{
    QString text; // what the user typed, trimmed
    QList<SearchHit> hits;
    QString error; // not empty: the search failed, with why
};

// Searches the library off the UI thread, like import and export: each search opens its own
// read-only connection on the worker (one connection per thread) and hands back the hits. A new
// search replaces the one before it: that one is cancelled, and its results are dropped even
// when it has already finished, so the results shown are always those of the last query.
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

    // What the worker does: open the library read-only and search it.
    static SearchOutcome run(const QString &libraryPath, const QString &text, const SearchQuery &query,
                             const SearchOptions &options);

signals:
    void finished(const duizhao::gui::SearchOutcome &outcome);

private:
    QThreadPool m_pool; // one worker: searches run one after the other, a replaced one never starts
    QFutureWatcher<SearchOutcome> *m_watcher = nullptr; // of the search whose results may show

    quint64 m_serial = 0;
};

} // namespace duizhao::gui
