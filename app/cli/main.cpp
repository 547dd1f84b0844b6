// duizhao-cli: the Duizhao core from a terminal. Readable text by default, --json for scripts.
// Exit codes: 0 success, 1 usage error, 2 data error (bad input, damaged or newer library).
// The commands are in duizhao_cli_commands; this file scans the command line once, starts the
// application the command needs and dispatches.

#include "appidentity.h"
#include "dispatch.h"

#include <QCoreApplication>
#include <QFile>
#include <QGuiApplication>

#include <cstdio>
#include <memory>

using namespace duizhao;
using namespace duizhao::cli;

int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    const Invocation invocation = Invocation::scan(arguments);

    // Commands that lay out text need fonts, hence a QGuiApplication; without a display it runs on
    // the offscreen platform. Everything else starts as a plain QCoreApplication, as fast as before.
    std::unique_ptr<QCoreApplication> app;
    if (invocation.needsGui()) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    applyApplicationIdentity();
    QCoreApplication::setApplicationName(QStringLiteral("Duizhao"));

    QFile out;
    QFile err;
    out.open(stdout, QIODevice::WriteOnly | QIODevice::Unbuffered, QFileDevice::DontCloseHandle);
    err.open(stderr, QIODevice::WriteOnly | QIODevice::Unbuffered, QFileDevice::DontCloseHandle);
    return dispatch(invocation, out, err);
}
