#pragma once

#include <QStringList>

class QIODevice;

namespace duizhao::cli {

class Command;

// A duizhao-cli command line, scanned once: the global options (--db, --json, before or after the
// command) taken out, the command looked up.
struct Invocation
{
    QString dbPath;
    bool json = false;
    bool dbWithoutFile = false; // --db was the last argument
    QStringList rest;           // everything else; rest.front() names the command
    const Command *command = nullptr;

    // `arguments` as main() gets them, the program's name first.
    static Invocation scan(const QStringList &arguments);
    // Whether the command lays out text and so needs a QGuiApplication (see Command::needsGui).
    bool needsGui() const;
};

// Runs the invocation: help, version, usage errors or the command, printing to `out` and `err`
// (open for writing). Returns the exit code: 0 success, 1 usage error, 2 data error.
int dispatch(const Invocation &invocation, QIODevice &out, QIODevice &err);

} // namespace duizhao::cli
