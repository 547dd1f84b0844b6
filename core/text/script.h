#pragma once

#include <QString>

// Character classes shared by the importer, the search tokenizer and the highlighter, so that
// they agree on what a Han character or a space is.
namespace duizhao::script {

// CJK Unified Ideographs with extensions A–F, compatibility ideographs and 〇.
constexpr bool isHan(char32_t c)
{
    return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0xF900 && c <= 0xFAFF) ||
           (c >= 0x20000 && c <= 0x2FA1F) || c == 0x3007;
}

// Spaces that PDF extraction leaves in text: ASCII, no-break, ideographic, and the other Zs.
constexpr bool isSpace(char32_t c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v' || c == 0x00A0 || c == 0x3000 ||
           c == 0x1680 || (c >= 0x2000 && c <= 0x200B) || c == 0x202F || c == 0x205F || c == 0xFEFF;
}

// Full-width ASCII forms (Ａ, １, （) to their ASCII counterparts; the ideographic space to a space.
constexpr char32_t foldWidth(char32_t c)
{
    if (c >= 0xFF01 && c <= 0xFF5E)
        return c - 0xFF01 + 0x21;
    if (c == 0x3000)
        return ' ';
    return c;
}

// Calls f(codePoint, utf16Index) for every code point of text, joining surrogate pairs.
template<typename F>
void forEachCodePoint(QStringView text, F &&f)
{
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        char32_t c = text[i].unicode();
        const qsizetype at = i;
        if (QChar::isHighSurrogate(c) && i + 1 < n && text[i + 1].isLowSurrogate())
            c = QChar::surrogateToUcs4(char16_t(c), text[++i].unicode());
        f(c, at);
    }
}

// The Han ranges of isHan() as a regular-expression class body. PCRE2's \p{Han} also matches
// punctuation whose script extensions include Han (。、《》), which is not what we mean.
inline QString hanClass()
{
    return QStringLiteral("\\x{3400}-\\x{4DBF}\\x{4E00}-\\x{9FFF}\\x{F900}-\\x{FAFF}\\x{20000}-\\x{2FA1F}\\x{3007}");
}

struct ScriptCounts
{
    int han = 0;
    int latin = 0; // letters of alphabetic scripts
};
ScriptCounts countScripts(QStringView text);

// A block is Chinese when Han characters carry it: one Han character stands for about a word,
// so a few English glosses in a Chinese paragraph, or a bracketed 话语权 in an English one,
// do not flip it.
bool isMostlyChinese(QStringView text);

// Trims every kind of space isSpace() knows, not only what QString::trimmed() does.
QStringView trimmed(QStringView text);

// Collapses runs of spaces to one ASCII space and trims.
QString simplified(QStringView text);

} // namespace duizhao::script
