#include "importcommand.h"

#include "error.h"
#include "importpaircommand.h"
#include "library/paperimporter.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

namespace duizhao::cli {

QString ImportCommand::summary() const
{
    return tr("Import papers (interleaved text files), or a translation and its original (--en, --zh); prints "
              "document ids.");
}

void ImportCommand::configure(QCommandLineParser &parser) const
{
    parser.addOption({QStringLiteral("bundled"), tr("Also import the paper that comes with Duizhao.")});
    parser.addOption({QStringLiteral("progress"), tr("Report progress on stderr while storing (large papers); with "
                                                     "--en and --zh, also while reading and aligning.")});
    parser.addPositionalArgument(QStringLiteral("files"), tr("Paper files to import."), tr("FILE…"));
    ImportPair::addOptions(parser);
}

int ImportCommand::run(CommandContext &context, const QCommandLineParser &parser) const
{
    if (ImportPair::asked(parser)) {
        if (parser.isSet(QStringLiteral("bundled")))
            throw Error(Error::Kind::Usage, tr("--bundled cannot be imported with --en and --zh; import it apart"));
        return ImportPair::runImport(context, parser, parser.isSet(QStringLiteral("progress")));
    }
    const QStringList files = parser.positionalArguments();
    const bool bundled = parser.isSet(QStringLiteral("bundled"));
    if (files.isEmpty() && !bundled)
        throw Error(Error::Kind::Usage, tr("import needs at least one FILE (or --bundled)"));

    QList<PaperSource> sources;
    if (bundled)
        sources.append(PaperSource::bundled());
    for (const QString &file : files)
        sources.append(PaperSource::file(file));

    const bool progress = parser.isSet(QStringLiteral("progress"));
    int reported = -1;
    const ImportResult result = PaperImporter(context.library()).import(sources, [&](const ImportProgress &state) {
        if (!progress || state.phase != ImportProgress::Phase::Storing || state.steps == 0)
            return true;
        const int percent = state.stepsDone * 100 / state.steps;
        if (state.stepsDone == 0)
            reported = -1;
        if (percent / 5 != reported / 5) {
            reported = percent;
            context.err() << tr("%1: %2% stored").arg(QFileInfo(sources[state.current].name()).fileName()).arg(percent)
                          << Qt::endl;
        }
        return true;
    });
    if (!result.errors.isEmpty()) {
        for (const Error &error : result.errors)
            context.err() << error.text() << Qt::endl;
        if (files.size() > 1)
            context.err() << tr("Nothing was imported.") << Qt::endl;
        return 2;
    }
    for (const ImportedPaper &paper : result.papers) {
        for (const QString &warning : paper.warnings)
            context.err() << warning << Qt::endl;
    }

    if (context.json()) {
        QJsonArray array;
        for (const ImportedPaper &paper : result.papers) {
            array.append(QJsonObject{{QStringLiteral("file"), paper.source},
                                     {QStringLiteral("id"), paper.documentId},
                                     {QStringLiteral("added"), paper.added},
                                     {QStringLiteral("title_en"), paper.titleEn}});
        }
        context.printJson(array);
        return 0;
    }
    for (const ImportedPaper &paper : result.papers) {
        const QString name = QFileInfo(paper.source).fileName();
        if (paper.added)
            context.out() << tr("%1: imported as document %2").arg(name).arg(paper.documentId) << Qt::endl;
        else
            context.out() << tr("%1: already in the library as document %2").arg(name).arg(paper.documentId)
                          << Qt::endl;
    }
    return 0;
}

} // namespace duizhao::cli
