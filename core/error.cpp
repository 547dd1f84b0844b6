#include "error.h"

namespace duizhao {

Error::Error(Kind kind, QString message, QString file, int line)
    : m_kind(kind)
    , m_message(std::move(message))
    , m_file(std::move(file))
    , m_line(line)
    , m_what(text().toUtf8())
{}

QString Error::text() const
{
    if (m_file.isEmpty())
        return m_message;
    if (m_line > 0)
        return QStringLiteral("%1:%2: %3").arg(m_file).arg(m_line).arg(m_message);
    return QStringLiteral("%1: %2").arg(m_file, m_message);
}

const char *Error::what() const noexcept
{
    return m_what.constData();
}

} // namespace duizhao
