#include "alignmentchecker.h"

#include "text/script.h"

#include <QHash>
#include <QRegularExpression>

namespace duizhao {

namespace {

constexpr auto Options = QRegularExpression::UseUnicodePropertiesOption;

// The first two words of an English heading label group headings written in parallel:
// "Main Features of the Competition over Power / Order / Values".
QString parallelKey(const TreeNode &node)
{
    const QStringList words = script::simplified(node.labelEn).toLower().split(u' ', Qt::SkipEmptyParts);
    if (words.size() < 3)
        return {};
    return nodeKindCode(node.kind) + u'|' + words[0] + u' ' + words[1];
}

// The longest suffix that all labels but one share: the parallel ending of the group. Every
// suffix of every label is counted once per label, so a group of n labels of length L costs n·L².
QString sharedEnding(const QStringList &labels)
{
    QHash<QString, int> counts;
    for (const QString &label : labels) {
        for (qsizetype length = 1; length <= label.size(); ++length)
            ++counts[label.right(length)];
    }
    QString best;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (it.value() >= labels.size() - 1 && it.key().size() > best.size())
            best = it.key();
    }
    return best;
}

} // namespace

QList<AlignmentNote> findTruncatedHeadings(const Paper &paper)
{
    QHash<QString, QList<int>> groups;
    QStringList order;
    for (int i = 0; i < paper.nodes.size(); ++i) {
        const TreeNode &node = paper.nodes[i];
        if (!isHeadingKind(node.kind))
            continue;
        const QString key = parallelKey(node);
        if (key.isEmpty())
            continue;
        if (!groups.contains(key))
            order.append(key);
        groups[key].append(i);
    }

    QList<AlignmentNote> notes;
    for (const QString &key : order) {
        const QList<int> &members = groups[key];
        if (members.size() < 3)
            continue;
        for (Lang lang : {Lang::En, Lang::Zh}) {
            QStringList labels;
            for (int i : members)
                labels.append(script::simplified(lang == Lang::En ? paper.nodes[i].labelEn : paper.nodes[i].labelZh));
            const QString ending = sharedEnding(labels);
            // An ending must be substantial: two Han characters, or a whole English word.
            const bool substantial = lang == Lang::Zh ? script::countScripts(ending).han >= 2 : ending.startsWith(u' ');
            if (!substantial)
                continue;
            for (qsizetype k = 0; k < members.size(); ++k) {
                const QString &label = labels[k];
                if (label.endsWith(ending))
                    continue;
                for (qsizetype cut = ending.size() - 1; cut >= 1; --cut) {
                    if (!label.endsWith(QStringView(ending).left(cut)))
                        continue;
                    const TreeNode &node = paper.nodes[members[k]];
                    AlignmentNote note;
                    note.unitSeq = node.unitSeq;
                    note.kind = QStringLiteral("truncated");
                    const QString missing = ending.mid(cut);
                    note.message =
                        lang == Lang::Zh
                            ? QStringLiteral("The Chinese heading is cut short: its parallel headings end in "
                                             "“%1”, this one lacks “%2”.")
                                  .arg(ending, missing)
                            : QStringLiteral("The English heading is cut short: its parallel headings end in "
                                             "“%1”, this one lacks “%2”.")
                                  .arg(ending.trimmed(), missing.trimmed());
                    note.detailEn = node.labelEn;
                    note.detailZh = node.labelZh;
                    notes.append(note);
                    break;
                }
            }
        }
    }
    return notes;
}

QList<AlignmentNote> findTextGaps(const Paper &paper)
{
    // A function word followed directly by punctuation: the name that stood between was lost.
    static const QRegularExpression gapRe(
        QStringLiteral("\\b(?:the|a|an|of|on|in|to|by|for|with|from|at|as|under|and)[\\s\\x{00A0}]+[.,;:!?]"),
        Options | QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression titleRe(QStringLiteral("《[^》]{1,60}》"));

    QList<AlignmentNote> notes;
    for (const Unit &unit : paper.units) {
        if (unit.en.isEmpty())
            continue;
        for (auto it = gapRe.globalMatch(unit.en); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            AlignmentNote note;
            note.unitSeq = unit.seq;
            note.kind = QStringLiteral("gap");
            const qsizetype contextStart = std::max<qsizetype>(0, m.capturedStart(0) - 20);
            note.detailEn = script::simplified(QStringView(unit.en).mid(contextStart, m.capturedEnd(0) - contextStart));
            // The Chinese title nearest the same relative position is the likeliest lost name.
            const double where = double(m.capturedStart(0)) / double(unit.en.size());
            double bestDistance = 2;
            for (auto t = titleRe.globalMatch(unit.zh); t.hasNext();) {
                const QRegularExpressionMatch title = t.next();
                const double distance = std::abs(double(title.capturedStart(0)) / double(unit.zh.size()) - where);
                if (distance < bestDistance) {
                    bestDistance = distance;
                    note.detailZh = title.captured(0);
                }
            }
            note.message =
                note.detailZh.isEmpty()
                    ? QStringLiteral("The English has a gap where a word was lost: “…%1”.").arg(note.detailEn)
                    : QStringLiteral("The English has a gap where a name was lost: “…%1”; the Chinese "
                                     "names %2 here.")
                          .arg(note.detailEn, note.detailZh);
            notes.append(note);
        }
    }
    return notes;
}

} // namespace duizhao
