#include "paragraphbreaks.h"

#include "align/linejoiner.h"
#include "text/script.h"

#include <QRegularExpression>

namespace duizhao {

int ParagraphBreaks::displayWidth(QStringView text)
{
    int width = 0;
    script::forEachCodePoint(text, [&](char32_t c, qsizetype) {
        if (c == u'\t')
            width += 4;
        else if (LineJoiner::isWide(c))
            width += 2;
        else if (QChar::category(c) != QChar::Mark_NonSpacing)
            width += 1;
    });
    return width;
}

int ParagraphBreaks::indentWidth(QStringView line)
{
    qsizetype i = 0;
    while (i < line.size() && script::isSpace(line[i].unicode()))
        ++i;
    return displayWidth(line.left(i));
}

int ParagraphBreaks::firstWordWidth(QStringView previous, QStringView next, Lang lang)
{
    const QStringView before = script::trimmed(previous);
    const QStringView after = script::trimmed(next);
    if (before.isEmpty() || after.isEmpty())
        return 0;
    if (LineJoiner::isWide(after[0].unicode()))
        return 2;
    qsizetype end = 0;
    while (end < after.size() && !script::isSpace(after[end].unicode()) && !LineJoiner::isWide(after[end].unicode()))
        ++end;
    const int space = LineJoiner::spaceAtBreak(before.back().unicode(), after[0].unicode(), lang) ? 1 : 0;
    return space + displayWidth(after.left(end));
}

bool ParagraphBreaks::endsSentence(QStringView line)
{
    QStringView text = script::trimmed(line);
    // Closing quotes and brackets after the stop: ".”", "。）".
    while (!text.isEmpty() && QStringView(u"”’\"')）]】」』》").contains(text.back()))
        text.chop(1);
    return !text.isEmpty() && QStringView(u".?!:;。？！：；…").contains(text.back());
}

bool ParagraphBreaks::startsNumbered(QStringView line)
{
    static const QRegularExpression numbered(
        QStringLiteral("^(?:"
                       "[(（]?[0-9０-９]{1,3}[)）.、．](?![0-9０-９])" // 1. (1) 1、, not 2.1
                       "|[(（](?:[一二三四五六七八九十百零〇]{1,4}|[ivxlcIVXLC]{1,6}|[a-zA-Z])[)）]" // （一） (iv) (a)
                       "|[一二三四五六七八九十百]{1,4}、"                                            // 一、
                       "|第[一二三四五六七八九十百千零〇0-9]{1,7}[条章节编部款项]"                   // 第十二条
                       "|[①-⑳]"                                                                      // ①
                       "|其[一二三四五六七八九十][,，、]"                                            // 其一，
                       "|(?:Article|Chapter|Section|Part)\\s+[0-9IVXLC]+"                            // Article 3
                       "|[•●▪◆■*–-]\\s"                                                              // bullets
                       ")"));
    return numbered.match(script::trimmed(line)).hasMatch();
}

} // namespace duizhao
