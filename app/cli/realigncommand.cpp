#include "realigncommand.h"

#include "align/realigner.h"
#include "error.h"
#include "import/paperreader.h"
#include "text/textfilecheck.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSaveFile>

namespace duizhao::cli {

namespace {

// The positional ID, else --doc, else the only or first document.
qint64 documentOf(CommandContext &context, const QCommandLineParser &parser, const QString &command)
{
    const QStringList args = parser.positionalArguments();
    if (args.size() > 1)
        throw Error(Error::Kind::Usage, Command::tr("%1 takes one document ID").arg(command));
    if (args.isEmpty())
        return context.documentId(parser);
    bool ok = false;
    const qint64 id = args.front().toLongLong(&ok);
    if (!ok || id <= 0 || !context.library().document(id)) {
        throw Error(Error::Kind::Usage,
                    Command::tr("there is no document %1 in the library (see: duizhao-cli list)").arg(args.front()));
    }
    return id;
}

QJsonObject toJson(const RealignedAnnotation &a)
{
    QJsonObject object{{QStringLiteral("id"), a.id},
                       {QStringLiteral("uuid"), a.uuid},
                       {QStringLiteral("unit_before"), a.unitBefore},
                       {QStringLiteral("unit_after"), a.unitAfter},
                       {QStringLiteral("scope"), a.unitScope ? QStringLiteral("unit") : QStringLiteral("range")}};
    if (!a.unitScope) {
        object.insert(QStringLiteral("lang"), langCode(a.lang));
        object.insert(QStringLiteral("quote"), a.quote);
    }
    return object;
}

} // namespace

QString ExportAlignedCommand::summary() const
{
    return tr("Write a stored paper's alignment as Duizhao's text, to edit and give back to realign --from.");
}

void ExportAlignedCommand::configure(QCommandLineParser &parser) const
{
    addDocumentOption(parser);
    parser.addOption({{QStringLiteral("o"), QStringLiteral("output")},
                      tr("The file to write (default: standard output)."),
                      tr("FILE")});
    parser.addPositionalArgument(QStringLiteral("id"), tr("The document (default: the only or first one)."),
                                 tr("[ID]"));
}

int ExportAlignedCommand::run(CommandContext &context, const QCommandLineParser &parser) const
{
    const qint64 id = documentOf(context, parser, name());
    const QByteArray bytes = Realigner::text(Realigner::load(context.library(), id)).toUtf8();
    const QString path = parser.value(QStringLiteral("output"));
    if (path.isEmpty()) {
        context.writeBytes(bytes);
        return 0;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        throw Error(Error::Kind::Io, tr("cannot write: %1").arg(file.errorString()), path);
    context.err() << tr("%1: written").arg(path) << Qt::endl;
    return 0;
}

QString RealignCommand::summary() const
{
    return tr("Re-align a stored paper from its text edited after export-aligned, or anew; annotations stay on "
              "their words.");
}

void RealignCommand::configure(QCommandLineParser &parser) const
{
    addDocumentOption(parser);
    parser.addOption({QStringLiteral("from"),
                      tr("The paper's text as export-aligned wrote it, edited: its units replace the stored ones. "
                         "Without it, the stored paragraphs are aligned again by Duizhao's aligner."),
                      tr("FILE")});
    parser.addPositionalArgument(QStringLiteral("id"), tr("The document (default: the only or first one)."),
                                 tr("[ID]"));
}

int RealignCommand::run(CommandContext &context, const QCommandLineParser &parser) const
{
    const qint64 id = documentOf(context, parser, name());
    Library &library = context.library();
    AlignmentDraft draft;
    if (parser.isSet(QStringLiteral("from"))) {
        // Checked as any paper file is (size, UTF-8, binary) and read in full before anything is written.
        const QString path = parser.value(QStringLiteral("from"));
        draft = Realigner::fromText(library, id, TextFileCheck::readText(path, PaperReader::FileKind), path);
    } else {
        draft = Realigner::realigned(Realigner::load(library, id));
    }
    const RealignResult result = Realigner::apply(library, draft);

    if (context.json()) {
        QJsonArray moved;
        for (const RealignedAnnotation &a : result.moved)
            moved.append(toJson(a));
        QJsonArray orphans;
        for (const RealignedAnnotation &a : result.orphans)
            orphans.append(toJson(a));
        context.printJson(QJsonObject{
            {QStringLiteral("document"), result.documentId},
            {QStringLiteral("units_before"), result.unitsBefore},
            {QStringLiteral("units_after"), result.unitsAfter},
            {QStringLiteral("links_sure"), draft.alignment.sureCount()},
            {QStringLiteral("annotations_kept"), result.annotationsKept},
            {QStringLiteral("annotations_moved"), moved},
            {QStringLiteral("annotations_orphaned"), orphans},
            {QStringLiteral("warnings"), QJsonArray::fromStringList(result.warnings)},
        });
        return 0;
    }
    QTextStream &out = context.out();
    out << tr("Document %1 re-aligned: %2 units before, %3 now.")
               .arg(result.documentId)
               .arg(result.unitsBefore)
               .arg(result.unitsAfter)
        << Qt::endl;
    out << tr("Annotations: %1 in place, %2 moved with their words, %3 whose words are gone.")
               .arg(result.annotationsKept)
               .arg(result.moved.size())
               .arg(result.orphans.size())
        << Qt::endl;
    for (const RealignedAnnotation &a : result.orphans) {
        out << tr("  unit %1 (was %2): \"%3\" is no longer in the %4 text; kept as a mark on the whole unit")
                   .arg(a.unitAfter)
                   .arg(a.unitBefore)
                   .arg(a.quote, langCode(a.lang))
            << Qt::endl;
    }
    for (const QString &warning : result.warnings)
        context.err() << warning << Qt::endl;
    return 0;
}

} // namespace duizhao::cli
