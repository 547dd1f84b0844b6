#include "importcommand.h"

#include "error.h"
#include "importpaircommand.h"
#include "library/paperimporter.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

#include <unistd.h>

namespace duizhao::cli {

QString ImportCommand::progressLine(const ImportProgress &state)
{
    // "1,203 of 5,000 files, 80 of 333 MB": digits grouped the same way in every language.
    const QLocale c(QLocale::English);
    const auto mb = [](qint64 bytes) { return (bytes + 500000) / 1000000; };
    return tr("%1 of %2 files, %3 of %4 MB")
        .arg(c.toString(state.filesDone), c.toString(state.files), c.toString(mb(state.bytesDone)),
             c.toString(mb(state.bytes)));
}

QString ImportCommand::summary() const
{
    return tr("Import papers (interleaved text files), or a translation and its original (--en, --zh); prints "
              "document ids.");
}

void ImportCommand::configure(QCommandLineParser &parser) const
{
    parser.addOption({QStringLiteral("bundled"), tr("Also import the paper that comes with Duizhao.")});
    parser.addOption({QStringLiteral("progress"),
                      tr("Report progress on stderr (the default when it is a terminal): files and megabytes done "
                         "for many files, the part stored for one; with --en and --zh, also while reading and "
                         "aligning.")});
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

    // Progress on stderr when asked, or when a person watches it (a terminal): per file for many
    // files, per part stored for one large paper.
    const bool progress = parser.isSet(QStringLiteral("progress")) || ::isatty(STDERR_FILENO) != 0;
    const ImportPair::InterruptGuard guard; // Ctrl+C cancels: the library stays as it was, exit 130
    int reported = -1;
    ImportResult result;
    try {
        result = PaperImporter(context.library()).import(sources, [&](const ImportProgress &state) {
            if (ImportPair::InterruptGuard::cancelled())
                return false;
            if (!progress)
                return true;
            if (state.files > 1) {
                // A line at each whole percent of the files (each file when there are up to 100).
                const int percent = int(qint64(state.filesDone) * 100 / state.files);
                if (state.phase != ImportProgress::Phase::Reading || percent == reported)
                    return true;
                reported = percent;
                context.err() << progressLine(state) << Qt::endl;
                return true;
            }
            if (state.phase != ImportProgress::Phase::Storing || state.steps == 0)
                return true;
            const int percent = state.stepsDone * 100 / state.steps;
            if (state.stepsDone == 0)
                reported = -1;
            if (percent / 5 != reported / 5) {
                reported = percent;
                context.err()
                    << tr("%1: %2% stored").arg(QFileInfo(sources[state.current].name()).fileName()).arg(percent)
                    << Qt::endl;
            }
            return true;
        });
    } catch (const Error &error) {
        if (error.kind() != Error::Kind::Cancelled)
            throw;
        context.err() << tr("Cancelled: nothing was imported.") << Qt::endl;
        return ImportPair::ExitCancelled;
    }
    if (progress && sources.size() > 1 && result.errors.isEmpty()) {
        ImportProgress done;
        done.files = done.filesDone = int(sources.size());
        for (const PaperSource &source : sources)
            done.bytes += source.size();
        done.bytesDone = done.bytes;
        context.err() << progressLine(done) << Qt::endl;
    }
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
