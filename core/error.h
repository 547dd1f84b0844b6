#pragma once

#include <QString>

#include <QByteArray>
#include <exception>

namespace duizhao {

// The one exception type core throws. It carries what a user needs to act on the failure:
// which file, which line, and what is wrong with it. Front ends map kind() to exit codes
// (CLI) or dialogs (GUI); core never decides how a failure is shown.
class Error : public std::exception
{
public:
    enum class Kind
    {
        Usage,     // the caller asked for something that does not exist or makes no sense
        Data,      // the input (a paper, a library file) is not what it should be
        Io,        // the operating system refused (missing file, permissions, full disk)
        Cancelled, // the user cancelled a long operation
        Damaged,   // a library file is corrupt or cut short: offer the last automatic backup
    };

    Error(Kind kind, QString message, QString file = {}, int line = 0);

    Kind kind() const { return m_kind; }
    const QString &message() const { return m_message; }
    const QString &file() const { return m_file; }
    int line() const { return m_line; }

    // "file:line: message", the form compilers use, so editors can jump to it.
    QString text() const;
    const char *what() const noexcept override;

private:
    Kind m_kind;
    QString m_message;
    QString m_file;
    int m_line;
    QByteArray m_what;
};

} // namespace duizhao
