#pragma once

#include "searchquery.h"

#include <QList>
#include <QString>

namespace duizhao {

struct TextRange
{
    int start = 0; // UTF-16 index
    int length = 0;
    int end() const { return start + length; }
    friend bool operator==(const TextRange &, const TextRange &) = default;
};

struct Snippet
{
    QString text;           // a window of the text, "…" where it was cut
    QList<TextRange> marks; // the hits inside text
    QString marked(QStringView open = u"«", QStringView close = u"»") const;
};

// Where the query's terms occur in a text, with the same tokenizer the index uses, so a hit the
// index reports is always marked and nothing the index would not find is. Sorted, merged.
class Highlighter final
{
public:
    explicit Highlighter(const SearchQuery &query);

    QList<TextRange> matches(QStringView text) const;

    // About `context` characters of text around the first hit, cut at spaces where there are any.
    static Snippet snippet(QStringView text, const QList<TextRange> &matches, int context = 60);

private:
    struct Phrase
    {
        QList<QByteArray> tokens;
        bool prefix = false;
    };
    QList<Phrase> m_phrases;
};

} // namespace duizhao
