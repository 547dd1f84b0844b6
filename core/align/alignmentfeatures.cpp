#include "alignmentfeatures.h"

#include "framework/termmatcher.h"
#include "import/citationfinder.h"
#include "text/script.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace duizhao {

namespace {

using Kind = AlignmentFeatures::TokenKind;

bool isAsciiLetter(char32_t c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

bool isAsciiDigit(char32_t c)
{
    return c >= '0' && c <= '9';
}

int chineseDigit(char32_t c)
{
    switch (c) {
    case U'〇':
    case U'零':
        return 0;
    case U'一':
        return 1;
    case U'二':
    case U'两':
        return 2;
    case U'三':
        return 3;
    case U'四':
        return 4;
    case U'五':
        return 5;
    case U'六':
        return 6;
    case U'七':
        return 7;
    case U'八':
        return 8;
    case U'九':
        return 9;
    default:
        return -1;
    }
}

qint64 chineseUnit(char32_t c)
{
    switch (c) {
    case U'十':
        return 10;
    case U'百':
        return 100;
    case U'千':
        return 1000;
    case U'万':
        return 10000;
    case U'亿':
        return 100000000;
    default:
        return 0;
    }
}

// A run of Chinese numeral characters as a number: "三十" 30, "一百零五" 105, "十九" 19,
// "二〇二二" 2022. Runs without both a digit and a unit ("十分", "百姓", "一些") or a four-digit
// year are not numbers here: they are far more often words.
qint64 chineseNumber(QStringView run)
{
    bool unit = false;
    bool digit = false;
    for (QChar ch : run) {
        unit = unit || chineseUnit(ch.unicode()) > 0;
        digit = digit || chineseDigit(ch.unicode()) >= 0;
    }
    if (!digit)
        return -1;
    if (!unit) {
        if (run.size() != 4)
            return -1;
        qint64 value = 0;
        for (QChar ch : run)
            value = value * 10 + chineseDigit(ch.unicode());
        return value >= 1900 && value <= 2099 ? value : -1;
    }
    qint64 total = 0;
    qint64 section = 0;
    qint64 number = 0;
    for (QChar ch : run) {
        const int d = chineseDigit(ch.unicode());
        const qint64 u = chineseUnit(ch.unicode());
        if (d >= 0) {
            number = d;
        } else if (u >= 10000) {
            total = (total + section + number) * u;
            section = 0;
            number = 0;
        } else {
            section += (number == 0 ? 1 : number) * u;
            number = 0;
        }
    }
    return total + section + number;
}

// Words are compared case-insensitively, except acronym-like ones ("IT" is not "it").
QString wordKey(QStringView word)
{
    return TermMatcher::isAcronymLike(word) ? word.toString() : word.toString().toLower();
}

bool isYear(QStringView digits)
{
    if (digits.size() != 4)
        return false;
    const int value = digits.toInt();
    return value >= 1900 && value <= 2099;
}

// One paragraph's raw tokens before they get ids.
struct RawToken
{
    Kind kind;
    QString text;
};

// A number as written, thousands separators dropped: "10,000" and "10000" are one token.
QString numberKey(QStringView run)
{
    QString out;
    for (QChar ch : run) {
        if (ch != u',')
            out += ch;
    }
    while (out.size() > 1 && out.front() == u'0' && out[1] != u'.')
        out.remove(0, 1);
    return out;
}

// Scans text with full-width forms folded: Latin runs (letters, digits, inner "." "," "&"),
// numbers with what follows them, and, in Chinese, numeral runs.
void scan(QStringView original, Lang lang, QList<RawToken> &tokens, QStringList &words, QStringList &glosses)
{
    QString text;
    text.reserve(original.size());
    for (QChar ch : original)
        text += QChar(char16_t(script::foldWidth(ch.unicode())));
    const qsizetype n = text.size();
    qsizetype i = 0;
    while (i < n) {
        const char32_t c = text[i].unicode();
        if (isAsciiLetter(c) || isAsciiDigit(c)) {
            qsizetype end = i;
            bool letters = false;
            bool digits = false;
            while (end < n) {
                const char32_t d = text[end].unicode();
                if (isAsciiLetter(d)) {
                    letters = true;
                } else if (isAsciiDigit(d)) {
                    digits = true;
                } else if ((d == '.' || d == ',') && end + 1 < n && end > i && isAsciiDigit(text[end - 1].unicode()) &&
                           isAsciiDigit(text[end + 1].unicode())) {
                    // "3.5", "10,000"; a comma only before exactly three digits.
                    if (d == ',' && (end + 4 > n ||
                                     !std::all_of(text.begin() + end + 1, text.begin() + end + 4,
                                                  [](QChar x) { return x.isDigit(); }) ||
                                     (end + 4 < n && text[end + 4].isDigit())))
                        break;
                } else if (d == '&' && end > i && end + 1 < n && isAsciiLetter(text[end + 1].unicode())) {
                    // "R&D"
                } else {
                    break;
                }
                ++end;
            }
            const QStringView run = QStringView(text).mid(i, end - i);
            if (!letters) {
                const QString key = numberKey(run);
                tokens.append({Kind::Number, key});
                // A footnote number glued to a year: "August 20224" is 2022, note 4.
                if (lang == Lang::En && (run.size() == 5 || run.size() == 6) && isYear(run.left(4)))
                    tokens.append({Kind::Number, run.left(4).toString()});
                qsizetype after = end;
                while (after < n && text[after] == u' ')
                    ++after;
                if ((after < n && text[after] == u'%') ||
                    QStringView(text).mid(after).startsWith(u"percent", Qt::CaseInsensitive) ||
                    QStringView(text).mid(after).startsWith(u"per cent", Qt::CaseInsensitive))
                    tokens.append({Kind::Percent, key});
            } else if (digits && !isAsciiLetter(run.front().unicode())) {
                // "19th", "1990s": the number is what both languages share.
                qsizetype k = 0;
                while (k < run.size() && isAsciiDigit(run[k].unicode()))
                    ++k;
                tokens.append({Kind::Number, numberKey(run.left(k))});
            } else if (run.size() >= 2) {
                words.append(wordKey(run));
            }
            i = end;
            continue;
        }
        if (script::isHan(c)) {
            qsizetype end = i;
            while (end < n && script::isHan(text[end].unicode()))
                ++end;
            const QStringView run = QStringView(text).mid(i, end - i);
            if (lang == Lang::En) {
                if (run.size() >= 2)
                    glosses.append(run.toString());
            } else {
                // Numeral runs inside the Han run: "三十日内", "十九届".
                qsizetype k = 0;
                while (k < run.size()) {
                    if (chineseDigit(run[k].unicode()) < 0 && chineseUnit(run[k].unicode()) == 0) {
                        ++k;
                        continue;
                    }
                    qsizetype e = k;
                    while (e < run.size() && (chineseDigit(run[e].unicode()) >= 0 || chineseUnit(run[e].unicode()) > 0))
                        ++e;
                    const qint64 value = chineseNumber(run.mid(k, e - k));
                    if (value >= 10) {
                        tokens.append({Kind::Number, QString::number(value)});
                        if (k >= 3 && run.mid(k - 3, 3) == u"百分之")
                            tokens.append({Kind::Percent, QString::number(value)});
                    }
                    k = e;
                }
                // "百分之30"
                if (run.endsWith(u"百分之") && end < n && isAsciiDigit(text[end].unicode())) {
                    qsizetype e = end;
                    while (e < n && (isAsciiDigit(text[e].unicode()) || text[e] == u'.'))
                        ++e;
                    tokens.append({Kind::Percent, numberKey(QStringView(text).mid(end, e - end))});
                }
            }
            i = end;
            continue;
        }
        ++i;
    }
}

const QRegularExpression &englishReferenceRe()
{
    static const QRegularExpression re(
        QStringLiteral("\\b(?<kind>Articles?|Chapter)\\s+(?<n>\\d{1,3}|[IVXLC]{1,7})\\b"),
        QRegularExpression::UseUnicodePropertiesOption);
    return re;
}

const QRegularExpression &chineseReferenceRe()
{
    static const QRegularExpression re(QStringLiteral("第(?<n>[零〇一二三四五六七八九十百两]+|\\d{1,3})(?<kind>条|章)"),
                                       QRegularExpression::UseUnicodePropertiesOption);
    return re;
}

int referenceValue(QStringView n)
{
    bool ok = false;
    const int value = n.toInt(&ok);
    if (ok)
        return value;
    const int roman = romanNumeralValue(n);
    return roman > 0 ? roman : chineseNumeralValue(n);
}

void findReferences(QStringView text, Lang lang, QList<RawToken> &tokens)
{
    const QRegularExpression &re = lang == Lang::En ? englishReferenceRe() : chineseReferenceRe();
    for (auto it = re.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const int value = referenceValue(m.capturedView(u"n"));
        if (value <= 0)
            continue;
        const QStringView kind = m.capturedView(u"kind");
        const bool chapter = kind == u"Chapter" || kind == u"章";
        tokens.append(
            {Kind::Reference, (chapter ? QStringLiteral("Chapter %1") : QStringLiteral("Article %1")).arg(value)});
    }
}

bool endsLikeSentence(QStringView text)
{
    static const QString ends = QStringLiteral(".。;；:：,，!！?？…");
    if (text.isEmpty())
        return false;
    QChar last = text.back();
    // A closing quote or bracket after the full stop: look at what it closes.
    if ((last == u'”' || last == u'"' || last == u'’' || last == u')' || last == u'）' || last == u'」') &&
        text.size() >= 2)
        last = text[text.size() - 2];
    return ends.contains(last);
}

// Translations add notes of their own, and originals carry editors' notes a translation may drop:
// paragraphs that say so at their start rarely have a partner.
bool startsAside(QStringView text, Lang lang)
{
    static const QRegularExpression english(
        QStringLiteral("\\A[\\s\\[(]*(?:translator['’]?s?['’]?|editor['’]?s?['’]?|translation)\\s+note\\b|"
                       "\\A[\\s\\[(]*note\\s+(?:from|by)\\s+the\\s+(?:translator|editor)s?\\b"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    static const QRegularExpression chinese(
        QStringLiteral("\\A[\\s【\\[(（]*(?:译者[注按]|编者[注按]|编辑[注按]|译注)"),
        QRegularExpression::UseUnicodePropertiesOption);
    return (lang == Lang::En ? english : chinese).match(text).hasMatch();
}

bool isPageNumber(QStringView text)
{
    static const QRegularExpression re(
        QStringLiteral("\\A[\\s\\-—–·|/]*(?:(?:第\\s*)?\\d{1,4}(?:\\s*页)?|(?:page|p\\.)\\s*\\d{1,4})"
                       "(?:\\s*(?:/|of)\\s*\\d{1,4})?[\\s\\-—–·|/]*\\z"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    return re.match(text).hasMatch();
}

// A short paragraph with its digits masked, to find running heads that differ by page number.
QString runningHeadKey(QStringView text)
{
    static const QRegularExpression digits(QStringLiteral("\\d+"));
    QString key = script::simplified(text);
    key.replace(digits, QStringLiteral("#"));
    return key;
}

constexpr qsizetype RunningHeadLength = 50;

// "(1)" / "（一）" right after a colon or semicolon inside a paragraph: an item that runs on.
QList<int> inlineItemsOf(QStringView text, Lang lang)
{
    static const QRegularExpression english(QStringLiteral("[:;]\\s{0,3}\\((?<n>\\d{1,2})\\)"));
    static const QRegularExpression chinese(
        QStringLiteral("[:;：；]\\s{0,3}[(（](?<n>[一二三四五六七八九十]{1,3}|\\d{1,2})[)）]"),
        QRegularExpression::UseUnicodePropertiesOption);
    QList<int> items;
    for (auto it = (lang == Lang::En ? english : chinese).globalMatch(text); it.hasNext();) {
        const QStringView n = it.next().capturedView(u"n");
        bool ok = false;
        int value = n.toInt(&ok);
        if (!ok)
            value = chineseNumeralValue(n);
        if (value > 0)
            items.append(value);
    }
    std::sort(items.begin(), items.end());
    items.erase(std::unique(items.begin(), items.end()), items.end());
    return items;
}

} // namespace

AlignmentFeatures::AlignmentFeatures(const QList<SourceParagraph> &en, const QList<SourceParagraph> &zh,
                                     const AlignLexicon &lexicon)
{
    QList<QStringList> enWords(en.size());
    QList<QStringList> enGlosses(en.size());
    QSet<QString> zhWords;
    QList<QList<RawToken>> raw[2] = {QList<QList<RawToken>>(en.size()), QList<QList<RawToken>>(zh.size())};

    for (Lang lang : {Lang::En, Lang::Zh}) {
        const QList<SourceParagraph> &paragraphs = lang == Lang::En ? en : zh;
        QList<ParagraphFeatures> &out = lang == Lang::En ? m_en : m_zh;
        out.resize(paragraphs.size());
        QHash<QString, int> shortTexts;
        for (const SourceParagraph &paragraph : paragraphs) {
            if (paragraph.text.size() <= RunningHeadLength)
                ++shortTexts[runningHeadKey(paragraph.text)];
        }
        for (qsizetype i = 0; i < paragraphs.size(); ++i) {
            const QString &text = paragraphs[i].text;
            ParagraphFeatures &f = out[i];
            f.numbering = parseNumbering(text, lang);
            if (lang == Lang::Zh)
                f.enumeration = chineseEnumeration(text);
            f.inlineItems = inlineItemsOf(text, lang);
            const QStringView rest = script::trimmed(QStringView(text).mid(f.numbering ? f.numbering->length : 0));
            const script::ScriptCounts counts = script::countScripts(rest);
            f.han = counts.han;
            f.letters = 0;
            for (QChar ch : rest) {
                const char32_t c = script::foldWidth(ch.unicode());
                if (isAsciiLetter(c) || isAsciiDigit(c) || (c < 0x3000 && QChar::isLetter(c)))
                    ++f.letters;
            }
            const qsizetype shortText = lang == Lang::En ? 160 : 60;
            f.heading = paragraphs[i].heading || (rest.size() <= shortText && !endsLikeSentence(rest));
            f.aside = startsAside(text, lang);
            f.furniture = isPageNumber(text) || (!f.numbering && text.size() <= RunningHeadLength &&
                                                 shortTexts.value(runningHeadKey(text)) >= 3);

            QList<RawToken> &tokens = raw[lang == Lang::En ? 0 : 1][i];
            QStringList words;
            QStringList glosses;
            scan(rest, lang, tokens, words, glosses);
            findReferences(rest, lang, tokens);
            for (const FoundCitation &citation : findCitations(text))
                tokens.append({Kind::Citation, QStringLiteral("cited %1").arg(citation.year)});
            if (f.numbering) {
                const Numbering &number = f.enumeration ? *f.enumeration : *f.numbering;
                tokens.append({Kind::Numbering, nodeKindCode(number.kind) + u' ' + QString::number(number.value)});
            }
            if (lang == Lang::En) {
                enWords[i] = words;
                enGlosses[i] = glosses;
            } else {
                for (const QString &word : std::as_const(words)) {
                    zhWords.insert(word);
                    tokens.append({Kind::Word, word});
                }
            }
        }
    }
    // English words count only where the Chinese uses them too, so the table stays small.
    for (qsizetype i = 0; i < en.size(); ++i) {
        for (const QString &word : std::as_const(enWords[i])) {
            if (zhWords.contains(word))
                raw[0][i].append({Kind::Word, word});
        }
    }
    // Chinese words the translator kept in the English: which Chinese paragraphs have them.
    QSet<QString> glosses;
    for (qsizetype i = 0; i < en.size(); ++i) {
        for (const QString &gloss : std::as_const(enGlosses[i])) {
            glosses.insert(gloss);
            raw[0][i].append({Kind::Gloss, gloss});
        }
    }
    if (!glosses.isEmpty()) {
        for (qsizetype i = 0; i < zh.size(); ++i) {
            for (const QString &gloss : std::as_const(glosses)) {
                if (zh[i].text.contains(gloss))
                    raw[1][i].append({Kind::Gloss, gloss});
            }
        }
    }
    if (!lexicon.isEmpty()) {
        TermMatcher matchers[2];
        for (qsizetype e = 0; e < lexicon.entries().size(); ++e) {
            for (const QString &form : lexicon.entries()[e].en)
                matchers[0].add(int(e), form);
            for (const QString &form : lexicon.entries()[e].zh)
                matchers[1].add(int(e), form);
        }
        for (int side = 0; side < 2; ++side) {
            const QList<SourceParagraph> &paragraphs = side == 0 ? en : zh;
            for (qsizetype i = 0; i < paragraphs.size(); ++i) {
                for (const TermMatch &match : matchers[side].find(paragraphs[i].text)) {
                    const AlignLexicon::Entry &entry = lexicon.entries()[match.owner];
                    raw[side][i].append({Kind::Term, entry.en.front() + QStringLiteral(" / ") + entry.zh.front()});
                }
            }
        }
    }

    for (int side = 0; side < 2; ++side) {
        QList<ParagraphFeatures> &out = side == 0 ? m_en : m_zh;
        for (qsizetype i = 0; i < out.size(); ++i) {
            QList<int> &ids = out[i].tokens;
            for (const RawToken &token : std::as_const(raw[side][i]))
                ids.append(tokenId(token.kind, token.text));
            std::sort(ids.begin(), ids.end());
            ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
            for (int id : std::as_const(ids))
                ++(side == 0 ? m_tokens[id].enParagraphs : m_tokens[id].zhParagraphs);
        }
    }
    finish();
}

int AlignmentFeatures::tokenId(TokenKind kind, const QString &text)
{
    const QString key = QString::number(int(kind)) + u'|' + text;
    const auto it = m_ids.constFind(key);
    if (it != m_ids.constEnd())
        return *it;
    const int id = int(m_tokens.size());
    m_tokens.append({kind, text, 0, 0, 0});
    m_ids.insert(key, id);
    return id;
}

void AlignmentFeatures::finish()
{
    const double paragraphs = double(std::max(m_en.size(), m_zh.size()));
    for (Token &token : m_tokens) {
        double base = 0;
        switch (token.kind) {
        case TokenKind::Number:
            // Small numbers ("2", "10") recur everywhere; years and long figures say more.
            base = token.text.size() >= 3 ? 1.0 : 0.5;
            break;
        case TokenKind::Percent:
        case TokenKind::Reference:
            base = 1.2;
            break;
        case TokenKind::Word:
            base = TermMatcher::isAcronymLike(token.text) ? 1.2 : 1.0;
            break;
        case TokenKind::Citation:
            base = 0.6;
            break;
        case TokenKind::Term:
            base = 0.5;
            break;
        case TokenKind::Gloss:
            base = 1.0;
            break;
        case TokenKind::Numbering:
            base = 0; // the scorer compares numbering itself
            break;
        }
        const int spread = std::max(token.enParagraphs, token.zhParagraphs);
        const double rarity = std::min(3.0, std::log(1.0 + paragraphs / std::max(1, spread)));
        token.weight = base * rarity;
    }
}

} // namespace duizhao
