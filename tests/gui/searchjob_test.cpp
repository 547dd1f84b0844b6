// The search job streams its hits: batches in order, the first before the search is done, the
// batches of a replaced query never arrive, and the search panel shows them as they come.

#include "bundledpaper.h"
#include "import/paperreader.h"
#include "library/library.h"
#include "models/searchresultsmodel.h"
#include "search/searchquery.h"
#include "searchdock.h"
#include "searchjob.h"
#include "storage/transaction.h"
#include "support/testsupport.h"

#include <QSignalSpy>

#include <tuple>

using namespace duizhao;
using namespace duizhao::gui;

namespace {

// A library of `copies` copies of the bundled paper, so a common word has hundreds of hits.
QString bigLibrary(const QTemporaryDir &dir, int copies)
{
    const QString path = dir.filePath(QStringLiteral("big.duizhao"));
    Library library(path);
    Transaction transaction(library.database());
    Paper paper = PaperReader::parseBytes(BundledPaper::bytes(), BundledPaper::fileName());
    for (int i = 0; i < copies; ++i) {
        paper.contentHash = QByteArray::number(i);
        library.addPaper(paper);
    }
    transaction.commit();
    return path;
}

auto key(const SearchHit &hit)
{
    return std::tuple(hit.documentId, hit.unitSeq, int(hit.lang));
}

} // namespace

TEST_CASE("a search's hits arrive in batches, the first before the search is done", "[gui][search]")
{
    QTemporaryDir dir;
    const QString path = bigLibrary(dir, 12);
    SearchOptions options;
    options.limit = 500;
    const SearchQuery query = SearchQuery::parse(u"technology");
    const QList<SearchHit> expected = Library(path, Library::Access::ReadOnly).search(query, options);
    REQUIRE(expected.size() > 4 * SearchJob::BatchSize);

    SearchJob job;
    SearchDock dock;
    QObject::connect(&job, &SearchJob::batchReady, &dock,
                     [&dock](const SearchOutcome &batch) { dock.addBatch(batch.text, batch.offset, batch.hits); });
    QStringList events;
    QList<SearchHit> streamed;
    QObject::connect(&job, &SearchJob::batchReady, [&](const SearchOutcome &batch) {
        events.append(QStringLiteral("batch %1").arg(batch.offset));
        CHECK(batch.offset == streamed.size());
        CHECK(batch.hits.size() <= SearchJob::BatchSize);
        streamed += batch.hits;
        // What the panel shows is what has arrived so far.
        CHECK(dock.model()->hits().size() == streamed.size());
    });
    QSignalSpy finished(&job, &SearchJob::finished);
    QObject::connect(&job, &SearchJob::finished, [&] { events.append(QStringLiteral("finished")); });
    job.start(path, QStringLiteral("technology"), query, options);
    REQUIRE(finished.wait(20000));

    // Batches of fifty (the last one the rest), every one before the end.
    const qsizetype batches = (expected.size() + SearchJob::BatchSize - 1) / SearchJob::BatchSize;
    REQUIRE(events.size() == batches + 1);
    CHECK(events.front() == u"batch 0");
    CHECK(events.back() == u"finished");
    REQUIRE(streamed.size() == expected.size());
    const QList<SearchHit> all = finished.front().front().value<SearchOutcome>().hits;
    REQUIRE(all.size() == expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i) {
        CHECK(key(streamed[i]) == key(expected[i]));
        CHECK(key(all[i]) == key(expected[i]));
    }
    dock.setResults(QStringLiteral("technology"), all);
    CHECK(dock.state() == SearchDock::State::Results);
    CHECK(dock.model()->hits().size() == expected.size());
}

TEST_CASE("the batches of a replaced search never arrive", "[gui][search]")
{
    QTemporaryDir dir;
    const QString path = bigLibrary(dir, 12);
    SearchOptions options;
    options.limit = 500;
    SearchJob job;
    QStringList texts;
    QObject::connect(&job, &SearchJob::batchReady, [&](const SearchOutcome &batch) { texts.append(batch.text); });
    QSignalSpy finished(&job, &SearchJob::finished);
    // The first search is done on the worker, its batches on their way as events, when it is replaced.
    job.start(path, QStringLiteral("technology"), SearchQuery::parse(u"technology"), options);
    job.waitForFinished();
    job.start(path, QStringLiteral("芯片"), SearchQuery::parse(u"芯片"), options);
    REQUIRE(finished.wait(20000));
    job.waitForFinished();
    QCoreApplication::processEvents();
    REQUIRE_FALSE(texts.isEmpty());
    CHECK(texts.count(QStringLiteral("芯片")) == texts.size());
    CHECK(finished.size() == 1);
    CHECK(finished.front().front().value<SearchOutcome>().text == u"芯片");
}
