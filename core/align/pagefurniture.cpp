#include "pagefurniture.h"

#include "text/script.h"

#include <QHash>
#include <QRegularExpression>

#include <algorithm>

namespace duizhao {

namespace {

QString folded(QStringView line)
{
    QString out;
    out.reserve(line.size());
    for (const QChar ch : line)
        out += QChar(char16_t(script::foldWidth(ch.unicode())));
    return script::simplified(out);
}

} // namespace

bool PageFurniture::isPageNumber(QStringView line)
{
    static const QRegularExpression pattern(
        QStringLiteral("^(?:"
                       "[-–—·•]?\\s*\\d{1,4}\\s*[-–—·•]?"                               // 12, - 12 -, — 12 —
                       "|(?:page|p\\.|pg\\.?)\\s*\\d{1,4}(?:\\s*(?:of|/)\\s*\\d{1,4})?" // Page 12 of 40
                       "|\\d{1,4}\\s*(?:/|of)\\s*\\d{1,4}"                              // 12 / 40
                       "|第\\s*\\d{1,4}\\s*页(?:\\s*[,，]?\\s*共\\s*\\d{1,4}\\s*页)?"   // 第 12 页 共 40 页
                       "|共\\s*\\d{1,4}\\s*页\\s*第\\s*\\d{1,4}\\s*页"
                       "|[ivxlc]{1,7}|[IVXLC]{1,7}" // front matter
                       ")$"),
        QRegularExpression::CaseInsensitiveOption);
    const QString text = folded(line);
    return !text.isEmpty() && pattern.match(text).hasMatch();
}

QString PageFurniture::key(QStringView line)
{
    QString out = folded(line).toLower();
    for (QChar &ch : out) {
        if (ch.isDigit())
            ch = u'#';
    }
    // "12" and "112" are the same page number to us.
    out.replace(QRegularExpression(QStringLiteral("#+")), QStringLiteral("#"));
    return out;
}

QSet<QString> PageFurniture::repeatedKeys(const QList<QList<QString>> &edgeKeys)
{
    const qsizetype pages = edgeKeys.size();
    QHash<QString, int> count;
    for (const QList<QString> &keys : edgeKeys) {
        QSet<QString> seen;
        for (const QString &k : keys) {
            if (!k.isEmpty() && !seen.contains(k)) {
                seen.insert(k);
                ++count[k];
            }
        }
    }
    // A running head may skip the first page and the first page of each chapter; a heading that
    // happens to open two pages does not come back on a third of them.
    const int needed = std::max<int>(2, int((pages + 2) / 3));
    QSet<QString> repeated;
    for (auto it = count.cbegin(); it != count.cend(); ++it) {
        if (it.value() >= needed)
            repeated.insert(it.key());
    }
    return repeated;
}

QSet<int> PageFurniture::periodicLines(const QList<QString> &keys, const QList<bool> &candidate)
{
    QHash<QString, QList<int>> at;
    for (int i = 0; i < keys.size(); ++i) {
        if (candidate[i] && !keys[i].isEmpty())
            at[keys[i]].append(i);
    }
    QSet<int> furniture;
    for (auto it = at.cbegin(); it != at.cend(); ++it) {
        const QList<int> &lines = it.value();
        if (lines.size() < 3)
            continue;
        QList<int> gaps;
        for (qsizetype i = 1; i < lines.size(); ++i)
            gaps.append(lines[i] - lines[i - 1]);
        QList<int> sorted = gaps;
        std::sort(sorted.begin(), sorted.end());
        const int median = sorted[sorted.size() / 2];
        // A page is at least a dozen lines; a heading that recurs ("Article #") does not come
        // back after the same number of lines every time, a running head does, give or take a
        // line or two where a paragraph or a heading moved it.
        if (median < 12)
            continue;
        const int tolerance = std::max(2, median / 10);
        const auto steady =
            std::count_if(gaps.cbegin(), gaps.cend(), [&](int gap) { return std::abs(gap - median) <= tolerance; });
        if (steady * 4 >= gaps.size() * 3) {
            for (int line : lines)
                furniture.insert(line);
        }
    }
    return furniture;
}

} // namespace duizhao
