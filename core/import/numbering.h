#pragma once

#include "model/paper.h"

#include <optional>

namespace duizhao {

// The numbering at the start of a block, as policy papers write it in either language:
// parts "I." / "一、" / "Part I" / "第一部分", chapters "Chapter I" / "第一章", sections "(i)" /
// "(一)" / "（一）" / "Section 1" / "第一节", subsections "1." / "1.", points "(1)" / "其一," / "①",
// articles "Article 1" / "第一条".
struct Numbering
{
    NodeKind kind = NodeKind::Part;
    int value = 0;  // 1-based
    QString text;   // the numbering as written, trimmed: "(i)", "其一,"
    int length = 0; // UTF-16 length of the prefix the numbering takes, spaces after it included
};

std::optional<Numbering> parseNumbering(QStringView block, Lang lang);

// An enumeration's items are numbered "(1)" in English and "(一)" or "（一）" in Chinese, which
// parseNumbering reads as a section. When the Chinese starts with a bracketed Chinese numeral,
// this reads it as the item number (kind Point) instead; nothing otherwise.
std::optional<Numbering> chineseEnumeration(QStringView block);

// Heading kinds only count when the rest of the block reads like a heading (short, not a
// sentence): "1. Main Features of…" is a heading, "1. The U.S. has…" a numbered paragraph.
bool readsLikeHeading(QStringView rest, Lang lang);

// The first sentence of a paragraph, for labelling numbered points in the tree.
QString firstSentence(QStringView text, Lang lang, int maxLength = 160);

// 一 … 九十九, 百, with 零/〇/两; -1 when the text is not a Chinese numeral.
int chineseNumeralValue(QStringView text);
// I … MMMCMXCIX, either case; -1 when invalid.
int romanNumeralValue(QStringView text);

} // namespace duizhao
