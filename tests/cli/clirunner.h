#pragma once

// Runs duizhao-cli for the CLI tests: exit code, stdout as bytes, stderr as text. The commands run in
// the test's own process (duizhao_cli_commands) unless the run needs what only a process of its own
// gives: another environment, or a QGuiApplication for commands that lay out text.

#include "dispatch.h"
#include "support/testsupport.h"

#include <QBuffer>
#include <QJsonDocument>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>

namespace duizhao::test {

struct CliRun
{
    int exitCode = -1;
    QByteArray out;
    QString err;

    QJsonDocument json() const
    {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(out, &error);
        INFO(out.left(400).toStdString());
        REQUIRE(error.error == QJsonParseError::NoError);
        return doc;
    }
    QString text() const { return QString::fromUtf8(out); }
};

// duizhao-cli as a script runs it.
inline CliRun runCliProcess(const QStringList &args,
                            const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
{
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(DUIZHAO_CLI), args);
    REQUIRE(process.waitForFinished(60000));
    CliRun run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

// The same command line through the same code as main(), in this process.
inline CliRun runCliInProcess(const QStringList &args)
{
    QBuffer out;
    QBuffer err;
    out.open(QIODevice::WriteOnly);
    err.open(QIODevice::WriteOnly);
    CliRun run;
    run.exitCode = cli::dispatch(cli::Invocation::scan(QStringList{QStringLiteral("duizhao-cli")} + args), out, err);
    run.out = out.data();
    run.err = QString::fromUtf8(err.data());
    return run;
}

inline CliRun runCli(const QStringList &args, const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
{
    if (env == QProcessEnvironment::systemEnvironment() &&
        !cli::Invocation::scan(QStringList{QStringLiteral("duizhao-cli")} + args).needsGui())
        return runCliInProcess(args);
    return runCliProcess(args, env);
}

// A library file of its own with the given papers imported ("--bundled" for the bundled one).
struct CliLibrary
{
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("cli.duizhao"));

    explicit CliLibrary(const QStringList &papers = {QStringLiteral("--bundled")})
    {
        const CliRun imported = (*this)(QStringList{QStringLiteral("import")} + papers);
        INFO(imported.err.toStdString());
        REQUIRE(imported.exitCode == 0);
    }
    CliRun operator()(QStringList args) const
    {
        args.prepend(path);
        args.prepend(QStringLiteral("--db"));
        return runCli(args);
    }
};

} // namespace duizhao::test
