#include "backupscommand.h"

#include "error.h"
#include "storage/backups.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

namespace duizhao::cli {

QString BackupsCommand::summary() const
{
    return tr("List the library's automatic backups, or restore one in place of a damaged library.");
}

void BackupsCommand::configure(QCommandLineParser &parser) const
{
    parser.addOption({QStringLiteral("restore"),
                      tr("Put this backup (a path, or \"latest\") in place of the library; the file it replaces is "
                         "kept beside it."),
                      tr("BACKUP")});
}

int BackupsCommand::run(CommandContext &context, const QCommandLineParser &parser) const
{
    // Never opens the library: it may be the damaged file this command is here to replace.
    const QString path = context.libraryPath();
    const QList<BackupInfo> backups = Backups::list(path);
    if (parser.isSet(QStringLiteral("restore"))) {
        QString backup = parser.value(QStringLiteral("restore"));
        if (backup == u"latest") {
            if (backups.isEmpty())
                throw Error(Error::Kind::Usage, tr("the library has no automatic backups"), path);
            backup = backups.front().path;
        }
        const QString keptAs = Backups::restore(path, backup);
        context.out() << tr("Restored %1 from %2.").arg(path, backup) << Qt::endl;
        if (!keptAs.isEmpty())
            context.out() << tr("The file it replaced is kept as %1.").arg(keptAs) << Qt::endl;
        return 0;
    }
    if (context.json()) {
        QJsonArray array;
        for (const BackupInfo &b : backups) {
            array.append(QJsonObject{{QStringLiteral("path"), b.path},
                                     {QStringLiteral("created"), b.created.toString(Qt::ISODate)},
                                     {QStringLiteral("reason"), b.reason},
                                     {QStringLiteral("bytes"), b.bytes}});
        }
        context.printJson(array);
        return 0;
    }
    if (backups.isEmpty())
        context.out() << tr("No automatic backups of %1 yet.").arg(path) << Qt::endl;
    qint64 bytes = 0;
    for (const BackupInfo &b : backups) {
        context.out() << b.created.toString(Qt::ISODate) << "  " << b.reason.leftJustified(17)
                      << QLocale::c().formattedDataSize(b.bytes).rightJustified(10) << "  " << b.path << Qt::endl;
        bytes += b.bytes;
    }
    if (!backups.isEmpty()) {
        context.out() << tr("Backups: %1, %2 in all, in %3.")
                             .arg(backups.size())
                             .arg(QLocale::c().formattedDataSize(bytes), Backups::folderFor(path))
                      << Qt::endl;
    }
    context.out() << tr("Kept: the newest %1 daily backups (taken by the program when the library changed) and the "
                        "newest %2 taken before each kind of upgrade.")
                         .arg(Backups::KeepDaily)
                         .arg(Backups::KeepOther)
                  << Qt::endl;
    return 0;
}

} // namespace duizhao::cli
