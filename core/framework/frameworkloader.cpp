#include "frameworkloader.h"

#include "error.h"
#include "framework/candidatefinder.h"
#include "framework/frameworkdatareader.h"
#include "framework/frameworklinker.h"
#include "framework/frameworkstore.h"
#include "framework/glossarystore.h"
#include "framework/measurestore.h"
#include "library/library.h"
#include "storage/transaction.h"
#include "text/script.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QSet>

#include <algorithm>

namespace duizhao {

namespace {

const QString BundledRoot = QStringLiteral(":/framework");

// What this build ships, from the files' bytes: a document already checked against one of
// these needs nothing, and opening the library needs no parsing of the data.
const QList<QByteArray> &shippedHashes()
{
    static const QList<QByteArray> shipped = [] {
        QList<QByteArray> hashes;
        const QDir root(BundledRoot);
        for (const QString &name : root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name))
            hashes.append(FrameworkDataReader::folderHash(root.filePath(name)));
        return hashes;
    }();
    return shipped;
}

// The checked hash of a paper this build has no data for: it names the set of data shipped,
// so a build that ships data for more papers looks at those papers again, and no other does.
const QByteArray &checkedWithoutData()
{
    static const QByteArray mark = []() -> QByteArray {
        QList<QByteArray> sorted = shippedHashes();
        std::sort(sorted.begin(), sorted.end());
        QCryptographicHash hash(QCryptographicHash::Sha256);
        for (const QByteArray &h : sorted)
            hash.addData(QByteArray(h + '\n'));
        return QByteArray("none:") + hash.result().toHex().left(32);
    }();
    return mark;
}

QString titleKey(const QString &title)
{
    QString key = script::simplified(title).toLower();
    key.replace(u'’', u'\'').replace(u'‘', u'\'');
    return key;
}

AttachResult store(Library &library, qint64 documentId, const LinkedFramework &linked, const QString &source)
{
    Transaction transaction(library.database());
    MeasureStore measures(library);
    const QHash<QString, qint64> ids = measures.replaceCurated(documentId, linked.data.measures);
    GlossaryStore(library).replace(documentId, linked.data.terms);
    FrameworkStore(library).replace(documentId, linked, source, ids);
    // Candidates are for papers without curated data; proposals from before the data existed go.
    measures.storeCandidates(documentId, {});
    transaction.commit();

    AttachResult result;
    result.curated = true;
    result.source = source;
    result.nodes = int(linked.data.nodes.size());
    result.measures = int(linked.data.measures.size());
    for (const Measure &m : linked.data.measures)
        result.mentions += int(m.mentions.size());
    result.terms = int(linked.data.terms.size());
    result.warnings = linked.warnings;
    return result;
}

AttachResult proposeCandidates(Library &library, qint64 documentId, const Paper &paper, QStringList warnings,
                               const QByteArray &failedHash = {})
{
    const QList<MeasureCandidate> candidates = CandidateFinder::find(paper);
    Transaction transaction(library.database());
    FrameworkStore(library).markWithoutData(documentId, paper.meta.titleEn,
                                            failedHash.isEmpty() ? checkedWithoutData() : failedHash);
    MeasureStore(library).storeCandidates(documentId, candidates);
    transaction.commit();
    AttachResult result;
    result.candidates = int(candidates.size());
    result.warnings = std::move(warnings);
    return result;
}

} // namespace

bool FrameworkLoader::sameTitle(const QString &a, const QString &b)
{
    return titleKey(a) == titleKey(b);
}

const QList<FrameworkData> &FrameworkLoader::bundledData()
{
    // Read once: every import and every library opening consults it.
    static const QList<FrameworkData> data = [] {
        QList<FrameworkData> list;
        const QDir root(BundledRoot);
        for (const QString &name : root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name))
            list.append(FrameworkDataReader::readFolder(root.filePath(name)));
        return list;
    }();
    return data;
}

const FrameworkData *FrameworkLoader::bundledFor(const QString &paperTitleEn)
{
    for (const FrameworkData &data : bundledData()) {
        if (sameTitle(data.paperTitleEn, paperTitleEn))
            return &data;
    }
    return nullptr;
}

AttachResult FrameworkLoader::attachTo(Library &library, qint64 documentId)
{
    return attachTo(library, documentId, library.loadPaper(documentId));
}

AttachResult FrameworkLoader::attachTo(Library &library, qint64 documentId, const Paper &paper)
{
    const FrameworkData *data = bundledFor(paper.meta.titleEn);
    if (!data)
        return proposeCandidates(library, documentId, paper, {});
    LinkedFramework linked;
    try {
        linked = FrameworkLinker::link(*data, paper);
    } catch (const Error &error) {
        if (error.kind() != Error::Kind::Data)
            throw;
        return proposeCandidates(
            library, documentId, paper,
            {QStringLiteral("the curated data for \"%1\" does not fit this text of the paper (%2); measure candidates "
                            "were proposed instead")
                 .arg(paper.meta.titleEn, error.text())},
            data->hash);
    }
    return store(library, documentId, linked, QFileInfo(data->frameworkFile).path());
}

AttachResult FrameworkLoader::attachFolder(Library &library, qint64 documentId, const QString &folder)
{
    const FrameworkData data = FrameworkDataReader::readFolder(folder);
    const Paper paper = library.loadPaper(documentId);
    if (!sameTitle(data.paperTitleEn, paper.meta.titleEn)) {
        throw Error(Error::Kind::Data,
                    QStringLiteral("framework.json: \"paper_title_en\" is \"%1\", but document %2 is \"%3\"")
                        .arg(data.paperTitleEn)
                        .arg(documentId)
                        .arg(paper.meta.titleEn),
                    data.frameworkFile);
    }
    const LinkedFramework linked = FrameworkLinker::link(data, paper);
    return store(library, documentId, linked, QFileInfo(folder).absoluteFilePath());
}

int FrameworkLoader::attachMissing(Library &library)
{
    if (library.isReadOnly())
        return 0;
    FrameworkStore frameworks(library);
    // Only the documents checked against other data than this build's, or never checked, are
    // read: opening a library of thousands of papers looks at the few that need something.
    QList<QByteArray> current = shippedHashes();
    current.append(checkedWithoutData());
    int changed = 0;
    bool stale = false;
    for (const FrameworkStore::Unchecked &document : frameworks.unchecked(current)) {
        bool attach = !document.everChecked;
        if (document.everChecked && bundledFor(document.titleEn)) {
            // Data loaded from the user's folder is the user's; bundled data is refreshed when the
            // program ships a newer version of it.
            attach = !document.curated || document.source.startsWith(BundledRoot);
        }
        if (attach) {
            attachTo(library, document.documentId);
            ++changed;
        } else if (!document.curated) {
            stale = true;
        }
    }
    // Papers without data were checked against this build's: the next opening skips them.
    if (stale)
        frameworks.markChecked(current, checkedWithoutData());
    return changed;
}

} // namespace duizhao
