#include "searchquery.h"

#include "text/script.h"

namespace duizhao {

namespace {

bool isQuote(QChar ch)
{
    return ch == u'"' || ch == u'“' || ch == u'”' || ch == u'「' || ch == u'」' || ch == u'＂';
}

// Keeps what the tokenizer indexes (letters, digits, Han); everything else separates words.
QString sanitize(QStringView raw)
{
    QString out;
    out.reserve(raw.size());
    script::forEachCodePoint(raw, [&](char32_t raw, qsizetype) {
        const char32_t cp = script::foldWidth(raw);
        if (script::isHan(cp) || QChar::isLetterOrNumber(cp)) {
            if (QChar::requiresSurrogates(cp)) {
                out += QChar(QChar::highSurrogate(cp));
                out += QChar(QChar::lowSurrogate(cp));
            } else {
                out += QChar(char16_t(cp));
            }
        } else {
            out += u' ';
        }
    });
    return out.simplified();
}

struct RawTerm
{
    QString text;
    bool quoted = false;
};

QList<RawTerm> split(QStringView input)
{
    QList<RawTerm> terms;
    qsizetype i = 0;
    const qsizetype n = input.size();
    while (i < n) {
        while (i < n && script::isSpace(input[i].unicode()))
            ++i;
        if (i >= n)
            break;
        if (isQuote(input[i])) {
            qsizetype j = i + 1;
            while (j < n && !isQuote(input[j]))
                ++j;
            RawTerm term{input.mid(i + 1, j - i - 1).toString(), true};
            i = j < n ? j + 1 : n;
            // "phrase"* is a prefix phrase.
            while (i < n && input[i] == u'*') {
                term.text += u'*';
                ++i;
            }
            terms.append(term);
            continue;
        }
        qsizetype j = i;
        while (j < n && !script::isSpace(input[j].unicode()) && !isQuote(input[j]))
            ++j;
        terms.append({input.mid(i, j - i).toString(), false});
        i = j;
    }
    return terms;
}

QString quoted(const SearchTerm &term)
{
    QString escaped = term.text;
    escaped.replace(u'"', QStringLiteral("\"\""));
    return u'"' + escaped + u'"' + (term.prefix ? QStringLiteral(" *") : QString());
}

} // namespace

SearchQuery SearchQuery::parse(QStringView userText)
{
    SearchQuery query;
    bool negateNext = false;
    bool orNext = false;
    for (RawTerm raw : split(userText)) {
        if (!raw.quoted) {
            if (raw.text == u"OR") {
                orNext = !query.m_required.isEmpty();
                continue;
            }
            if (raw.text == u"AND")
                continue;
            if (raw.text == u"NOT") {
                negateNext = true;
                continue;
            }
        }
        bool negated = negateNext;
        negateNext = false;
        if (!raw.quoted && raw.text.size() > 1 && raw.text.startsWith(u'-')) {
            negated = true;
            raw.text.remove(0, 1);
        }
        SearchTerm term;
        while (raw.text.endsWith(u'*')) {
            term.prefix = true;
            raw.text.chop(1);
        }
        term.text = sanitize(raw.text).toLower();
        if (term.text.isEmpty()) {
            orNext = false;
            continue;
        }
        if (negated) {
            query.m_excluded.append(term);
        } else if (orNext) {
            query.m_required.back().append(term);
        } else {
            query.m_required.append({term});
        }
        orNext = false;
    }
    // Excluding without including finds nothing useful; FTS5 cannot express it anyway.
    if (query.m_required.isEmpty())
        query.m_excluded.clear();
    return query;
}

QString SearchQuery::toMatchExpression() const
{
    QStringList groups;
    for (const QList<SearchTerm> &group : m_required) {
        QStringList alternatives;
        for (const SearchTerm &term : group)
            alternatives.append(quoted(term));
        groups.append(alternatives.size() == 1 ? alternatives.front()
                                               : u'(' + alternatives.join(QStringLiteral(" OR ")) + u')');
    }
    QString expression = groups.join(QStringLiteral(" AND "));
    if (!m_excluded.isEmpty()) {
        expression = u'(' + expression + u')';
        for (const SearchTerm &term : m_excluded)
            expression += QStringLiteral(" NOT ") + quoted(term);
    }
    return expression;
}

QList<SearchTerm> SearchQuery::positiveTerms() const
{
    QList<SearchTerm> terms;
    for (const QList<SearchTerm> &group : m_required)
        terms += group;
    return terms;
}

QList<SearchTerm> SearchQuery::phrases() const
{
    return positiveTerms() + m_excluded;
}

QString SearchQuery::matchExpression(const SearchTerm &term)
{
    return quoted(term);
}

} // namespace duizhao
