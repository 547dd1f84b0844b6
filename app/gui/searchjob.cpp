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

SearchOutcome SearchJob::run(const QString &libraryPath, const QString &text, const SearchQuery &query,
                             const SearchOptions &options)
{
    SearchOutcome outcome;
    outcome.text = text;
    try {
        const Library library(libraryPath, Library::Access::ReadOnly); // this thread's own connection
        outcome.hits = library.search(query, options);
    } catch (const Error &error) {
        outcome.error = error.text();
    }
    return outcome;
}

void SearchJob::start(const QString &libraryPath, const QString &text, const SearchQuery &query,
                      const SearchOptions &options)
{
    cancel();
    // A watcher per search: the one replaced may still deliver what it was watching, and the
    // serial tells that apart from the results of this one.
    const quint64 serial = ++m_serial;
    auto *watcher = new QFutureWatcher<SearchOutcome>(this);
    m_watcher = watcher;
    connect(watcher, &QFutureWatcher<SearchOutcome>::finished, this, [this, watcher, serial] {
        watcher->deleteLater();
        if (serial != m_serial)
            return;
        m_watcher = nullptr;
        if (watcher->future().resultCount() > 0)
            emit finished(watcher->result());
    });
    watcher->setFuture(QtConcurrent::run(&m_pool, [=](QPromise<SearchOutcome> &promise) {
        // Typing fast queues searches that are replaced before they start.
        if (promise.isCanceled())
            return;
        promise.addResult(run(libraryPath, text, query, options));
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
