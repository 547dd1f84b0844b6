#include "alignmentdrafter.h"

#include "align/alignedpaper.h"
#include "align/aligner.h"
#include "align/sourcereader.h"
#include "error.h"
#include "framework/frameworkloader.h"

#include <QFile>
#include <QFileInfo>

namespace duizhao {

namespace {

// The same file as both sides: by path (links and "./" included), or two copies of it. Checked
// before either is read, so the message says what happened, not that the Chinese side is English.
void checkDistinct(const QString &enPath, const QString &zhPath)
{
    const QFileInfo en(enPath);
    const QFileInfo zh(zhPath);
    if (!en.isFile() || !zh.isFile())
        return; // SourceReader says what is wrong with it
    bool same = en.canonicalFilePath() == zh.canonicalFilePath();
    if (!same && en.size() == zh.size() && en.size() <= SourceReader::MaxFileSize) {
        QFile a(enPath);
        QFile b(zhPath);
        same = a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly) && a.readAll() == b.readAll();
    }
    if (same) {
        throw Error(Error::Kind::Data,
                    QStringLiteral("the same file was given as the English side (%1) and as the Chinese side; "
                                   "give the translation as --en and its original as --zh")
                        .arg(enPath),
                    zhPath);
    }
}

} // namespace

PaperMeta AlignmentDrafter::mergedMeta(const PaperMeta &fromFiles, const PaperMeta &given)
{
    PaperMeta meta = fromFiles;
    auto over = [](QString &field, const QString &value) {
        if (!value.trimmed().isEmpty())
            field = value.trimmed();
    };
    over(meta.titleEn, given.titleEn);
    over(meta.titleZh, given.titleZh);
    over(meta.summaryEn, given.summaryEn);
    over(meta.publisher, given.publisher);
    over(meta.url, given.url);
    over(meta.citation, given.citation);
    over(meta.sourceName, given.sourceName);
    if (!given.authors.isEmpty())
        meta.authors = given.authors;
    if (given.year != 0)
        meta.year = given.year;
    if (given.originalDate.isValid())
        meta.originalDate = given.originalDate;
    return meta;
}

AlignmentDraft AlignmentDrafter::draft(const QString &enPath, const QString &zhPath, const DraftOptions &options,
                                       const Progress &progress)
{
    auto report = [&](Stage stage, int done, int total) {
        if (progress && !progress(stage, done, total))
            throw Error(Error::Kind::Cancelled, QStringLiteral("alignment cancelled"));
    };
    checkDistinct(enPath, zhPath);

    AlignmentDraft draft;
    report(Stage::ReadingEn, 0, 1);
    draft.en = SourceReader::read(enPath, Lang::En);
    report(Stage::ReadingEn, 1, 1);
    report(Stage::ReadingZh, 0, 1);
    draft.zh = SourceReader::read(zhPath, Lang::Zh);
    report(Stage::ReadingZh, 1, 1);

    draft.meta = mergedMeta(AlignedPaper::metaOf(draft.en, draft.zh), options.meta);
    AlignOptions align = options.align;
    if (align.lexicon.isEmpty() && options.frameworkLexicon) {
        if (const FrameworkData *data = FrameworkLoader::bundledFor(draft.meta.titleEn))
            align.lexicon = AlignLexicon::fromFramework(*data);
    }
    align.progress = [&](int done, int total) {
        report(Stage::Aligning, done, total);
        return true;
    };
    report(Stage::Aligning, 0, 1);
    draft.alignment = Aligner::align(draft.en.paragraphs, draft.zh.paragraphs, align);
    return draft;
}

QString AlignmentDrafter::sourceName(const AlignmentDraft &draft)
{
    return QStringLiteral("%1 + %2").arg(QFileInfo(draft.en.fileName).fileName(),
                                         QFileInfo(draft.zh.fileName).fileName());
}

Paper AlignmentDrafter::paper(const AlignmentDraft &draft, const QString &sourceName)
{
    return AlignedPaper::paper(draft.alignment, draft.en, draft.zh, draft.meta,
                               sourceName.isEmpty() ? AlignmentDrafter::sourceName(draft) : sourceName);
}

PaperSource AlignmentDrafter::source(const AlignmentDraft &draft, const QString &sourceName)
{
    const QString name = sourceName.isEmpty() ? AlignmentDrafter::sourceName(draft) : sourceName;
    const qint64 size = QFileInfo(draft.en.fileName).size() + QFileInfo(draft.zh.fileName).size();
    return PaperSource(name, size, [draft, name] { return paper(draft, name); });
}

} // namespace duizhao
