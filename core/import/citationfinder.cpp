#include "citationfinder.h"

#include "text/script.h"

#include <QRegularExpression>

namespace duizhao {

namespace {

constexpr auto Options = QRegularExpression::UseUnicodePropertiesOption;

// One Latin name word: "Zhang", "O’Neill", "Lazonick". All-capital words (acronyms such as
// CHIPS or WTO) are not names.
const QString latinWord = QStringLiteral("(?:[A-Z][a-z\\x{00C0}-\\x{024F}'’\\-]+)");
const QString latinAuthor =
    QStringLiteral("%1(?:\\s+%1){0,3}(?:\\s+(?:and|&)\\s+%1(?:\\s+%1){0,2})?(?:\\s+et\\s+al\\.?)?").arg(latinWord);
const QString hanAuthor = QStringLiteral("[%1·]{1,8}(?:等人|等)?").arg(script::hanClass());
const QString year = QStringLiteral("(?:1[5-9]|20)\\d{2}[a-z]?");

const QRegularExpression &parenthesisRe()
{
    static const QRegularExpression re(QStringLiteral("[(\\x{FF08}]([^()\\x{FF08}\\x{FF09}]{1,400})[)\\x{FF09}]"),
                                       Options);
    return re;
}

const QRegularExpression &partRe()
{
    static const QRegularExpression re(
        QStringLiteral("\\A(?<author>%1|%2)\\s*[,\\x{FF0C}]\\s*(?<year>%3)\\z").arg(latinAuthor, hanAuthor, year),
        Options);
    return re;
}

const QRegularExpression &latinNarrativeRe()
{
    static const QRegularExpression re(
        QStringLiteral("(?<![\\p{L}\\p{N}])(?<author>%1)\\s*[(\\x{FF08}]\\s*(?<year>%2)\\s*[)\\x{FF09}]")
            .arg(latinAuthor, year),
        Options);
    return re;
}

const QRegularExpression &hanNarrativeRe()
{
    static const QRegularExpression re(
        QStringLiteral("(?<![%1])(?<author>[%1·]{2,12})\\s*[(\\x{FF08}]\\s*(?<year>%2)\\s*[)\\x{FF09}]")
            .arg(script::hanClass(), year),
        Options);
    return re;
}

// Capitalised words that start sentences or name things, never authors: "In (2019)", "Act (2022)".
bool isStopWord(QStringView word)
{
    static const QStringList words = {
        QStringLiteral("In"),      QStringLiteral("On"),        QStringLiteral("At"),
        QStringLiteral("By"),      QStringLiteral("The"),       QStringLiteral("Since"),
        QStringLiteral("From"),    QStringLiteral("Until"),     QStringLiteral("And"),
        QStringLiteral("Of"),      QStringLiteral("For"),       QStringLiteral("To"),
        QStringLiteral("As"),      QStringLiteral("Act"),       QStringLiteral("Law"),
        QStringLiteral("Report"),  QStringLiteral("Strategy"),  QStringLiteral("Plan"),
        QStringLiteral("Program"), QStringLiteral("Programme"), QStringLiteral("Initiative"),
        QStringLiteral("Summit"),  QStringLiteral("Agreement"), QStringLiteral("Year"),
        QStringLiteral("January"), QStringLiteral("February"),  QStringLiteral("March"),
        QStringLiteral("April"),   QStringLiteral("May"),       QStringLiteral("June"),
        QStringLiteral("July"),    QStringLiteral("August"),    QStringLiteral("September"),
        QStringLiteral("October"), QStringLiteral("November"),  QStringLiteral("December"),
    };
    return words.contains(word.toString());
}

void addPart(QList<FoundCitation> &out, QStringView text, qsizetype partStart, qsizetype partEnd)
{
    QStringView part = text.mid(partStart, partEnd - partStart);
    const QStringView trimmed = script::trimmed(part);
    if (trimmed.isEmpty())
        return;
    const QRegularExpressionMatch m = partRe().match(trimmed);
    if (!m.hasMatch())
        return;
    const qsizetype offset = partStart + (trimmed.data() - part.data());
    FoundCitation c;
    c.start = int(offset);
    c.length = int(trimmed.size());
    c.author = script::simplified(m.capturedView(u"author"));
    c.year = m.captured(u"year");
    out.append(c);
}

// A Chinese narrative citation has no space before the name; when the Han run is longer than a
// name ("研究者周建军(2017)"), the name is its last three characters, the commonest length.
QString hanNarrativeAuthor(QStringView run, qsizetype *skip)
{
    QStringView core = run;
    QStringView suffix;
    if (core.endsWith(u"等人")) {
        suffix = core.right(2);
        core.chop(2);
    } else if (core.endsWith(u"等")) {
        suffix = core.right(1);
        core.chop(1);
    }
    *skip = 0;
    if (core.size() > 4) {
        *skip = core.size() - 3;
        core = core.right(3);
    }
    return core.toString() + suffix.toString();
}

} // namespace

QList<FoundCitation> findCitations(QStringView text)
{
    QList<FoundCitation> found;

    // Parenthetical citations, possibly several per parenthesis separated by ";".
    QList<std::pair<qsizetype, qsizetype>> parentheses;
    for (auto it = parenthesisRe().globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        parentheses.append({m.capturedStart(0), m.capturedEnd(0)});
        const qsizetype innerStart = m.capturedStart(1);
        const qsizetype innerEnd = m.capturedEnd(1);
        qsizetype partStart = innerStart;
        for (qsizetype i = innerStart; i <= innerEnd; ++i) {
            if (i == innerEnd || text[i] == u';' || text[i] == u'；') {
                addPart(found, text, partStart, i);
                partStart = i + 1;
            }
        }
    }
    auto insideParenthesis = [&](qsizetype pos) {
        for (const auto &[begin, end] : parentheses) {
            if (pos > begin && pos < end)
                return true;
        }
        return false;
    };

    // Narrative citations: a name followed by the year in parentheses.
    for (auto it = latinNarrativeRe().globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        if (insideParenthesis(m.capturedStart(0)))
            continue;
        // "Since Zhou Jianjun (2017)": drop the capitalised words that cannot be names.
        QStringView author = m.capturedView(u"author");
        qsizetype start = m.capturedStart(u"author");
        for (qsizetype space = author.indexOf(u' '); space > 0 && isStopWord(author.left(space));
             space = author.indexOf(u' ')) {
            const qsizetype next = script::trimmed(author.mid(space)).data() - author.data();
            start += next;
            author = author.mid(next);
        }
        if (isStopWord(author) || author.startsWith(u"and ") || author.startsWith(u"et "))
            continue;
        FoundCitation c;
        c.start = int(start);
        c.length = int(m.capturedEnd(0) - start);
        c.author = script::simplified(author);
        c.year = m.captured(u"year");
        c.narrative = true;
        found.append(c);
    }
    for (auto it = hanNarrativeRe().globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        if (insideParenthesis(m.capturedStart(0)))
            continue;
        qsizetype skip = 0;
        FoundCitation c;
        c.author = hanNarrativeAuthor(m.capturedView(u"author"), &skip);
        c.start = int(m.capturedStart(0) + skip);
        c.length = int(m.capturedEnd(0) - c.start);
        c.year = m.captured(u"year");
        c.narrative = true;
        found.append(c);
    }

    std::sort(found.begin(), found.end(),
              [](const FoundCitation &a, const FoundCitation &b) { return a.start < b.start; });
    return found;
}

QString authorKey(QStringView author)
{
    QString key = script::simplified(author).toLower();
    for (const QString &tail :
         {QStringLiteral(" et al."), QStringLiteral(" et al"), QStringLiteral("等人"), QStringLiteral("等")}) {
        if (key.endsWith(tail)) {
            key.chop(tail.size());
            break;
        }
    }
    key.replace(QStringLiteral(" & "), QStringLiteral(" and "));
    return key.trimmed();
}

} // namespace duizhao
