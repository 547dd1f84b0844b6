#pragma once

// Runs duizhao-cli as a script would, for the CLI tests: exit code, stdout as bytes, stderr as text.

#include "support/testsupport.h"

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

inline CliRun runCli(const QStringList &args, const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
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
