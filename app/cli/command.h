#pragma once

#include "library/library.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QIODevice>
#include <QJsonValue>
#include <QTextStream>

#include <memory>

namespace duizhao::cli {

// What every command gets: where the library is, how to print, and the parsed options.
class CommandContext final
{
    Q_DECLARE_TR_FUNCTIONS(CommandContext)

public:
    // Prints to `out` and `err`, open for writing: stdout and stderr in duizhao-cli, buffers in the
    // tests.
    CommandContext(QString dbPath, bool json, QIODevice &out, QIODevice &err);
    ~CommandContext();

    bool json() const { return m_json; }
    QTextStream &out() { return m_out; }
    QTextStream &err() { return m_err; }
    void printJson(const QJsonValue &value);
    // Bytes as they are (CSV, XML, BibTeX), after anything printed before them.
    void writeBytes(const QByteArray &bytes);

    // Opened on first use: --db FILE, or the per-user library (created with the bundled paper).
    // A damaged library's error names its last automatic backup and how to restore it.
    Library &library();
    // The file library() opens, without opening it.
    QString libraryPath() const;
    // --doc ID, or the only or first document. Throws a usage error for an empty library.
    qint64 documentId(const QCommandLineParser &parser);

private:
    QString m_dbPath;
    bool m_json;
    QIODevice &m_outDevice;
    QTextStream m_out;
    QTextStream m_err;
    std::unique_ptr<Library> m_library;
};

// One subcommand of duizhao-cli. Each lives in its own file.
class Command
{
    Q_DECLARE_TR_FUNCTIONS(Command)

public:
    virtual ~Command() = default;

    virtual QString name() const = 0;
    virtual QString summary() const = 0;
    // Adds the command's own options and positional arguments (--db, --json and --help are common).
    virtual void configure(QCommandLineParser &parser) const = 0;
    // Returns the exit code; throws duizhao::Error for failures.
    virtual int run(CommandContext &context, const QCommandLineParser &parser) const = 0;
    // Whether the command lays out text (PDF, XFDF geometry) and so needs a QGuiApplication for
    // fonts. `arguments` are the command's own, for commands that need one only with some options.
    virtual bool needsGui(const QStringList &arguments) const
    {
        Q_UNUSED(arguments);
        return false;
    }

protected:
    static void addDocumentOption(QCommandLineParser &parser);

    // --svg FILE, --png FILE, --lang, --dark and --scale, for commands that draw `what`.
    static void addDrawingOptions(QCommandLineParser &parser, const QString &what);
    // Whether the arguments ask for an image (so the command needs a QGuiApplication).
    static bool asksForImage(const QStringList &args);
    static Lang langOption(const QCommandLineParser &parser);   // en (default) or zh
    static qreal scaleOption(const QCommandLineParser &parser); // 2 unless --scale says otherwise
};

// Every command, in the order the help lists them: the one place a new command is registered
// (commands.cpp).
QList<const Command *> allCommands();

} // namespace duizhao::cli
