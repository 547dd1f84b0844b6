#include "searchjob.h"

#include "error.h"

#include <QPromise>
#include <QtConcurrent>

namespace duizhao::gui {

SearchJob::SearchJob(QObject *parent)
    : QObject(parent)
{
    setObjectName(QStringLiteral("searchJob"));
    m_pool.setMaxThreadCount(1);
}

SearchJob::~SearchJob()
{
    cancel();
    m_pool.waitForDone();
}

void SearchJob::run(const QString &libraryPath, const QString &text, const SearchQuery &query,
                    const SearchOptions &options, const std::function<bool(const SearchOutcome &)> &batch)
{
    try {
        const Library library(libraryPath, Library::Access::ReadOnly); // this thread's own connection
        int offset = 0;
        library.search(query, options, BatchSize, [&](QList<SearchHit> hits) {
            const int size = int(hits.size());
            const bool more = batch(SearchOutcome{text, std::move(hits), {}, offset});
            offset += size;
            return more;
        });
    } catch (const Error &error) {
        batch(SearchOutcome{text, {}, error.text()});
    }
}

SearchOutcome SearchJob::run(const QString &libraryPath, const QString &text, const SearchQuery &query,
                             const SearchOptions &options)
{
    SearchOutcome outcome;
    outcome.text = text;
    run(libraryPath, text, query, options, [&outcome](const SearchOutcome &part) {
        outcome.hits += part.hits;
        outcome.error = part.error;
        return true;
    });
    return outcome;
}

void SearchJob::start(const QString &libraryPath, const QString &text, const SearchQuery &query,
                      const SearchOptions &options)
{
    cancel();
    // A watcher per search: the one replaced may still deliver what it was watching, and the
    // serial tells that apart from the results of this one. Each batch is one result of the future.
    const quint64 serial = ++m_serial;
    auto *watcher = new QFutureWatcher<SearchOutcome>(this);
    m_watcher = watcher;
    connect(watcher, &QFutureWatcher<SearchOutcome>::resultsReadyAt, this, [this, watcher, serial](int begin, int end) {
        if (serial != m_serial)
            return;
        for (int i = begin; i < end; ++i) {
            const SearchOutcome batch = watcher->resultAt(i);
            if (batch.error.isEmpty())
                emit batchReady(batch);
        }
    });
    connect(watcher, &QFutureWatcher<SearchOutcome>::finished, this, [this, watcher, serial, text] {
        watcher->deleteLater();
        if (serial != m_serial)
            return;
        m_watcher = nullptr;
        if (watcher->future().isCanceled())
            return;
        SearchOutcome outcome;
        outcome.text = text;
        for (const SearchOutcome &batch : watcher->future().results()) {
            outcome.hits += batch.hits;
            if (!batch.error.isEmpty())
                outcome.error = batch.error;
        }
        emit finished(outcome);
    });
    watcher->setFuture(QtConcurrent::run(&m_pool, [=](QPromise<SearchOutcome> &promise) {
        // Typing fast queues searches that are replaced before they start.
        if (promise.isCanceled())
            return;
        run(libraryPath, text, query, options, [&promise](const SearchOutcome &batch) {
            promise.addResult(batch, promise.future().resultCount());
            return !promise.isCanceled();
        });
    }));
}

void SearchJob::cancel()
{
    ++m_serial;
    if (m_watcher) {
        m_watcher->cancel(); // it deletes itself when its future has finished
        m_watcher = nullptr;
    }
}

void SearchJob::waitForFinished()
{
    m_pool.waitForDone();
}

} // namespace duizhao::gui
