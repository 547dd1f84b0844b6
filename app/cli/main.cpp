// duizhao-cli: the Duizhao core from a terminal. Readable text by default, --json for scripts.
// Exit codes: 0 success, 1 usage error, 2 data error (bad input, damaged or newer library).

#include "appidentity.h"
#include "command.h"
#include "error.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <algorithm>
#include <cstdio>
#include <memory>

using namespace duizhao;
using namespace duizhao::cli;

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

void print(FILE *stream, const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, std::size_t(bytes.size()), stream);
}

// Commands that lay out text need fonts, hence a QGuiApplication; without a display it runs on
// the offscreen platform. Everything else starts as a plain QCoreApplication, as fast as before.
std::unique_ptr<QCoreApplication> makeApplication(int &argc, char **argv)
{
    QStringList commandArgs;
    const Command *command = nullptr;
    for (int i = 1; i < argc; ++i) {
        const QString arg = QString::fromLocal8Bit(argv[i]);
        if (!command && arg == u"--db") {
            ++i;
        } else if (!command && (arg.startsWith(u"--db=") || arg == u"--json")) {
        } else if (!command) {
            for (const Command *candidate : allCommands()) {
                if (candidate->name() == arg)
                    command = candidate;
            }
            if (!command)
                break;
        } else {
            commandArgs.append(arg);
        }
    }
    if (command && command->needsGui(commandArgs)) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        return std::make_unique<QGuiApplication>(argc, argv);
    }
    return std::make_unique<QCoreApplication>(argc, argv);
}

} // namespace

int main(int argc, char *argv[])
{
    const std::unique_ptr<QCoreApplication> app = makeApplication(argc, argv);
    applyApplicationIdentity();
    QCoreApplication::setApplicationName(QStringLiteral("Duizhao"));

    // Global options may come before or after the command; --db and --json are taken out here.
    QStringList rest;
    QString dbPath;
    bool json = false;
    const QStringList args = QCoreApplication::arguments();
    for (qsizetype i = 1; i < args.size(); ++i) {
        const QString &arg = args[i];
        if (arg == u"--db") {
            if (i + 1 >= args.size()) {
                print(stderr, QCoreApplication::translate("main", "--db needs a FILE\n"));
                return ExitUsage;
            }
            dbPath = args[++i];
        } else if (arg.startsWith(u"--db=")) {
            dbPath = arg.mid(5);
        } else if (arg == u"--json") {
            json = true;
        } else {
            rest.append(arg);
        }
    }
    if (rest.isEmpty() || rest.front() == u"--help" || rest.front() == u"-h" || rest.front() == u"help") {
        print(rest.isEmpty() ? stderr : stdout, globalHelp());
        return rest.isEmpty() ? ExitUsage : ExitOk;
    }
    if (rest.front() == u"--version" || rest.front() == u"-v") {
        print(stdout, QStringLiteral("duizhao-cli %1\n").arg(version()));
        return ExitOk;
    }

    const Command *command = nullptr;
    for (const Command *candidate : allCommands()) {
        if (candidate->name() == rest.front())
            command = candidate;
    }
    if (!command) {
        print(stderr, QCoreApplication::translate("main", "duizhao-cli: unknown command \"%1\"\n\n").arg(rest.front()));
        print(stderr, globalHelp());
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
        print(stderr, QStringLiteral("duizhao-cli %1: %2\n").arg(command->name(), parser.errorText()));
        return ExitUsage;
    }
    if (parser.isSet(helpOption)) {
        QString help = parser.helpText();
        help.replace(QStringLiteral("[options]"), QStringLiteral("[--db FILE] [--json] [options]"));
        print(stdout, help);
        return ExitOk;
    }

    CommandContext context(dbPath, json);
    try {
        return command->run(context, parser);
    } catch (const Error &error) {
        context.out().flush();
        print(stderr, QStringLiteral("duizhao-cli: %1\n").arg(error.text()));
        return error.kind() == Error::Kind::Usage ? ExitUsage : ExitData;
    } catch (const std::exception &error) {
        print(stderr, QStringLiteral("duizhao-cli: %1\n").arg(QString::fromUtf8(error.what())));
        return ExitData;
    }
}
