#include "importcommand.h"

#include "bundledpaper.h"
#include "error.h"
#include "framework/frameworkloader.h"
#include "import/paperreader.h"
#include "library/openlibrary.h"
#include "storage/transaction.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

namespace duizhao::cli {

QString ImportCommand::summary() const
{
    return tr("Import bilingual papers (UTF-8 text files); prints their document ids.");
}

void ImportCommand::configure(QCommandLineParser &parser) const
{
    parser.addOption({QStringLiteral("bundled"), tr("Also import the paper that comes with Duizhao.")});
    parser.addOption({QStringLiteral("progress"), tr("Report progress on stderr while storing (large papers).")});
    parser.addPositionalArgument(QStringLiteral("files"), tr("Paper files to import."), tr("FILE…"));
}

int ImportCommand::run(CommandContext &context, const QCommandLineParser &parser) const
{
    const QStringList files = parser.positionalArguments();
    const bool bundled = parser.isSet(QStringLiteral("bundled"));
    if (files.isEmpty() && !bundled)
        throw Error(Error::Kind::Usage, tr("import needs at least one FILE (or --bundled)"));

    struct Pending
    {
        QString name;
        Paper paper;
    };
    QList<Pending> pending;
    QList<Error> errors;
    if (bundled)
        pending.append(
            {BundledPaper::fileName(), PaperReader::parseBytes(BundledPaper::bytes(), BundledPaper::fileName())});
    for (const QString &file : files) {
        try {
            pending.append({file, PaperReader::readFile(file)});
        } catch (const Error &error) {
            errors.append(error);
        }
    }
    if (!errors.isEmpty()) {
        for (const Error &error : errors)
            context.err() << error.text() << Qt::endl;
        if (files.size() > 1)
            context.err() << tr("Nothing was imported.") << Qt::endl;
        return 2;
    }

    Library &library = context.library();
    QList<AddResult> results;
    QStringList warnings;
    {
        // A paper and its framework (curated data, or measure candidates) go in together.
        Transaction transaction(library.database());
        const bool progress = parser.isSet(QStringLiteral("progress"));
        for (const Pending &p : pending) {
            int reported = -1;
            results.append(library.addPaper(p.paper, [&](int done, int total) {
                const int percent = total > 0 ? done * 100 / total : 100;
                if (progress && percent / 5 != reported / 5) {
                    reported = percent;
                    context.err() << tr("%1: %2% stored").arg(QFileInfo(p.name).fileName()).arg(percent) << Qt::endl;
                }
                return true;
            }));
            if (results.back().added)
                warnings += FrameworkLoader::attachTo(library, results.back().documentId, p.paper).warnings;
        }
        transaction.commit();
    }
    for (const QString &warning : std::as_const(warnings))
        context.err() << warning << Qt::endl;

    if (context.json()) {
        QJsonArray array;
        for (qsizetype i = 0; i < pending.size(); ++i) {
            array.append(QJsonObject{{QStringLiteral("file"), pending[i].name},
                                     {QStringLiteral("id"), results[i].documentId},
                                     {QStringLiteral("added"), results[i].added},
                                     {QStringLiteral("title_en"), pending[i].paper.meta.titleEn}});
        }
        context.printJson(array);
        return 0;
    }
    for (qsizetype i = 0; i < pending.size(); ++i) {
        const QString name = QFileInfo(pending[i].name).fileName();
        if (results[i].added)
            context.out() << tr("%1: imported as document %2").arg(name).arg(results[i].documentId) << Qt::endl;
        else
            context.out() << tr("%1: already in the library as document %2").arg(name).arg(results[i].documentId)
                          << Qt::endl;
    }
    return 0;
}

} // namespace duizhao::cli
