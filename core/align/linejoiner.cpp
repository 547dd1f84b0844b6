#include "linejoiner.h"

#include "text/script.h"

namespace duizhao {

namespace {

bool isLatinLetter(char32_t c)
{
    return c < 0x2E80 && QChar::isLetter(c);
}

bool isLowerLatin(char32_t c)
{
    return isLatinLetter(c) && QChar::isLower(c);
}

// Hyphen-minus and the Unicode hyphen; a PDF may give either at a line end.
bool isHyphen(char32_t c)
{
    return c == u'-' || c == 0x2010;
}

char32_t lastCodePoint(QStringView s)
{
    if (s.isEmpty())
        return 0;
    const QChar last = s.back();
    if (last.isLowSurrogate() && s.size() > 1 && s[s.size() - 2].isHighSurrogate())
        return QChar::surrogateToUcs4(s[s.size() - 2], last);
    return last.unicode();
}

char32_t firstCodePoint(QStringView s)
{
    if (s.isEmpty())
        return 0;
    if (s[0].isHighSurrogate() && s.size() > 1 && s[1].isLowSurrogate())
        return QChar::surrogateToUcs4(s[0], s[1]);
    return s[0].unicode();
}

// The Latin letters at the end of `s` (before a final hyphen already cut off) and at the start.
QString trailingLetters(QStringView s)
{
    qsizetype i = s.size();
    while (i > 0 && isLatinLetter(s[i - 1].unicode()))
        --i;
    return s.mid(i).toString();
}

QString leadingLetters(QStringView s)
{
    qsizetype i = 0;
    while (i < s.size() && isLatinLetter(s[i].unicode()))
        ++i;
    return s.left(i).toString();
}

// True when the line ends in a letter followed by a hyphen: the shape of a word split at the end.
bool endsInWordHyphen(QStringView line)
{
    return line.size() >= 2 && isHyphen(line.back().unicode()) && isLatinLetter(line[line.size() - 2].unicode());
}

// Also "in -": a layout that set the hyphen apart from its word, which a dump keeps.
bool endsInSplitHyphen(QStringView line)
{
    return endsInWordHyphen(line) ||
           (line.size() >= 3 && line.endsWith(u" -") && isLatinLetter(line[line.size() - 3].unicode()));
}

} // namespace

bool LineJoiner::isWide(char32_t c)
{
    return script::isHan(c) || (c >= 0x2E80 && c <= 0x2FDF)                // CJK radicals, Kangxi radicals
           || (c >= 0x3000 && c <= 0x30FF)                                 // CJK punctuation, kana
           || (c >= 0xFE10 && c <= 0xFE1F) || (c >= 0xFE30 && c <= 0xFE4F) // vertical and compatibility forms
           || (c >= 0xFF00 && c <= 0xFF60) || (c >= 0xFFE0 && c <= 0xFFE6);
}

bool LineJoiner::spaceAtBreak(char32_t before, char32_t after, Lang lang)
{
    if (lang == Lang::Zh) {
        // Chinese typesetting also treats curly quotes, dashes, ellipses and the middle dot as
        // its own punctuation: a line break next to them is no space either.
        const auto zhPunct = [](char32_t c) {
            return isWide(c) || c == 0x201C || c == 0x201D || c == 0x2018 || c == 0x2019 || c == 0x2014 ||
                   c == 0x2026 || c == 0x00B7;
        };
        // Chinese layout may break a number ("20" + "20年", "2." + "1") where English never would.
        const auto digit = [](char32_t c) { return c >= u'0' && c <= u'9'; };
        const bool inNumber = digit(after) && (digit(before) || before == u'.');
        return !zhPunct(before) && !zhPunct(after) && !inNumber;
    }
    // An English line break is a space, except between two Han characters of a gloss like
    // [话语权] that happens to be broken.
    return !(isWide(before) && isWide(after));
}

LineJoiner::LineJoiner(Lang lang, const QList<QStringList> &paragraphs)
    : m_lang(lang)
{
    // The fragments at a hyphenated line end are not evidence, also where a paragraph was split
    // there by mistake: the lines are learnt as one run, in document order.
    QStringList all;
    for (const QStringList &lines : paragraphs)
        all += lines;
    learn(all);
    // Which way does this document break words? Typesetting hyphenates ("fo-" + "cuses"), a
    // text wrapper breaks only at hyphens already there ("high-" + "quality"). The line ends
    // whose whole form occurs elsewhere say which; the others follow the majority.
    int joined = 0;
    int compound = 0;
    for (const QStringList &lines : paragraphs) {
        for (qsizetype n = 0; n + 1 < lines.size(); ++n) {
            const QStringView line = script::trimmed(lines[n]);
            const QStringView next = script::trimmed(lines[n + 1]);
            if (!endsInWordHyphen(line) || next.isEmpty() || !isLowerLatin(next[0].unicode()))
                continue;
            const QString before = trailingLetters(line.chopped(1)).toLower();
            const QString after = leadingLetters(next).toLower();
            if (m_compounds.contains(before + u'-' + after))
                ++compound;
            else if (m_words.contains(before + after))
                ++joined;
        }
    }
    m_keepByDefault = compound > joined;
}

void LineJoiner::learn(const QStringList &lines)
{
    for (qsizetype n = 0; n < lines.size(); ++n) {
        const QStringView line = script::trimmed(lines[n]);
        // The fragments around a hyphenated line end are what is being decided: they are not
        // evidence.
        const bool skipFirst = n > 0 && endsInSplitHyphen(script::trimmed(lines[n - 1]));
        const bool skipLast = n + 1 < lines.size() && endsInSplitHyphen(line);
        QList<QString> words;  // in order, lower case
        QList<qsizetype> ends; // where each word ends in the line
        QList<qsizetype> starts;
        qsizetype i = 0;
        while (i < line.size()) {
            if (!isLatinLetter(line[i].unicode())) {
                ++i;
                continue;
            }
            const qsizetype start = i;
            while (i < line.size() && isLatinLetter(line[i].unicode()))
                ++i;
            words.append(line.mid(start, i - start).toString().toLower());
            starts.append(start);
            ends.append(i);
        }
        for (qsizetype w = 0; w < words.size(); ++w) {
            if ((w == 0 && skipFirst) || (w == words.size() - 1 && skipLast))
                continue;
            m_words.insert(words[w]);
            const bool joinedToNext =
                w + 1 < words.size() && starts[w + 1] == ends[w] + 1 && isHyphen(line[ends[w]].unicode());
            if (joinedToNext && !(w + 1 == words.size() - 1 && skipLast))
                m_compounds.insert(words[w] + u'-' + words[w + 1]);
        }
    }
}

bool LineJoiner::keepsHyphen(const QString &prefix, const QString &suffix) const
{
    const QString before = prefix.toLower();
    const QString after = suffix.toLower();
    if (m_compounds.contains(before + u'-' + after))
        return true;
    if (m_words.contains(before + after))
        return false;
    // Neither form occurs elsewhere: two real words ("state-owned") were a compound, a word
    // and a syllable ("tech-nology") a hyphenated word, unless the document's other line ends
    // show that it never hyphenates.
    if (m_keepByDefault)
        return true;
    return before.size() > 1 && after.size() > 1 && m_words.contains(before) && m_words.contains(after);
}

QString LineJoiner::join(const QStringList &lines) const
{
    QString out;
    for (const QString &raw : lines) {
        const QStringView line = script::trimmed(raw);
        if (line.isEmpty())
            continue;
        if (out.isEmpty()) {
            out = line.toString();
            continue;
        }
        const char32_t before = lastCodePoint(out);
        const char32_t after = firstCodePoint(line);
        if (before == 0x00AD) { // a soft hyphen marks where a word was split, nothing more
            out.chop(1);
            out += line;
        } else if (out.endsWith(u" -") && isLowerLatin(after) &&
                   m_words.contains((trailingLetters(QStringView(out).chopped(2)) + leadingLetters(line)).toLower())) {
            out.chop(2); // "in -" + "terests": the word is known whole
            out += line;
        } else if (endsInWordHyphen(out)) {
            if (isLowerLatin(after) && !keepsHyphen(trailingLetters(QStringView(out).chopped(1)), leadingLetters(line)))
                out.chop(1);
            out += line; // "U.S.-China", "non-EU", "COVID-19": the hyphen stays, no space
        } else if ((isHyphen(before) || before == 0x2013 || before == 0x2014) && out.size() >= 2 &&
                   !script::isSpace(out[out.size() - 2].unicode())) {
            out += line; // a dash set close to the word before it stays close to the next
        } else if (spaceAtBreak(before, after, m_lang)) {
            out += u' ';
            out += line;
        } else {
            out += line;
        }
    }
    return out;
}

} // namespace duizhao
