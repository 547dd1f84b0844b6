#pragma once

#include "align/alignlexicon.h"
#include "align/sourcedocument.h"
#include "import/numbering.h"

#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace duizhao {

// What the aligner compares of one paragraph, read once.
struct ParagraphFeatures
{
    int letters = 0;                    // Latin letters and digits after the numbering
    int han = 0;                        // Han characters after the numbering
    std::optional<Numbering> numbering; // as parseNumbering reads the start, whatever it reads like
    // Chinese only: "(一)" / "（一）" read as an enumeration's item, which English writes "(1)".
    std::optional<Numbering> enumeration;
    // Item numbers of an enumeration that runs on inside the text ("…as follows: (1) …; (2) …"),
    // where a paragraph swallowed the items the other language sets apart. Sorted.
    QList<int> inlineItems;
    bool heading = false; // the source says so, or it is short and ends without a full stop
    bool aside = false;   // a translator's or editor's note ("Translator's note:", "编者按"): no partner expected
    // What a PDF's pages repeat and a reader left in: a page number, or a short running head that
    // recurs (digits aside) three times or more. It pairs with nothing, not even its like.
    bool furniture = false;
    QList<int> tokens; // sorted and unique: ids into AlignmentFeatures::token()
};

// Both documents' paragraphs as the aligner sees them, with one table of the tokens they share:
// numbers, percentages, Latin words and acronyms inside the Chinese, article and chapter
// references, citation years, lexicon terms, and Chinese words a translator kept in the English.
// A token's weight grows with how rare it is, so "2022" in every other paragraph says little and
// "1998" in one paragraph of each says a lot.
class AlignmentFeatures final
{
public:
    enum class TokenKind
    {
        Number,    // "2022", "10000", "3.5", also Chinese numerals with a unit ("三十" is 30)
        Percent,   // "30%", "30 percent", "百分之三十"
        Word,      // a Latin word the Chinese also uses: "WTO", "G20", "Huawei"
        Reference, // "Article 12" / "第十二条", "Chapter 3" / "第三章" inside the text
        Citation,  // the year of an author–year citation
        Term,      // a lexicon entry
        Gloss,     // Chinese words in the English ("[话语权 (voice)]")
        Numbering, // the numbering at the start; only for anchors, the scorer compares it itself
    };
    struct Token
    {
        TokenKind kind = TokenKind::Number;
        QString text;         // as shown in signals: "2022", "WTO", "Article 12"
        int enParagraphs = 0; // how many English paragraphs have it
        int zhParagraphs = 0;
        double weight = 0; // what sharing it is worth, in nats
    };

    AlignmentFeatures(const QList<SourceParagraph> &en, const QList<SourceParagraph> &zh,
                      const AlignLexicon &lexicon = {});

    int count(Lang lang) const { return int(lang == Lang::En ? m_en.size() : m_zh.size()); }
    const ParagraphFeatures &en(int i) const { return m_en[i]; }
    const ParagraphFeatures &zh(int i) const { return m_zh[i]; }
    const Token &token(int id) const { return m_tokens[id]; }
    int tokenCount() const { return int(m_tokens.size()); }

private:
    int tokenId(TokenKind kind, const QString &text);
    void finish();

    QList<ParagraphFeatures> m_en;
    QList<ParagraphFeatures> m_zh;
    QList<Token> m_tokens;
    QHash<QString, int> m_ids;
};

} // namespace duizhao
