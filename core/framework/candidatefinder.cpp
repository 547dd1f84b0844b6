#include "candidatefinder.h"

#include "framework/termmatcher.h"
#include "import/numbering.h"
#include "text/script.h"

#include <QHash>
#include <QRegularExpression>

namespace duizhao {

namespace {

struct Found
{
    QString nameEn;
    QString nameZh;
    QString acronym;
    QString kind;
    QString source;
    QList<UnitSpan> spans;
    qsizetype at = 0; // position in its text, for pairing in order
};

// Words that make a capitalised name a policy instrument, with the kind they suggest.
const QList<std::pair<QString, QString>> &englishKeywords()
{
    static const QList<std::pair<QString, QString>> keywords = {
        {QStringLiteral("Act"), QStringLiteral("law")},
        {QStringLiteral("Law"), QStringLiteral("law")},
        {QStringLiteral("Regulation"), QStringLiteral("law")},
        {QStringLiteral("Regulations"), QStringLiteral("law")},
        {QStringLiteral("Rule"), QStringLiteral("law")},
        {QStringLiteral("Rules"), QStringLiteral("law")},
        {QStringLiteral("Bill"), QStringLiteral("bill")},
        {QStringLiteral("Strategy"), QStringLiteral("executive-strategy")},
        {QStringLiteral("Plan"), QStringLiteral("executive-strategy")},
        {QStringLiteral("List"), QStringLiteral("control-list")},
        {QStringLiteral("Report"), QStringLiteral("report")},
        {QStringLiteral("Program"), QStringLiteral("subsidy-program")},
        {QStringLiteral("Programme"), QStringLiteral("subsidy-program")},
        {QStringLiteral("Initiative"), QStringLiteral("policy-initiative")},
        {QStringLiteral("Path"), QStringLiteral("policy-initiative")},
        {QStringLiteral("Order"), QStringLiteral("agency-action")},
        {QStringLiteral("Orders"), QStringLiteral("agency-action")},
        {QStringLiteral("Agreement"), QStringLiteral("agreement")},
        {QStringLiteral("Treaty"), QStringLiteral("agreement")},
        {QStringLiteral("Statement"), QStringLiteral("statement")},
        {QStringLiteral("Partnership"), QStringLiteral("partnership")},
        {QStringLiteral("Dialogue"), QStringLiteral("dialogue-mechanism")},
        {QStringLiteral("Alliance"), QStringLiteral("alliance")},
        // A council ("The State Council", "National Security Council") is a body that acts, not a
        // partnership between parties.
        {QStringLiteral("Council"), QStringLiteral("agency")},
    };
    return keywords;
}

// For expansions of acronyms that name a body rather than an instrument.
const QList<std::pair<QString, QString>> &bodyKeywords()
{
    static const QList<std::pair<QString, QString>> keywords = {
        {QStringLiteral("Bureau"), QStringLiteral("agency")},
        {QStringLiteral("Commission"), QStringLiteral("agency")},
        {QStringLiteral("Committee"), QStringLiteral("agency")},
        {QStringLiteral("Agency"), QStringLiteral("agency")},
        {QStringLiteral("Department"), QStringLiteral("agency")},
        {QStringLiteral("Administration"), QStringLiteral("agency")},
        {QStringLiteral("Protection"), QStringLiteral("agency")},
        {QStringLiteral("Office"), QStringLiteral("agency")},
        {QStringLiteral("Organization"), QStringLiteral("organization")},
        {QStringLiteral("Institute"), QStringLiteral("organization")},
        {QStringLiteral("System"), QStringLiteral("review-system")},
    };
    return keywords;
}

const QList<std::pair<QString, QString>> &chineseKeywords()
{
    // Longest first: 伙伴关系 before 关系, 法案 before 法.
    static const QList<std::pair<QString, QString>> keywords = {
        {QStringLiteral("伙伴关系"), QStringLiteral("partnership")},
        {QStringLiteral("法案"), QStringLiteral("law")},
        {QStringLiteral("条例"), QStringLiteral("law")},
        {QStringLiteral("规定"), QStringLiteral("law")},
        {QStringLiteral("战略"), QStringLiteral("executive-strategy")},
        {QStringLiteral("规划"), QStringLiteral("executive-strategy")},
        {QStringLiteral("清单"), QStringLiteral("control-list")},
        {QStringLiteral("名单"), QStringLiteral("control-list")},
        {QStringLiteral("报告"), QStringLiteral("report")},
        {QStringLiteral("协议"), QStringLiteral("agreement")},
        {QStringLiteral("协定"), QStringLiteral("agreement")},
        {QStringLiteral("声明"), QStringLiteral("statement")},
        {QStringLiteral("计划"), QStringLiteral("subsidy-program")},
        {QStringLiteral("倡议"), QStringLiteral("policy-initiative")},
        {QStringLiteral("路径"), QStringLiteral("policy-initiative")},
        {QStringLiteral("令"), QStringLiteral("agency-action")},
        {QStringLiteral("联盟"), QStringLiteral("alliance")},
        {QStringLiteral("法"), QStringLiteral("law")},
    };
    return keywords;
}

bool isConnector(QStringView word)
{
    static const QStringList connectors = {QStringLiteral("of"),  QStringLiteral("and"), QStringLiteral("for"),
                                           QStringLiteral("the"), QStringLiteral("on"),  QStringLiteral("in"),
                                           QStringLiteral("to"),  QStringLiteral("&")};
    return connectors.contains(word);
}

// The words that number the parts of a law or a paper ("Article 85", "Section 3", "Chapter IV").
bool isNumberedUnitWord(QStringView word)
{
    static const QStringList words = {QStringLiteral("Article"), QStringLiteral("Section"),   QStringLiteral("Chapter"),
                                      QStringLiteral("Part"),    QStringLiteral("Paragraph"), QStringLiteral("Clause")};
    return words.contains(word);
}

bool isNumber(QStringView word)
{
    return !word.isEmpty() && (std::all_of(word.begin(), word.end(), [](QChar ch) { return ch.isDigit(); }) ||
                               romanNumeralValue(word) > 0);
}

bool isCapitalised(QStringView word)
{
    return !word.isEmpty() && (word[0].isUpper() || word[0].isDigit());
}

bool isAcronym(QStringView text)
{
    int upper = 0;
    for (const QChar ch : text) {
        if (ch.isUpper())
            ++upper;
        else if (!ch.isLetterOrNumber() && ch != u'&' && ch != u'-' && ch != u'+')
            return false;
    }
    return upper >= 2 && text.size() <= 12;
}

struct Token
{
    QString core;  // without surrounding quotes and punctuation
    int start = 0; // of core, in the text
    int end = 0;
    bool breakBefore = false; // punctuation before the word ends a name
    bool breakAfter = false;
};

// Words with their positions; punctuation around a word marks where a name must stop.
QList<Token> tokenize(const QString &text)
{
    static const QString openers = QStringLiteral("“\"‘'([{《");
    static const QString closers = QStringLiteral("”\"’',.;:!?)]}》");
    QList<Token> tokens;
    const qsizetype n = text.size();
    qsizetype i = 0;
    while (i < n) {
        while (i < n && script::isSpace(text[i].unicode()))
            ++i;
        qsizetype wordEnd = i;
        while (wordEnd < n && !script::isSpace(text[wordEnd].unicode()))
            ++wordEnd;
        if (wordEnd == i)
            break;
        int start = int(i);
        int end = int(wordEnd);
        i = wordEnd;
        Token token;
        while (start < end && openers.contains(text[start])) {
            ++start;
            token.breakBefore = true;
        }
        while (end > start && (closers.contains(text[end - 1]) || text[end - 1].isDigit())) {
            // A period ends an abbreviation ("U.S.") rather than a sentence when the word has another.
            if (text[end - 1] == u'.' && QStringView(text).mid(start, end - 1 - start).contains(u'.'))
                break;
            // Digits glued after punctuation are footnote markers ("(CETL).3"); digits that are part
            // of the word ("G20", "2022") stay.
            if (text[end - 1].isDigit()) {
                int d = end;
                while (d > start && text[d - 1].isDigit())
                    --d;
                if (d > start && closers.contains(text[d - 1])) {
                    end = d;
                    token.breakAfter = true;
                    continue;
                }
                break;
            }
            --end;
            token.breakAfter = true;
        }
        if (start >= end)
            continue;
        token.core = text.mid(start, end - start);
        token.start = start;
        token.end = end;
        tokens.append(token);
    }
    return tokens;
}

QString kindFromWords(const QList<Token> &tokens, int first, int last,
                      const QList<std::pair<QString, QString>> &keywords)
{
    for (int i = last; i >= first; --i) {
        for (const auto &[word, kind] : keywords) {
            if (tokens[i].core == word)
                return kind;
        }
    }
    return {};
}

// Names of policy instruments: capitalised runs of words that hold a keyword.
void findEnglishNames(const QString &text, const QList<Token> &tokens, int seq, QList<Found> &out)
{
    int i = 0;
    while (i < tokens.size()) {
        if (!isCapitalised(tokens[i].core)) {
            ++i;
            continue;
        }
        int j = i;
        while (j + 1 < tokens.size() && !tokens[j].breakAfter && !tokens[j + 1].breakBefore &&
               (isCapitalised(tokens[j + 1].core) || isConnector(tokens[j + 1].core)))
            ++j;
        int first = i;
        int last = j;
        while (last > first && isConnector(tokens[last].core))
            --last;
        // A law's article number is not part of the name after it: "Article 85 The State Council".
        while (first + 1 < last && isNumberedUnitWord(tokens[first].core) && isNumber(tokens[first + 1].core))
            first += 2;
        // "The", "In", "Since", "This" at a sentence start are not part of a name ("This Law is…").
        static const QStringList openers = {QStringLiteral("The"),   QStringLiteral("A"),    QStringLiteral("In"),
                                            QStringLiteral("Since"), QStringLiteral("This"), QStringLiteral("These")};
        while (first < last && openers.contains(tokens[first].core))
            ++first;
        // The name ends at its keyword ("…Act", "…Strategy"), or goes on after it with "of"/"for"
        // ("Act of 2022", "Strategy for Critical and Emerging Technology"). A keyword followed by
        // another capitalised word only qualifies it ("Program Office") and ends nothing.
        int end = -1;
        QString kind;
        for (int k = first; k <= last && end < 0; ++k) {
            for (const auto &[word, wordKind] : englishKeywords()) {
                if (tokens[k].core != word)
                    continue;
                if (k < last && !isConnector(tokens[k + 1].core))
                    break;
                end = k;
                kind = wordKind;
                if (k + 1 < last &&
                    (tokens[k + 1].core == u"of" || tokens[k + 1].core == u"for" || tokens[k + 1].core == u"on")) {
                    // …up to where a second name starts: "…of 2023 and the Chips Subsidy Program".
                    end = last;
                    for (int e = k + 2; e < last; ++e) {
                        const bool afterYear = tokens[e - 1].core.size() == 4 && tokens[e - 1].core[0].isDigit();
                        if ((tokens[e].core == u"and" || tokens[e].core == u"or") &&
                            (afterYear || tokens[e + 1].core == u"the")) {
                            end = e - 1;
                            break;
                        }
                    }
                }
                break;
            }
        }
        int capitals = 0;
        for (int k = first; k <= end; ++k)
            capitals += isCapitalised(tokens[k].core) ? 1 : 0;
        if (end >= 0 && capitals >= 2) {
            Found f;
            f.nameEn = text.mid(tokens[first].start, tokens[end].end - tokens[first].start);
            f.kind = kind;
            f.source = QStringLiteral("name");
            f.at = tokens[first].start;
            f.spans.append({seq, Lang::En, tokens[first].start, tokens[end].end - tokens[first].start, false});
            out.append(f);
        }
        // Another name may follow in the same run ("… and the Chips Subsidy Program").
        if (end >= 0 && end < j) {
            i = end + 1;
            continue;
        }
        i = j + 1;
    }
}

// "Full Name (ACR)": the expansion is the capitalised run before the bracket, starting at the
// word with the acronym's initial when there is one.
void findEnglishAcronyms(const QString &text, const QList<Token> &tokens, int seq, QList<Found> &out)
{
    static const QRegularExpression pattern(QStringLiteral(R"(\(\s*([A-Z][A-Za-z0-9&+\-]*[A-Za-z0-9])\s*\))"));
    for (auto it = pattern.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const QString acronym = m.captured(1);
        if (!isAcronym(acronym))
            continue;
        int last = -1;
        for (int k = 0; k < tokens.size(); ++k) {
            if (tokens[k].end <= m.capturedStart())
                last = k;
        }
        if (last < 0 || tokens[last].breakAfter)
            continue;
        int first = last;
        while (first > 0 && !tokens[first - 1].breakAfter && !tokens[first].breakBefore &&
               (isCapitalised(tokens[first - 1].core) || isConnector(tokens[first - 1].core)))
            --first;
        while (first < last && isConnector(tokens[first].core))
            ++first;
        for (int k = first; k <= last; ++k) {
            if (tokens[k].core.startsWith(acronym[0], Qt::CaseInsensitive)) {
                first = k;
                break;
            }
        }
        if (last - first < 1 || !isCapitalised(tokens[first].core))
            continue;
        Found f;
        f.nameEn = text.mid(tokens[first].start, tokens[last].end - tokens[first].start);
        f.acronym = acronym;
        f.kind = kindFromWords(tokens, first, last, englishKeywords());
        if (f.kind.isEmpty())
            f.kind = kindFromWords(tokens, first, last, bodyKeywords());
        f.source = QStringLiteral("acronym");
        f.at = tokens[first].start;
        f.spans.append({seq, Lang::En, tokens[first].start, int(m.capturedEnd()) - tokens[first].start, false});
        out.append(f);
    }
}

void findChineseTitles(const QString &text, int seq, QList<Found> &out)
{
    static const QRegularExpression pattern(QStringLiteral("《[^《》\\n]{1,80}》"));
    for (auto it = pattern.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        Found f;
        f.nameZh = m.captured(0);
        f.kind = CandidateFinder::kindOf(f.nameZh);
        f.source = QStringLiteral("title");
        f.at = m.capturedStart();
        f.spans.append({seq, Lang::Zh, int(m.capturedStart()), int(m.capturedLength()), false});
        out.append(f);
    }
}

// The Chinese name right before "(ACR)" in the Chinese text: a 《…》 title, or the run of Han
// characters back to the previous punctuation or function word.
std::optional<std::pair<int, int>> chineseNameBefore(const QString &zh, const QString &acronym)
{
    const QRegularExpression pattern(QStringLiteral("[(（]\\s*") + QRegularExpression::escape(acronym) +
                                     QStringLiteral("\\s*[)）]"));
    const QRegularExpressionMatch m = pattern.match(zh);
    if (!m.hasMatch())
        return std::nullopt;
    int end = int(m.capturedStart());
    while (end > 0 && script::isSpace(zh[end - 1].unicode()))
        --end;
    if (end > 0 && zh[end - 1] == u'》') {
        const int open = int(zh.lastIndexOf(u'《', end - 1));
        if (open >= 0)
            return std::pair{open, end - open};
    }
    static const QString stops = QStringLiteral("的由以在将对被把了从向为");
    static const QStringList stopWords = {QStringLiteral("通过"), QStringLiteral("基于"), QStringLiteral("根据"),
                                          QStringLiteral("关于"), QStringLiteral("例如")};
    int start = end;
    while (start > 0 && script::isHan(zh[start - 1].unicode()) && !stops.contains(zh[start - 1]))
        --start;
    for (const QString &word : stopWords) {
        const qsizetype at = QStringView(zh).mid(start, end - start).lastIndexOf(word);
        if (at >= 0)
            start += int(at + word.size());
    }
    if (end - start < 2 || end - start > 24)
        return std::nullopt;
    return std::pair{start, end - start};
}

QString keyOf(const QString &name)
{
    QString key = TermMatcher::fold(name).toLower();
    key.remove(u'《').remove(u'》');
    return key;
}

bool overlaps(const UnitSpan &a, const UnitSpan &b)
{
    return a.unitSeq == b.unitSeq && a.lang == b.lang && a.start < b.start + b.length && b.start < a.start + a.length;
}

} // namespace

QString CandidateFinder::kindOf(const QString &name)
{
    QString core = name;
    core.remove(u'《').remove(u'》');
    core = core.trimmed();
    for (const auto &[word, kind] : chineseKeywords()) {
        if (core.endsWith(word))
            return kind;
    }
    for (const auto &[word, kind] : englishKeywords()) {
        if (core.endsWith(u' ' + word))
            return kind;
    }
    return {};
}

QList<MeasureCandidate> CandidateFinder::find(const Paper &paper, const QList<Measure> &known)
{
    QList<Found> all;
    for (const Unit &unit : paper.units) {
        if (unit.kind != UnitKind::Body)
            continue;
        const QList<Token> tokens = tokenize(unit.en);
        QList<Found> english;
        findEnglishAcronyms(unit.en, tokens, unit.seq, english);
        QList<Found> names;
        findEnglishNames(unit.en, tokens, unit.seq, names);
        // A name already found with its acronym is not found twice.
        for (const Found &n : std::as_const(names)) {
            bool dup = false;
            for (Found &e : english) {
                if (overlaps(e.spans.front(), n.spans.front())) {
                    dup = true;
                    if (e.kind.isEmpty() || e.kind == u"agency" || e.kind == u"organization")
                        e.kind = n.kind.isEmpty() ? e.kind : n.kind;
                }
            }
            if (!dup)
                english.append(n);
        }
        std::sort(english.begin(), english.end(), [](const Found &a, const Found &b) { return a.at < b.at; });
        QList<Found> chinese;
        findChineseTitles(unit.zh, unit.seq, chinese);

        // Pair by acronym first: the Chinese often repeats it after its own name.
        for (Found &e : english) {
            if (e.acronym.isEmpty())
                continue;
            const auto range = chineseNameBefore(unit.zh, e.acronym);
            if (!range)
                continue;
            e.nameZh = unit.zh.mid(range->first, range->second);
            e.spans.append({unit.seq, Lang::Zh, range->first, range->second, false});
            for (qsizetype k = 0; k < chinese.size(); ++k) {
                if (chinese[k].at == range->first) {
                    chinese.removeAt(k);
                    break;
                }
            }
        }
        // Then titles with English names of the same kind, in order.
        QList<Found *> openEnglish;
        for (Found &e : english) {
            if (e.nameZh.isEmpty())
                openEnglish.append(&e);
        }
        QList<Found> unpairedChinese;
        const bool sameCount = openEnglish.size() == chinese.size();
        for (int k = 0; k < chinese.size(); ++k) {
            Found *partner = nullptr;
            for (Found *e : openEnglish) {
                if (!chinese[k].kind.isEmpty() && e->kind == chinese[k].kind) {
                    partner = e;
                    break;
                }
            }
            // Otherwise in order, when both sides found as many and nothing says they differ. A
            // name found by its acronym would have been paired by it if the Chinese repeated it.
            if (!partner && sameCount && !openEnglish.isEmpty()) {
                Found *e = openEnglish.front();
                if (e->source == u"name" && (e->kind.isEmpty() || chinese[k].kind.isEmpty()))
                    partner = e;
            }
            if (!partner) {
                unpairedChinese.append(chinese[k]);
                continue;
            }
            openEnglish.removeOne(partner);
            partner->nameZh = chinese[k].nameZh;
            partner->spans.append(chinese[k].spans);
            if (partner->source == u"name")
                partner->source = QStringLiteral("title");
        }
        all.append(english);
        all.append(unpairedChinese);
    }

    // One candidate per name: paired finds first, then single-language finds join them.
    QList<MeasureCandidate> candidates;
    QHash<QString, int> byEn;
    QHash<QString, int> byZh;
    auto addOrMerge = [&](const Found &f) {
        int index = -1;
        if (!f.nameEn.isEmpty() && byEn.contains(keyOf(f.nameEn)))
            index = byEn.value(keyOf(f.nameEn));
        else if (!f.nameZh.isEmpty() && byZh.contains(keyOf(f.nameZh)))
            index = byZh.value(keyOf(f.nameZh));
        if (index < 0) {
            MeasureCandidate c;
            c.nameEn = f.nameEn;
            c.nameZh = f.nameZh;
            c.acronym = f.acronym;
            c.kind = f.kind;
            c.source = f.source;
            index = int(candidates.size());
            candidates.append(c);
        }
        MeasureCandidate &c = candidates[index];
        if (c.nameEn.isEmpty())
            c.nameEn = f.nameEn;
        if (c.nameZh.isEmpty())
            c.nameZh = f.nameZh;
        if (c.acronym.isEmpty())
            c.acronym = f.acronym;
        if (c.kind.isEmpty())
            c.kind = f.kind;
        for (const UnitSpan &span : f.spans) {
            if (!c.mentions.contains(span))
                c.mentions.append(span);
        }
        if (!c.nameEn.isEmpty())
            byEn.insert(keyOf(c.nameEn), index);
        if (!c.nameZh.isEmpty())
            byZh.insert(keyOf(c.nameZh), index);
    };
    for (const Found &f : std::as_const(all)) {
        if (!f.nameEn.isEmpty() && !f.nameZh.isEmpty())
            addOrMerge(f);
    }
    for (const Found &f : std::as_const(all)) {
        if (f.nameEn.isEmpty() || f.nameZh.isEmpty())
            addOrMerge(f);
    }

    QList<MeasureCandidate> kept;
    for (MeasureCandidate &c : candidates) {
        bool isKnown = false;
        for (const Measure &m : known) {
            for (const UnitSpan &a : c.mentions) {
                for (const UnitSpan &b : m.mentions)
                    isKnown = isKnown || overlaps(a, b);
            }
        }
        if (isKnown)
            continue;
        std::sort(c.mentions.begin(), c.mentions.end(), [](const UnitSpan &a, const UnitSpan &b) {
            if (a.unitSeq != b.unitSeq)
                return a.unitSeq < b.unitSeq;
            return a.lang != b.lang ? a.lang < b.lang : a.start < b.start;
        });
        kept.append(c);
    }
    return kept;
}

} // namespace duizhao
