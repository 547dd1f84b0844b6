#include "aligncases.h"

#include "bundledpaper.h"
#include "text/script.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include <stdexcept>

namespace duizhao::test {

quint64 Random::next()
{
    quint64 z = (m_state += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
}

int Random::below(int n)
{
    return n <= 0 ? 0 : int(next() % quint64(n));
}

bool Random::chance(double p)
{
    return double(next() >> 11) / double(1ull << 53) < p;
}

namespace {

QStringList blocksOf(const QString &text)
{
    static const QRegularExpression blank(QStringLiteral("\\n[ \\t\\x{00A0}\\x{3000}\\r]*\\n"));
    QString normalised = text;
    normalised.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    QStringList blocks;
    for (const QString &block : normalised.split(blank, Qt::SkipEmptyParts)) {
        if (!block.trimmed().isEmpty())
            blocks.append(block.trimmed());
    }
    return blocks;
}

QString roman(int value)
{
    static const std::pair<int, const char *> digits[] = {{1000, "M"}, {900, "CM"}, {500, "D"}, {400, "CD"}, {100, "C"},
                                                          {90, "XC"},  {50, "L"},   {40, "XL"}, {10, "X"},   {9, "IX"},
                                                          {5, "V"},    {4, "IV"},   {1, "I"}};
    QString out;
    for (const auto &[amount, text] : digits) {
        while (value >= amount) {
            out += QLatin1String(text);
            value -= amount;
        }
    }
    return out;
}

QString withThousands(qint64 value)
{
    QString digits = QString::number(value);
    for (qsizetype at = digits.size() - 3; at > 0; at -= 3)
        digits.insert(at, u',');
    return digits;
}

struct Bank
{
    QList<QPair<QString, QString>> titles, chapters, sections, sentences, intros, items;
    QStringList notes;
    QStringList extrasEn, extrasZh, runningHeads;
};

const Bank &bank()
{
    static const Bank loaded = [] {
        QFile file(QStringLiteral(DUIZHAO_ALIGN_BANK));
        if (!file.open(QIODevice::ReadOnly))
            throw std::runtime_error("cannot read the law bank " DUIZHAO_ALIGN_BANK);
        const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
        auto pairs = [&](const char *key) {
            QList<QPair<QString, QString>> out;
            for (const QJsonValue &pair : root.value(QLatin1String(key)).toArray())
                out.append({pair.toArray().at(0).toString(), pair.toArray().at(1).toString()});
            if (out.isEmpty())
                throw std::runtime_error("the law bank has no entries for a key");
            return out;
        };
        Bank bank;
        bank.titles = pairs("titles");
        bank.chapters = pairs("chapters");
        bank.sections = pairs("sections");
        bank.sentences = pairs("sentences");
        bank.intros = pairs("intros");
        bank.items = pairs("items");
        auto strings = [&](const char *key) {
            QStringList out;
            for (const QJsonValue &value : root.value(QLatin1String(key)).toArray())
                out.append(value.toString());
            if (out.isEmpty())
                throw std::runtime_error("the law bank has no entries for a key");
            return out;
        };
        bank.notes = strings("notes");
        bank.extrasEn = strings("extras_en");
        bank.extrasZh = strings("extras_zh");
        bank.runningHeads = strings("running_heads_zh");
        return bank;
    }();
    return loaded;
}

// Fills the placeholders of one clause pair with the same values in both languages.
QPair<QString, QString> filled(QPair<QString, QString> pair, Random &random, int article)
{
    auto pick = [&](std::initializer_list<int> values) { return *(values.begin() + random.below(int(values.size()))); };
    auto put = [&](const char *name, const QString &en, const QString &zh) {
        const QString key = QStringLiteral("{%1}").arg(QLatin1String(name));
        pair.first.replace(key, en);
        pair.second.replace(key, zh);
    };
    const int days = pick({3, 5, 7, 10, 15, 20, 30, 45, 60, 90});
    const int hours = pick({2, 6, 12, 24, 48, 72});
    const int years = pick({2, 3, 5, 10});
    const int percent = pick({20, 30, 50, 70});
    const int year = 2012 + random.below(10);
    const qint64 yuan = pick({10000, 20000, 50000, 100000});
    const qint64 yuan2 = yuan * pick({5, 10, 20});
    const int reference = article > 1 ? 1 + random.below(article - 1) : 1;
    put("days", QString::number(days), chineseNumeral(days));
    put("hours", QString::number(hours), chineseNumeral(hours));
    put("years", QString::number(years), chineseNumeral(years));
    put("percent", QString::number(percent), chineseNumeral(percent));
    put("year", QString::number(year), QString::number(year));
    put("yuan2", withThousands(yuan2), chineseNumeral(yuan2));
    put("yuan", withThousands(yuan), chineseNumeral(yuan));
    put("article", QStringLiteral("Article %1").arg(reference),
        QStringLiteral("第%1条").arg(chineseNumeral(reference)));
    return pair;
}

class LawWriter final
{
public:
    LawWriter(quint64 seed)
        : m_random(seed)
    {}

    QList<GoldUnit> write(int paragraphs)
    {
        const Bank &b = bank();
        const auto &title = b.titles[m_random.below(int(b.titles.size()))];
        m_units.append({{title.first}, {title.second}, true});
        QList<int> middle;
        for (int k = 1; k + 2 < b.chapters.size(); ++k)
            middle.append(k);
        int chapter = 0;
        while (paragraphs - m_units.size() > 0) {
            // The first chapter is general provisions; liability and supplementary provisions
            // close the law once it is long enough.
            const bool closing = paragraphs - m_units.size() < 40;
            int kind = 0;
            if (chapter > 0)
                kind = closing ? int(b.chapters.size()) - 2 + std::min(1, m_closing++)
                               : middle[m_random.below(int(middle.size()))];
            ++chapter;
            const auto &name = b.chapters[kind];
            m_units.append({{QStringLiteral("Chapter %1 %2").arg(roman(chapter), name.first)},
                            {QStringLiteral("第%1章　%2").arg(chineseNumeral(chapter), name.second)},
                            true});
            if (m_random.chance(0.3) && !closing) {
                const int sections = 2 + m_random.below(2);
                for (int s = 1; s <= sections; ++s) {
                    const auto &section = b.sections[m_random.below(int(b.sections.size()))];
                    m_units.append({{QStringLiteral("Section %1 %2").arg(s).arg(section.first)},
                                    {QStringLiteral("第%1节　%2").arg(chineseNumeral(s), section.second)},
                                    true});
                    articles(3 + m_random.below(5));
                }
            } else {
                articles(closing ? 2 + m_random.below(3) : 5 + m_random.below(9));
            }
            if (m_closing >= 2)
                break;
        }
        return m_units;
    }

private:
    QPair<QString, QString> sentences(int count)
    {
        const Bank &b = bank();
        QStringList en;
        QString zh;
        for (int k = 0; k < count; ++k) {
            const auto pair = filled(b.sentences[m_random.below(int(b.sentences.size()))], m_random, m_article);
            en.append(pair.first);
            zh += pair.second;
        }
        return {en.join(u' '), zh};
    }

    void articles(int count)
    {
        const Bank &b = bank();
        for (int a = 0; a < count; ++a) {
            ++m_article;
            auto first = sentences(1 + m_random.below(3));
            const bool items = m_random.chance(0.35);
            if (items) {
                const auto intro = b.intros[m_random.below(int(b.intros.size()))];
                first.first += u' ' + intro.first;
                first.second += intro.second;
            }
            m_units.append({{QStringLiteral("Article %1 %2").arg(m_article).arg(first.first)},
                            {QStringLiteral("第%1条　%2").arg(chineseNumeral(m_article), first.second)},
                            false});
            if (items) {
                const int n = 2 + m_random.below(5);
                for (int k = 1; k <= n; ++k) {
                    const auto item = filled(b.items[m_random.below(int(b.items.size()))], m_random, m_article);
                    const bool last = k == n;
                    m_units.append(
                        {{QStringLiteral("(%1) %2%3")
                              .arg(k)
                              .arg(item.first, last ? QStringLiteral(".") : QStringLiteral(";"))},
                         {QStringLiteral("（%1）%2%3")
                              .arg(chineseNumeral(k), item.second, last ? QStringLiteral("。") : QStringLiteral("；"))},
                         false});
                }
            }
            if (m_random.chance(0.35)) {
                const int extra = 1 + m_random.below(2);
                for (int k = 0; k < extra; ++k) {
                    const auto more = sentences(1 + m_random.below(2));
                    m_units.append({{more.first}, {more.second}, false});
                }
            }
        }
    }

    Random m_random;
    QList<GoldUnit> m_units;
    int m_article = 0;
    int m_closing = 0;
};

// Where a paragraph can be split in two sentences, nearest its middle; -1 when it cannot.
qsizetype splitPoint(const QString &text, bool chinese)
{
    qsizetype best = -1;
    for (qsizetype i = 1; i + 2 < text.size(); ++i) {
        bool end = false;
        if (chinese) {
            end = text[i] == u'。' || text[i] == u'；';
        } else {
            end = (text[i] == u'.' || text[i] == u';') && text[i + 1] == u' ' &&
                  (text[i + 2].isUpper() || text[i + 2] == u'“') && !text[i - 1].isUpper();
        }
        if (!end)
            continue;
        // Both halves must be real paragraphs.
        const qsizetype minimum = chinese ? 25 : 80;
        if (i + 1 < minimum || text.size() - i - 1 < minimum)
            continue;
        if (best < 0 || std::abs(i - text.size() / 2) < std::abs(best - text.size() / 2))
            best = i + 1;
    }
    return best;
}

bool plain(const GoldUnit &unit)
{
    return unit.en.size() == 1 && unit.zh.size() == 1;
}

} // namespace

QString chineseNumeral(qint64 value)
{
    static const QString digits = QStringLiteral("零一二三四五六七八九");
    if (value < 0)
        return QString::number(value);
    if (value < 10)
        return QString(digits[int(value)]);
    if (value >= 10000) {
        const qint64 rest = value % 10000;
        QString out = chineseNumeral(value / 10000) + QStringLiteral("万");
        if (rest > 0)
            out += (rest < 1000 ? QStringLiteral("零") : QString()) + chineseNumeral(rest);
        return out;
    }
    static const QString units[] = {QString(), QStringLiteral("十"), QStringLiteral("百"), QStringLiteral("千")};
    QString out;
    bool zero = false;
    for (int power = 3; power >= 0; --power) {
        qint64 scale = 1;
        for (int k = 0; k < power; ++k)
            scale *= 10;
        const int digit = int(value / scale % 10);
        if (digit == 0) {
            zero = !out.isEmpty();
            continue;
        }
        if (zero)
            out += u'零';
        zero = false;
        // "十二", not "一十二", when ten leads.
        if (!(digit == 1 && power == 1 && out.isEmpty()))
            out += digits[digit];
        out += units[power];
    }
    return out;
}

QList<GoldUnit> bundledPaperUnits()
{
    const QStringList blocks = blocksOf(QString::fromUtf8(BundledPaper::bytes()));
    const QString citation = blocks.back();
    const qsizetype open = citation.indexOf(u'[');
    const qsizetype close = citation.indexOf(u']', open);
    QList<GoldUnit> units;
    units.append({{blocks[0]}, {citation.mid(open + 1, close - open - 1)}, true});
    units.append({{blocks[1]}, {}, false});
    for (qsizetype i = 2; i + 1 < blocks.size(); i += 2) {
        if (script::isMostlyChinese(blocks[i]) || !script::isMostlyChinese(blocks[i + 1]))
            throw std::runtime_error("the bundled paper does not alternate English and Chinese");
        units.append({{blocks[i]}, {blocks[i + 1]}, blocks[i].size() < 130});
    }
    return units;
}

QList<GoldUnit> lawUnits(quint64 seed, int paragraphs)
{
    return LawWriter(seed).write(paragraphs);
}

QList<GoldUnit> perturbed(const QList<GoldUnit> &input, quint64 seed, const Perturbation &how)
{
    Random random(seed);
    const Bank &b = bank();
    QList<GoldUnit> units = input;
    QList<bool> touched(units.size(), false);
    const int changes = std::max(2, int(std::lround(how.share * double(units.size()))));
    auto body = [&](int k) { return plain(units[k]) && !units[k].heading && !touched[k]; };
    auto insert = [&](int k, const GoldUnit &unit) {
        units.insert(k, unit);
        touched.insert(k, true);
        touched[k + 1] = true;
    };
    for (int change = 0, attempts = 0; change < changes && attempts < 1000; ++attempts) {
        const int kind = random.below(10);
        const bool chinese = random.chance(0.5);
        const int k = random.below(int(units.size()) - 1);
        // Neighbours of a changed unit stay as they are, so each change is a link of its own.
        if (!body(k) || (k > 0 && touched[k - 1]) || touched[k + 1])
            continue;
        GoldUnit &unit = units[k];
        if (kind < 3) { // merge with the next unit on one side
            if (!body(k + 1) || (k + 2 < units.size() && touched[k + 2]))
                continue;
            GoldUnit &next = units[k + 1];
            if (chinese) {
                unit.zh = {unit.zh[0] + next.zh[0]};
                unit.en += next.en;
            } else {
                unit.en = {unit.en[0] + u' ' + next.en[0]};
                unit.zh += next.zh;
            }
            units.removeAt(k + 1);
            touched.removeAt(k + 1);
        } else if (kind < 6) { // split at a sentence
            QString &text = chinese ? unit.zh[0] : unit.en[0];
            const qsizetype at = splitPoint(text, chinese);
            if (at < 0)
                continue;
            const QStringList halves{text.left(at).trimmed(), text.mid(at).trimmed()};
            (chinese ? unit.zh : unit.en) = halves;
        } else if (kind < 8) { // left out
            (chinese ? unit.zh : unit.en).clear();
        } else if (kind < 9) { // a translator's note, which says what it is
            insert(k, {{b.notes[random.below(int(b.notes.size()))]}, {}, false});
            ++change;
            continue;
        } else { // a paragraph one side has on its own, which does not say so
            if (chinese)
                insert(k, {{}, {b.extrasZh[random.below(int(b.extrasZh.size()))]}, false});
            else
                insert(k, {{b.extrasEn[random.below(int(b.extrasEn.size()))]}, {}, false});
            ++change;
            continue;
        }
        touched[k] = true;
        ++change;
    }
    if (how.pageNoise) {
        // A page holds a few paragraphs; at its end a PDF reader may leave the running head (or
        // the page number) as a paragraph of its own, or break the paragraph that runs on.
        int page = 1 + random.below(40);
        for (int k = 3 + random.below(4); k < units.size(); k += 3 + random.below(4)) {
            ++page;
            if (random.chance(0.5)) {
                QString head = b.runningHeads[random.below(int(b.runningHeads.size()))];
                head.replace(QStringLiteral("{page}"), QString::number(page));
                units.insert(k, {{}, {head}, false});
                touched.insert(k, true);
            } else if (plain(units[k]) && !touched[k] && units[k].zh[0].size() >= 80) {
                const QString text = units[k].zh[0];
                const qsizetype at = text.size() * (3 + random.below(5)) / 10;
                units[k].zh = QStringList{text.left(at), text.mid(at)};
                touched[k] = true;
            }
        }
    }
    // The title keeps its partner in half the cases.
    if (!units.isEmpty() && units.front().heading && plain(units.front()) && random.chance(0.5))
        units.front().zh.clear();
    return units;
}

AlignCase makeCase(const QString &name, const QList<GoldUnit> &units)
{
    AlignCase out;
    out.name = name;
    for (const GoldUnit &unit : units) {
        AlignmentLink link;
        link.enFirst = int(out.en.size());
        link.enCount = int(unit.en.size());
        link.zhFirst = int(out.zh.size());
        link.zhCount = int(unit.zh.size());
        for (const QString &text : unit.en)
            out.en.append({text, false, 0, 0});
        for (const QString &text : unit.zh)
            out.zh.append({text, false, 0, 0});
        if (link.enCount + link.zhCount > 0)
            out.gold.append(link);
    }
    return out;
}

bool sameLink(const AlignmentLink &a, const AlignmentLink &b)
{
    if (a.enCount != b.enCount || a.zhCount != b.zhCount)
        return false;
    if (a.enCount > 0 && a.enFirst != b.enFirst)
        return false;
    return a.zhCount == 0 || a.zhFirst == b.zhFirst;
}

AlignScore &AlignScore::operator+=(const AlignScore &other)
{
    gold += other.gold;
    links += other.links;
    right += other.right;
    sure += other.sure;
    sureRight += other.sureRight;
    return *this;
}

AlignScore score(const QList<AlignmentLink> &links, const QList<AlignmentLink> &gold)
{
    // A link with one side empty is named by its other side only: where an empty side "sits"
    // between two paragraphs of the other language means nothing.
    auto key = [](const AlignmentLink &link) {
        return QStringLiteral("%1+%2/%3+%4")
            .arg(link.enCount ? link.enFirst : -1)
            .arg(link.enCount)
            .arg(link.zhCount ? link.zhFirst : -1)
            .arg(link.zhCount);
    };
    QSet<QString> right;
    for (const AlignmentLink &link : gold)
        right.insert(key(link));
    AlignScore result;
    result.gold = int(gold.size());
    result.links = int(links.size());
    for (const AlignmentLink &link : links) {
        const bool ok = right.contains(key(link));
        result.right += ok ? 1 : 0;
        result.sure += link.sure ? 1 : 0;
        result.sureRight += link.sure && ok ? 1 : 0;
    }
    return result;
}

} // namespace duizhao::test
