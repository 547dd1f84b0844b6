#pragma once

#include <QList>
#include <QString>

namespace duizhao {

// What a user typed into a search field, read as data and never as SQL or FTS5 syntax.
// Understood: words (all must occur), "quoted phrases", word* (prefix), -word or NOT word
// (exclude), a OR b (either). Everything else — brackets, lone punctuation, unbalanced quotes,
// a lone * or - — is read as a separator, so every input is a valid query.
struct SearchTerm
{
    QString text; // a phrase of one or more words, as the tokenizer will see them
    bool prefix = false;
};

class SearchQuery final
{
public:
    static SearchQuery parse(QStringView userText);

    bool isEmpty() const { return m_required.isEmpty(); }
    // The FTS5 MATCH expression; every term is a quoted string, so nothing the user typed is syntax.
    QString toMatchExpression() const;
    // The terms a hit is marked with (excluded terms are not marked).
    QList<SearchTerm> positiveTerms() const;
    // Every term in the order FTS5 numbers the phrases of toMatchExpression(): the required ones,
    // then the excluded ones.
    QList<SearchTerm> phrases() const;
    // The MATCH expression of one term alone.
    static QString matchExpression(const SearchTerm &term);

    const QList<QList<SearchTerm>> &required() const { return m_required; } // AND of ORs
    const QList<SearchTerm> &excluded() const { return m_excluded; }

private:
    QList<QList<SearchTerm>> m_required;
    QList<SearchTerm> m_excluded;
};

} // namespace duizhao
