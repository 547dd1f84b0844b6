#include "annotationpalette.h"

#include <QStringList>

#include <cctype>

namespace duizhao {

const QList<AnnotationPalette::Entry> &AnnotationPalette::entries()
{
    static const QList<Entry> palette = {
        {"yellow", "#FFE066"}, {"green", "#9BE59B"},  {"blue", "#9CCBFF"},
        {"pink", "#FFA8C8"},   {"orange", "#FFBE76"}, {"purple", "#CDB4FF"},
    };
    return palette;
}

QString AnnotationPalette::defaultColor()
{
    return QString::fromLatin1(entries().front().hex);
}

QString AnnotationPalette::textColor()
{
    return QStringLiteral("#1A1A1A");
}

QString AnnotationPalette::normalizedHex(QStringView hex)
{
    if (hex.size() != 7 || hex[0] != u'#')
        return {};
    for (qsizetype i = 1; i < hex.size(); ++i) {
        if (hex[i].unicode() > 0x7f || !std::isxdigit(hex[i].unicode()))
            return {};
    }
    return hex.toString().toUpper();
}

QString AnnotationPalette::resolve(QStringView nameOrHex)
{
    const QString wanted = nameOrHex.trimmed().toString().toLower();
    const QString hex = normalizedHex(wanted);
    for (const Entry &entry : entries()) {
        if (wanted == QLatin1String(entry.name) || hex == QLatin1String(entry.hex))
            return QString::fromLatin1(entry.hex);
    }
    return {};
}

QString AnnotationPalette::nameOf(const QString &hex)
{
    for (const Entry &entry : entries()) {
        if (hex.compare(QLatin1String(entry.hex), Qt::CaseInsensitive) == 0)
            return QString::fromLatin1(entry.name);
    }
    return hex;
}

QString AnnotationPalette::namesText()
{
    QStringList names;
    for (const Entry &entry : entries())
        names.append(QString::fromLatin1(entry.name));
    return names.join(QStringLiteral(", "));
}

} // namespace duizhao
