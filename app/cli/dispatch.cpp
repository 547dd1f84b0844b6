#include "dispatch.h"

#include "appidentity.h"
#include "command.h"
#include "error.h"
#include "library/library.h"

#include <QCoreApplication>
#include <QIODevice>

#include <algorithm>

namespace duizhao::cli {

namespace {

constexpr int ExitOk = 0;
constexpr int ExitUsage = 1;
constexpr int ExitData = 2;

QString globalHelp()
{
    QString help = QCoreApplication::translate("main", "Usage: duizhao-cli [--db FILE] COMMAND [options]\n\n"
                                                       "Explore bilingual English/Chinese policy papers.\n\n"
                                                       "Commands:\n");
    qsizetype width = 0;
    for (const Command *command : allCommands())
        width = std::max(width, command->name().size());
    for (const Command *command : allCommands())
        help += QStringLiteral("  %1  %2\n").arg(command->name().leftJustified(width), command->summary());
    help += QCoreApplication::translate("main", "\nGlobal options:\n"
                                                "  --db FILE    the library file (default: %1)\n"
                                                "  --json       print JSON (UTF-8, stable keys)\n"
                                                "  --version    print the version\n"
                                                "  --help       this help; COMMAND --help for a command's options\n\n"
                                                "Exit codes: 0 success, 1 usage error, 2 data error.\n")
                .arg(Library::defaultPath());
    return help;
}

void print(QIODevice &device, const QString &text)
{
    device.write(text.toUtf8());
}

} // namespace

Invocation Invocation::scan(const QStringList &arguments)
{
    Invocation invocation;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &arg = arguments[i];
        if (arg == u"--db") {
            if (i + 1 >= arguments.size()) {
                invocation.dbWithoutFile = true;
                break;
            }
            invocation.dbPath = arguments[++i];
        } else if (arg.startsWith(u"--db=")) {
            invocation.dbPath = arg.mid(5);
        } else if (arg == u"--json") {
            invocation.json = true;
        } else {
            invocation.rest.append(arg);
        }
    }
    if (!invocation.rest.isEmpty()) {
        const QList<const Command *> commands = allCommands();
        const auto found = std::find_if(commands.begin(), commands.end(), [&](const Command *command) {
            return command->name() == invocation.rest.front();
        });
        if (found != commands.end())
            invocation.command = *found;
    }
    return invocation;
}

bool Invocation::needsGui() const
{
    return command && command->needsGui(rest.mid(1));
}

int dispatch(const Invocation &invocation, QIODevice &out, QIODevice &err)
{
    if (invocation.dbWithoutFile) {
        print(err, QCoreApplication::translate("main", "--db needs a FILE\n"));
        return ExitUsage;
    }
    const QStringList &rest = invocation.rest;
    if (rest.isEmpty() || rest.front() == u"--help" || rest.front() == u"-h" || rest.front() == u"help") {
        print(rest.isEmpty() ? err : out, globalHelp());
        return rest.isEmpty() ? ExitUsage : ExitOk;
    }
    if (rest.front() == u"--version" || rest.front() == u"-v") {
        print(out, QStringLiteral("duizhao-cli %1\n").arg(version()));
        return ExitOk;
    }
    const Command *command = invocation.command;
    if (!command) {
        print(err, QCoreApplication::translate("main", "duizhao-cli: unknown command \"%1\"\n\n").arg(rest.front()));
        print(err, globalHelp());
        return ExitUsage;
    }

    QCommandLineParser parser;
    parser.setApplicationDescription(command->summary());
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption helpOption = parser.addHelpOption();
    command->configure(parser);
    QStringList commandArgs = rest;
    commandArgs[0] = QStringLiteral("duizhao-cli %1").arg(command->name());
    if (!parser.parse(commandArgs)) {
        print(err, QStringLiteral("duizhao-cli %1: %2\n").arg(command->name(), parser.errorText()));
        return ExitUsage;
    }
    if (parser.isSet(helpOption)) {
        QString help = parser.helpText();
        help.replace(QStringLiteral("[options]"), QStringLiteral("[--db FILE] [--json] [options]"));
        print(out, help);
        return ExitOk;
    }

    CommandContext context(invocation.dbPath, invocation.json, out, err);
    try {
        return command->run(context, parser);
    } catch (const Error &error) {
        context.out().flush();
        context.err() << QStringLiteral("duizhao-cli: %1\n").arg(error.text()) << Qt::flush;
        return error.kind() == Error::Kind::Usage ? ExitUsage : ExitData;
    } catch (const std::exception &error) {
        context.out().flush();
        context.err() << QStringLiteral("duizhao-cli: %1\n").arg(QString::fromUtf8(error.what())) << Qt::flush;
        return ExitData;
    }
}

} // namespace duizhao::cli
