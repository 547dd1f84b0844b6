#include "sharedtokens.h"

#include <QHash>
#include <QRegularExpression>

namespace duizhao {

namespace {

struct Found
{
    QString key;
    TextRange range;
};

// Full-width digits and letters as their ASCII forms; thousands separators dropped.
QString keyOf(QStringView token, bool number)
{
    QString key;
    key.reserve(token.size());
    for (QChar c : token) {
        const char16_t u = c.unicode();
        if (u >= 0xFF01 && u <= 0xFF5E)
            c = QChar(char16_t(u - 0xFEE0));
        if (number && c == u',')
            continue;
        key.append(number ? c : c.toCaseFolded());
    }
    return key;
}

QList<Found> tokensOf(const QString &text)
{
    // A number: digits, with decimal points or thousands separators inside. A word: a Latin letter
    // then letters, digits or hyphens ("G20", "COVID-19").
    static const QRegularExpression token(
        QStringLiteral("(?<![0-9０-９A-Za-zＡ-Ｚａ-ｚ])(?:([0-9０-９]+(?:[.,，．][0-9０-９]+)*)|([A-Za-zＡ-Ｚａ-ｚ][A-"
                       "Za-z0-9Ａ-Ｚａ-ｚ０-９-]*))"));
    QList<Found> found;
    for (auto it = token.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const bool number = m.capturedLength(1) > 0;
        const int group = number ? 1 : 2;
        QStringView captured = m.capturedView(group);
        int length = int(captured.size());
        while (length > 0 && captured[length - 1] == u'-')
            --length;
        captured = captured.left(length);
        if (!number && length < 2)
            continue; // "a", "I": too common to say anything
        found.append({keyOf(captured, number), {int(m.capturedStart(group)), length}});
    }
    return found;
}

} // namespace

SharedTokens sharedTokens(const QString &en, const QString &zh)
{
    SharedTokens shared;
    const QList<Found> enTokens = tokensOf(en);
    const QList<Found> zhTokens = tokensOf(zh);
    QHash<QString, int> inZh;
    for (const Found &f : zhTokens)
        ++inZh[f.key];
    QHash<QString, int> inEn;
    for (const Found &f : enTokens) {
        if (!inZh.contains(f.key))
            continue;
        if (!inEn.contains(f.key))
            shared.tokens.append(en.mid(f.range.start, f.range.length));
        ++inEn[f.key];
        shared.en.append(f.range);
    }
    for (const Found &f : zhTokens) {
        if (inEn.contains(f.key))
            shared.zh.append(f.range);
    }
    return shared;
}

} // namespace duizhao
