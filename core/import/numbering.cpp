#include "numbering.h"

#include "text/script.h"

#include <QRegularExpression>

namespace duizhao {

namespace {

struct Pattern
{
    NodeKind kind;
    QRegularExpression re; // must define the named group "n"
};

QRegularExpression anchored(const QString &body)
{
    // \A plus leading spaces of any kind (the source has no-break spaces after "I.").
    return QRegularExpression(QStringLiteral("\\A[\\s\\x{00A0}\\x{3000}]*(?:") + body + QStringLiteral(")"),
                              QRegularExpression::UseUnicodePropertiesOption);
}

const QList<Pattern> &englishPatterns()
{
    static const QList<Pattern> patterns = {
        {NodeKind::Chapter, anchored(QStringLiteral("(?i:chapter)\\s+(?<n>[IVXLC]+|\\d{1,3})\\b[.:]?"))},
        {NodeKind::Part, anchored(QStringLiteral("(?i:part)\\s+(?<n>[IVXLC]+|\\d{1,3})\\b[.:]?"))},
        {NodeKind::Section, anchored(QStringLiteral("(?i:section)\\s+(?<n>\\d{1,3}|[IVXLC]+)\\b[.:]?"))},
        {NodeKind::Article, anchored(QStringLiteral("(?i:article)\\s+(?<n>\\d{1,3}|[IVXLC]+)\\b[.:]?"))},
        {NodeKind::Part, anchored(QStringLiteral("(?<n>[IVXLC]{1,6})\\.(?=\\s|$)"))},
        {NodeKind::Section, anchored(QStringLiteral("\\((?<n>[ivxlc]{1,6})\\)"))},
        {NodeKind::Subsection, anchored(QStringLiteral("(?<n>\\d{1,2})\\.(?=\\s|$)"))},
        {NodeKind::Point, anchored(QStringLiteral("\\((?<n>\\d{1,3})\\)"))},
    };
    return patterns;
}

const QList<Pattern> &chinesePatterns()
{
    const QString numeral = QStringLiteral("[零〇一二三四五六七八九十百两]+");
    const QString digits = QStringLiteral("[0-9\\x{FF10}-\\x{FF19}]");
    static const QList<Pattern> patterns = {
        {NodeKind::Chapter, anchored(QStringLiteral("第(?<n>%1|\\d{1,3})章").arg(numeral))},
        {NodeKind::Section, anchored(QStringLiteral("第(?<n>%1|\\d{1,3})节").arg(numeral))},
        {NodeKind::Article, anchored(QStringLiteral("第(?<n>%1|\\d{1,3})条").arg(numeral))},
        {NodeKind::Part, anchored(QStringLiteral("第(?<n>%1|\\d{1,3})部分").arg(numeral))},
        {NodeKind::Part, anchored(QStringLiteral("(?<n>%1)[、.\\x{FF0E}]").arg(numeral))},
        {NodeKind::Section, anchored(QStringLiteral("[(\\x{FF08}](?<n>%1)[)\\x{FF09}]").arg(numeral))},
        {NodeKind::Subsection, anchored(QStringLiteral("(?<n>%1{1,2})[.\\x{FF0E}、](?!\\d)").arg(digits))},
        {NodeKind::Point, anchored(QStringLiteral("[(\\x{FF08}](?<n>%1{1,3})[)\\x{FF09}]").arg(digits))},
        {NodeKind::Point, anchored(QStringLiteral("其(?<n>%1)\\s*[,\\x{FF0C}、:\\x{FF1A}]").arg(numeral))},
        {NodeKind::Point, anchored(QStringLiteral("第(?<n>%1)\\s*[,\\x{FF0C}、:\\x{FF1A}]").arg(numeral))},
        {NodeKind::Point, anchored(QStringLiteral("(?<n>[\\x{2460}-\\x{2473}])"))},
    };
    return patterns;
}

int digitsValue(QStringView text)
{
    int value = 0;
    for (const QChar ch : text) {
        const char32_t c = script::foldWidth(ch.unicode());
        if (c < '0' || c > '9')
            return -1;
        value = value * 10 + int(c - '0');
    }
    return text.isEmpty() ? -1 : value;
}

int numberValue(QStringView n)
{
    if (n.size() == 1 && n[0].unicode() >= 0x2460 && n[0].unicode() <= 0x2473)
        return n[0].unicode() - 0x2460 + 1;
    int value = digitsValue(n);
    if (value < 0)
        value = romanNumeralValue(n);
    if (value < 0)
        value = chineseNumeralValue(n);
    return value;
}

} // namespace

std::optional<Numbering> parseNumbering(QStringView block, Lang lang)
{
    const auto &patterns = lang == Lang::En ? englishPatterns() : chinesePatterns();
    for (const Pattern &pattern : patterns) {
        const QRegularExpressionMatch m = pattern.re.match(block);
        if (!m.hasMatch())
            continue;
        const int value = numberValue(m.capturedView(u"n"));
        if (value <= 0)
            continue;
        qsizetype end = m.capturedEnd(0);
        while (end < block.size() && script::isSpace(block[end].unicode()))
            ++end;
        Numbering numbering;
        numbering.kind = pattern.kind;
        numbering.value = value;
        numbering.text = script::trimmed(block.mid(0, m.capturedEnd(0))).toString();
        numbering.length = int(end);
        return numbering;
    }
    return std::nullopt;
}

std::optional<Numbering> chineseEnumeration(QStringView block)
{
    std::optional<Numbering> numbering = parseNumbering(block, Lang::Zh);
    const QStringView text = numbering ? QStringView(numbering->text) : QStringView();
    if (!numbering || numbering->kind != NodeKind::Section || text.isEmpty() ||
        (text.front() != u'(' && text.front() != u'\uFF08'))
        return std::nullopt;
    numbering->kind = NodeKind::Point;
    return numbering;
}

bool readsLikeHeading(QStringView rest, Lang lang)
{
    const QStringView text = script::trimmed(rest);
    if (text.isEmpty())
        return true; // "I." alone is a heading without a title
    const qsizetype limit = lang == Lang::En ? 200 : 80;
    if (text.size() > limit)
        return false;
    const QChar last = text.back();
    return last != u'.' && last != u'。' && last != u';' && last != u'；';
}

QString firstSentence(QStringView text, Lang lang, int maxLength)
{
    const QStringView t = script::trimmed(text);
    qsizetype end = t.size();
    for (qsizetype i = 0; i < t.size(); ++i) {
        const QChar ch = t[i];
        if (lang == Lang::Zh || ch.unicode() > 0x2FFF) {
            if (ch == u'。' || ch == u'！' || ch == u'？' || ch == u'；') {
                end = i;
                break;
            }
        }
        if (ch == u'.' || ch == u'!' || ch == u'?') {
            // A sentence ends at ". X" or ".” X" with X a capital or an opening quote, not inside
            // "U.S." or "e.g.".
            const qsizetype after = i + 1 < t.size() && (t[i + 1] == u'”' || t[i + 1] == u'"') ? i + 2 : i + 1;
            const bool atEnd = after >= t.size();
            const bool spaceThenCapital = after + 1 < t.size() && script::isSpace(t[after].unicode()) &&
                                          (t[after + 1].isUpper() || t[after + 1] == u'“' || t[after + 1] == u'"');
            const bool abbreviation = i >= 2 && (t[i - 2] == u'.' || !t[i - 2].isLetter());
            if ((atEnd || spaceThenCapital) && !abbreviation) {
                end = after > i + 1 ? after : i;
                break;
            }
        }
    }
    QString sentence = t.left(end).toString();
    if (sentence.size() > maxLength) {
        qsizetype cut = maxLength;
        if (lang == Lang::En) {
            const qsizetype space = sentence.lastIndexOf(QLatin1Char(' '), maxLength);
            if (space > maxLength / 2)
                cut = space;
        }
        sentence = sentence.left(cut).trimmed() + QStringLiteral("…");
    }
    return sentence;
}

int chineseNumeralValue(QStringView text)
{
    if (text.isEmpty())
        return -1;
    int total = 0;
    int digit = -1;
    for (const QChar ch : text) {
        int d = -1;
        switch (ch.unicode()) {
        case u'零':
        case u'〇':
            d = 0;
            break;
        case u'一':
            d = 1;
            break;
        case u'二':
        case u'两':
            d = 2;
            break;
        case u'三':
            d = 3;
            break;
        case u'四':
            d = 4;
            break;
        case u'五':
            d = 5;
            break;
        case u'六':
            d = 6;
            break;
        case u'七':
            d = 7;
            break;
        case u'八':
            d = 8;
            break;
        case u'九':
            d = 9;
            break;
        case u'十':
            total += (digit < 0 ? 1 : digit) * 10;
            digit = -1;
            continue;
        case u'百':
            total += (digit < 0 ? 1 : digit) * 100;
            digit = -1;
            continue;
        default:
            return -1;
        }
        if (digit > 0)
            return -1; // two digits in a row ("一二") is not a numeral
        digit = d;
    }
    return total + (digit < 0 ? 0 : digit);
}

int romanNumeralValue(QStringView text)
{
    if (text.isEmpty() || text.size() > 15)
        return -1;
    auto valueOf = [](QChar ch) {
        switch (ch.toUpper().unicode()) {
        case 'I':
            return 1;
        case 'V':
            return 5;
        case 'X':
            return 10;
        case 'L':
            return 50;
        case 'C':
            return 100;
        case 'D':
            return 500;
        case 'M':
            return 1000;
        default:
            return -1;
        }
    };
    int total = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const int v = valueOf(text[i]);
        if (v < 0)
            return -1;
        const int next = i + 1 < text.size() ? valueOf(text[i + 1]) : 0;
        if (next < 0)
            return -1;
        total += v < next ? -v : v;
    }
    return total > 0 ? total : -1;
}

} // namespace duizhao
