#pragma once

#include "model/paper.h"

#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace duizhao {

// Joins the lines of one paragraph back into running text, the way its language wants: a line
// break inside Chinese is no space, inside English one space, and an English word hyphenated
// across a line break is whole again. Whether "high-" + "tech" was "high-tech" or "tech-" +
// "nology" was "technology" is decided by the document's own words: a form it uses elsewhere,
// away from a line end, wins.
class LineJoiner final
{
public:
    // Learns the words of the whole document: every paragraph, as the list of its lines.
    LineJoiner(Lang lang, const QList<QStringList> &paragraphs);

    QString join(const QStringList &lines) const;

    // Whether a line break (or a break in an HTML source) between these two characters reads as
    // a space in a document of this language.
    static bool spaceAtBreak(char32_t before, char32_t after, Lang lang);
    // Characters of East Asian text: Han, kana, CJK punctuation and full-width forms.
    static bool isWide(char32_t c);

private:
    void learn(const QStringList &lines);
    bool keepsHyphen(const QString &prefix, const QString &suffix) const;

    Lang m_lang;
    QSet<QString> m_words;     // lower case, seen whole somewhere not at a hyphenated line end
    QSet<QString> m_compounds; // "high-tech": two words joined by a hyphen inside a line
    bool m_keepByDefault = false;
};

} // namespace duizhao
