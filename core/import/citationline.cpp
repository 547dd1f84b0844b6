#include "citationline.h"

#include "text/script.h"

#include <QLocale>
#include <QRegularExpression>

namespace duizhao {

namespace {

constexpr auto Options = QRegularExpression::UseUnicodePropertiesOption;

const QRegularExpression &lineRe()
{
    static const QRegularExpression re(
        QStringLiteral("\\A(?<authors>.+?)\\s*[(\\x{FF08}](?<year>(?:1[5-9]|20)\\d{2})[)\\x{FF09}][.,]?\\s*"
                       "(?:[\"“](?<title>.+)[\"”][.,]?)?\\s*(?<rest>[^\"”]*)\\z"),
        Options);
    return re;
}

} // namespace

bool looksLikeCitationLine(QStringView line)
{
    const QRegularExpressionMatch m = lineRe().match(script::trimmed(line));
    if (!m.hasMatch())
        return false;
    static const QRegularExpression url(QStringLiteral("https?://\\S+"));
    return m.hasCaptured(u"title") || url.match(line).hasMatch();
}

void parseCitationLine(QStringView line, PaperMeta &meta)
{
    const QStringView trimmed = script::trimmed(line);
    meta.citation = trimmed.toString();
    const QRegularExpressionMatch m = lineRe().match(trimmed);
    if (!m.hasMatch())
        return;

    meta.year = m.captured(u"year").toInt();

    // Authors: "顾学明 (Gu Xueming)刘一鸣 (Liu Yiming)", or Latin names separated by ";", "&" or "and".
    const QStringView authors = m.capturedView(u"authors");
    static const QRegularExpression pairRe(
        QStringLiteral("(?<zh>[%1·]+)\\s*[(\\x{FF08}](?<en>[^)\\x{FF09}]+)[)\\x{FF09}]").arg(script::hanClass()),
        Options);
    meta.authors.clear();
    for (auto it = pairRe.globalMatch(authors); it.hasNext();) {
        const QRegularExpressionMatch pair = it.next();
        meta.authors.append({script::simplified(pair.capturedView(u"en")), pair.captured(u"zh")});
    }
    if (meta.authors.isEmpty()) {
        static const QRegularExpression separators(QStringLiteral("\\s*(?:;|&|\\band\\b|、)\\s*"), Options);
        for (const QString &name : authors.toString().split(separators, Qt::SkipEmptyParts)) {
            const QString clean = script::simplified(name);
            if (script::isMostlyChinese(clean))
                meta.authors.append({QString(), clean});
            else
                meta.authors.append({clean, QString()});
        }
    }

    // Title: "English Title [中文标题]".
    const QStringView title = script::trimmed(m.capturedView(u"title"));
    static const QRegularExpression titleRe(QStringLiteral("\\A(?<en>.*?)\\s*\\[(?<zh>[^\\]]+)\\]\\z"), Options);
    if (const QRegularExpressionMatch t = titleRe.match(title); t.hasMatch()) {
        meta.titleZh = script::simplified(t.capturedView(u"zh"));
        if (meta.titleEn.isEmpty())
            meta.titleEn = script::simplified(t.capturedView(u"en"));
    } else if (!title.isEmpty() && meta.titleEn.isEmpty()) {
        meta.titleEn = script::simplified(title);
    }

    // The rest: publisher, "Original work published <date>", URL.
    QString rest = m.captured(u"rest");
    static const QRegularExpression urlRe(QStringLiteral("https?://\\S+"));
    if (const QRegularExpressionMatch u = urlRe.match(rest); u.hasMatch()) {
        meta.url = u.captured(0);
        while (meta.url.endsWith(u'.') || meta.url.endsWith(u','))
            meta.url.chop(1);
        rest.remove(u.capturedStart(0), u.capturedLength(0));
    }
    static const QRegularExpression dateRe(
        QStringLiteral(
            "(?:Original work published|originally published)\\s+(?<date>[A-Z][a-z]+\\s+\\d{1,2},\\s*\\d{4})"),
        Options | QRegularExpression::CaseInsensitiveOption);
    if (const QRegularExpressionMatch d = dateRe.match(rest); d.hasMatch()) {
        const QString date =
            script::simplified(d.capturedView(u"date")).replace(QStringLiteral(", "), QStringLiteral(","));
        meta.originalDate = QLocale::c().toDate(date, QStringLiteral("MMMM d,yyyy"));
        rest.remove(d.capturedStart(0), d.capturedLength(0));
    }
    QString publisher = script::simplified(rest);
    while (!publisher.isEmpty() && (publisher.endsWith(u',') || publisher.endsWith(u'.') || publisher.endsWith(u' ')))
        publisher.chop(1);
    while (!publisher.isEmpty() &&
           (publisher.startsWith(u',') || publisher.startsWith(u'.') || publisher.startsWith(u' ')))
        publisher.remove(0, 1);
    meta.publisher = publisher.simplified();
}

} // namespace duizhao
