#include "footnotefinder.h"

#include <QRegularExpression>

#include <algorithm>

namespace duizhao {

namespace {

constexpr auto Options = QRegularExpression::UseUnicodePropertiesOption;

struct Candidate
{
    int start = 0;
    int length = 0;
    int number = 0;
    QString attachedTo;
};

// Digits glued to what precedes them: a word, a closing quote or punctuation, and followed by a
// space, punctuation or the end. Not a decimal ("52.7"), not part of an alphanumeric ("5G").
const QRegularExpression &gluedRe()
{
    static const QRegularExpression re(QStringLiteral("(?<before>[\\p{L}”’\"')\\].,;:])(?<n>\\d{1,3})(?=[\\s.,;:)]|$)"),
                                       Options);
    return re;
}

// A number standing alone after the end of a sentence: "ability. 5 As one can see", "China. 7".
const QRegularExpression &afterSentenceRe()
{
    static const QRegularExpression re(
        QStringLiteral("(?<=[.!?”\"’])[\\s\\x{00A0}]+(?<n>\\d{1,3})(?=[\\s\\x{00A0}]+[\\p{Lu}“\"]|[\\s\\x{00A0}]*$)"),
        Options);
    return re;
}

// A year with the note number glued on: "in August 20224".
const QRegularExpression &afterYearRe()
{
    static const QRegularExpression re(
        QStringLiteral(
            "(?:January|February|March|April|May|June|July|August|September|October|November|December|"
            "[Ii]n|[Ss]ince|[Bb]y|[Uu]ntil|[Ff]rom|[Oo]f)[\\s\\x{00A0}]+(?<year>(?:19|20)\\d{2})(?<n>\\d{1,2})(?!\\d)"),
        Options);
    return re;
}

QString attachment(QChar before)
{
    if (before.isLetter())
        return QStringLiteral("word");
    if (before == u'”' || before == u'’' || before == u'"' || before == u'\'')
        return QStringLiteral("quote");
    return QStringLiteral("punctuation");
}

// "G20", "F35": digits after a short all-capital word belong to it.
bool gluedToAcronym(QStringView text, qsizetype digitsStart)
{
    qsizetype i = digitsStart;
    while (i > 0 && text[i - 1].isLetter())
        --i;
    const QStringView word = text.mid(i, digitsStart - i);
    if (word.isEmpty() || word.size() > 5)
        return false;
    return std::all_of(word.begin(), word.end(), [](QChar ch) { return ch.isUpper(); });
}

QList<Candidate> candidatesIn(QStringView text)
{
    QList<Candidate> out;
    for (auto it = gluedRe().globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const qsizetype start = m.capturedStart(u"n");
        const QChar before = text[start - 1];
        // Decimals: "52.7", "1,5".
        if ((before == u'.' || before == u',') && start >= 2 && text[start - 2].isDigit())
            continue;
        if (before.isLetter() && gluedToAcronym(text, start))
            continue;
        out.append({int(start), int(m.capturedLength(u"n")), m.captured(u"n").toInt(), attachment(before)});
    }
    for (auto it = afterSentenceRe().globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        out.append({int(m.capturedStart(u"n")), int(m.capturedLength(u"n")), m.captured(u"n").toInt(),
                    QStringLiteral("space")});
    }
    for (auto it = afterYearRe().globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        out.append({int(m.capturedStart(u"n")), int(m.capturedLength(u"n")), m.captured(u"n").toInt(),
                    QStringLiteral("year")});
    }
    std::sort(out.begin(), out.end(), [](const Candidate &a, const Candidate &b) { return a.start < b.start; });
    return out;
}

} // namespace

QList<FootnoteMarker> findFootnotes(const QList<Unit> &units)
{
    QList<FootnoteMarker> markers;
    int expected = 1;
    for (const Unit &unit : units) {
        for (const Candidate &c : candidatesIn(unit.en)) {
            if (c.number != expected)
                continue;
            markers.append({unit.seq, c.start, c.length, c.number, c.attachedTo});
            ++expected;
        }
    }
    return markers;
}

} // namespace duizhao
