#include "aligncommand.h"

#include "align/alignedpaper.h"
#include "align/alignmentdrafter.h"
#include "error.h"
#include "importpaircommand.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSaveFile>

#include <cstdio>

namespace duizhao::cli {

namespace {

// One side of a link: its paragraphs (1-based, as a reader counts them) and where they start.
QJsonObject sideJson(const SourceDocument &document, int first, int count)
{
    QJsonObject side{{QStringLiteral("count"), count}};
    if (count == 0)
        return side;
    side[QStringLiteral("first")] = first + 1;
    side[QStringLiteral("last")] = first + count;
    const SourceParagraph &paragraph = document.paragraphs[first];
    if (paragraph.page > 0)
        side[QStringLiteral("page")] = paragraph.page;
    if (paragraph.line > 0)
        side[QStringLiteral("line")] = paragraph.line;
    return side;
}

QJsonObject documentJson(const SourceDocument &document)
{
    return QJsonObject{{QStringLiteral("file"), document.fileName},
                       {QStringLiteral("format"), document.format},
                       {QStringLiteral("paragraphs"), document.paragraphs.size()}};
}

QJsonObject draftJson(const AlignmentDraft &draft)
{
    const Alignment &alignment = draft.alignment;
    QJsonArray links;
    QJsonObject kinds;
    for (qsizetype k = 0; k < alignment.links.size(); ++k) {
        const AlignmentLink &link = alignment.links[k];
        QJsonArray evidence;
        for (const AlignmentSignal &signal : link.evidence) {
            evidence.append(QJsonObject{{QStringLiteral("signal"), signal.name},
                                        {QStringLiteral("weight"), signal.weight},
                                        {QStringLiteral("detail"), signal.detail}});
        }
        links.append(QJsonObject{{QStringLiteral("unit"), int(k + 1)},
                                 {QStringLiteral("kind"), link.kind()},
                                 {QStringLiteral("confidence"), link.confidence},
                                 {QStringLiteral("sure"), link.sure},
                                 {QStringLiteral("pinned"), link.pinned},
                                 {QStringLiteral("en"), sideJson(draft.en, link.enFirst, link.enCount)},
                                 {QStringLiteral("zh"), sideJson(draft.zh, link.zhFirst, link.zhCount)},
                                 {QStringLiteral("evidence"), evidence}});
        kinds[link.kind()] = kinds[link.kind()].toInt() + 1;
    }
    QJsonArray notes;
    for (const AlignmentNote &note : alignment.notes) {
        notes.append(QJsonObject{{QStringLiteral("unit"), note.unitSeq},
                                 {QStringLiteral("kind"), note.kind},
                                 {QStringLiteral("message"), note.message}});
    }
    return QJsonObject{{QStringLiteral("en"), documentJson(draft.en)},
                       {QStringLiteral("zh"), documentJson(draft.zh)},
                       {QStringLiteral("ratio"), alignment.ratio},
                       {QStringLiteral("spread"), alignment.spread},
                       {QStringLiteral("units"), alignment.links.size()},
                       {QStringLiteral("sure"), alignment.sureCount()},
                       {QStringLiteral("kinds"), kinds},
                       {QStringLiteral("links"), links},
                       {QStringLiteral("notes"), notes}};
}

} // namespace

QString AlignCommand::summary() const
{
    return tr("Pair a translation's paragraphs with its original's (--en, --zh): aligned text to check and import.");
}

void AlignCommand::configure(QCommandLineParser &parser) const
{
    ImportPair::addOptions(parser);
    parser.addOption({{QStringLiteral("o"), QStringLiteral("output")},
                      tr("Write the aligned paper into FILE (default: standard output)."),
                      tr("FILE")});
    parser.addOption({QStringLiteral("progress"), tr("Report progress on stderr (long documents).")});
}

int AlignCommand::run(CommandContext &context, const QCommandLineParser &parser) const
{
    const ImportPair::InterruptGuard guard;
    AlignmentDraft draft;
    try {
        draft = ImportPair::draft(context, parser, parser.isSet(QStringLiteral("progress")));
    } catch (const Error &error) {
        if (error.kind() != Error::Kind::Cancelled)
            throw;
        context.err() << tr("Cancelled: nothing was written.") << Qt::endl;
        return ImportPair::ExitCancelled;
    }
    const QString text = AlignedPaper::text(draft.alignment, draft.en, draft.zh, draft.meta);
    const QByteArray bytes = text.toUtf8();
    const QString path = parser.value(QStringLiteral("output"));
    if (!path.isEmpty()) {
        // Written whole or not at all: QSaveFile writes a temporary file and renames it.
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
            throw Error(Error::Kind::Io, tr("cannot write: %1").arg(file.errorString()), path);
    }
    if (context.json()) {
        context.printJson(draftJson(draft));
    } else if (path.isEmpty()) {
        context.writeBytes(bytes);
    }
    if (!path.isEmpty() && !context.json()) {
        context.err() << tr("%1: written; %n aligned units, %2 of them sure; notes to review: %3", nullptr,
                            int(draft.alignment.links.size()))
                             .arg(path)
                             .arg(draft.alignment.sureCount())
                             .arg(draft.alignment.notes.size())
                      << Qt::endl;
    }
    return 0;
}

} // namespace duizhao::cli
