#pragma once

#include <QByteArray>
#include <QStringList>

namespace duizhao {

// RFC 4180 CSV: fields with a comma, a quote or a line break are quoted, quotes doubled, rows end
// with CRLF, UTF-8 with a byte-order mark so spreadsheet programs read the Chinese correctly.
class Csv final
{
public:
    static QByteArray bom();
    static QString field(const QString &value);
    static QByteArray row(const QStringList &fields);
};

} // namespace duizhao
