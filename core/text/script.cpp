#include "script.h"

namespace duizhao::script {

ScriptCounts countScripts(QStringView text)
{
    ScriptCounts counts;
    forEachCodePoint(text, [&](char32_t c, qsizetype) {
        if (isHan(c))
            ++counts.han;
        else if (c < 0x3000 && QChar::isLetter(c))
            ++counts.latin;
    });
    return counts;
}

bool isMostlyChinese(QStringView text)
{
    const ScriptCounts counts = countScripts(text);
    return counts.han > 0 && counts.han * 3 >= counts.latin;
}

QStringView trimmed(QStringView text)
{
    qsizetype begin = 0;
    qsizetype end = text.size();
    while (begin < end && isSpace(text[begin].unicode()))
        ++begin;
    while (end > begin && isSpace(text[end - 1].unicode()))
        --end;
    return text.mid(begin, end - begin);
}

QString simplified(QStringView text)
{
    QString out;
    out.reserve(text.size());
    bool pendingSpace = false;
    for (const QChar ch : text) {
        if (isSpace(ch.unicode())) {
            pendingSpace = !out.isEmpty();
            continue;
        }
        if (pendingSpace)
            out += QLatin1Char(' ');
        pendingSpace = false;
        out += ch;
    }
    return out;
}

} // namespace duizhao::script
