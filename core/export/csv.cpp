#include "csv.h"

namespace duizhao {

QByteArray Csv::bom()
{
    return QByteArrayLiteral("\xEF\xBB\xBF");
}

QString Csv::field(const QString &value)
{
    if (!value.contains(u',') && !value.contains(u'"') && !value.contains(u'\n') && !value.contains(u'\r'))
        return value;
    QString quoted = value;
    quoted.replace(u'"', QStringLiteral("\"\""));
    return u'"' + quoted + u'"';
}

QByteArray Csv::row(const QStringList &fields)
{
    QStringList out;
    for (const QString &f : fields)
        out.append(field(f));
    return out.join(u',').toUtf8() + "\r\n";
}

} // namespace duizhao
