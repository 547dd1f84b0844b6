#pragma once

#include "model/paper.h"

#include <QStringView>

namespace duizhao {

// The clues a line gives about where a paragraph ends, shared by the text and the PDF readers:
// how wide a line is in a fixed-width layout, whether it ends a sentence, whether the next one
// starts with a number or a list mark.
class ParagraphBreaks final
{
public:
    // Columns of a fixed-width layout: East Asian characters take two, a tab four.
    static int displayWidth(QStringView text);
    static int indentWidth(QStringView line);
    // The columns the first word of `next` would need at the end of `previous`, with the space
    // before it when the language puts one there. A Chinese line's first word is one character.
    static int firstWordWidth(QStringView previous, QStringView next, Lang lang);
    // Ends with a full stop, question or exclamation mark, colon or semicolon, in either script,
    // possibly followed by a closing quote or bracket.
    static bool endsSentence(QStringView line);
    // Starts with a numbering ("(1)", "（一）", "1.", "一、", "第一条", "Article 3") or a bullet.
    static bool startsNumbered(QStringView line);
};

} // namespace duizhao
