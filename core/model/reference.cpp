#include "reference.h"

#include <QCoreApplication>

namespace duizhao {

QString formatReference(const PaperMeta &meta)
{
    QStringList authors;
    for (const Author &author : meta.authors)
        authors.append(QStringList{author.nameEn, author.nameZh}.join(u' ').trimmed());
    QString authorText;
    if (authors.size() <= 1)
        authorText = authors.join(QString());
    else
        authorText =
            authors.mid(0, authors.size() - 1).join(QStringLiteral(", ")) + QStringLiteral(" and ") + authors.back();

    QString text = authorText;
    if (meta.year > 0)
        text += QStringLiteral(" (%1)").arg(meta.year);
    if (!text.isEmpty())
        text += QStringLiteral(". ");
    text += QStringLiteral("“%1”").arg(meta.titleEn);
    if (!meta.titleZh.isEmpty())
        text += QStringLiteral(" [%1]").arg(meta.titleZh);
    text += u'.';
    if (!meta.publisher.isEmpty())
        text += u' ' + meta.publisher + u'.';
    if (meta.originalDate.isValid())
        text += QStringLiteral(" Original work published %1.").arg(meta.originalDate.toString(Qt::ISODate));
    if (!meta.url.isEmpty())
        text += u' ' + meta.url;
    return text;
}

QString quotationWithReference(const Paper &paper, const QList<int> &unitSeqs)
{
    QStringList english;
    QStringList chinese;
    for (int seq : unitSeqs) {
        if (seq < 1 || seq > paper.units.size())
            return {};
        english.append(paper.units[seq - 1].en);
        chinese.append(paper.units[seq - 1].zh);
    }
    if (unitSeqs.isEmpty())
        return {};
    // In the interface's language, like the rest of what the program writes around the quotation.
    QString where = unitSeqs.size() == 1
                        ? QCoreApplication::translate("duizhao::Reference", "unit %1").arg(unitSeqs.front())
                        : QCoreApplication::translate("duizhao::Reference", "units %1–%2")
                              .arg(unitSeqs.front())
                              .arg(unitSeqs.back());
    const QString path = sectionPath(paper, unitSeqs.front(), Lang::En, false);
    if (!path.isEmpty())
        where += QStringLiteral(", ") + path;
    return english.join(QStringLiteral("\n\n")) + QStringLiteral("\n\n") + chinese.join(QStringLiteral("\n\n")) +
           QStringLiteral("\n\n— ") + formatReference(paper.meta) + QStringLiteral(" (") + where + u')';
}

int treeNodeOfUnit(const Paper &paper, int unitSeq)
{
    if (unitSeq < 1 || unitSeq > paper.units.size())
        return -1;
    const Unit &unit = paper.units[unitSeq - 1];
    return unit.node >= 0 ? unit.node : unit.section;
}

QString sectionPath(const Paper &paper, int unitSeq, Lang lang, bool withLabels)
{
    QStringList parts;
    for (int n = treeNodeOfUnit(paper, unitSeq); n >= 0; n = paper.nodes[n].parent) {
        const TreeNode &node = paper.nodes[n];
        if (!isHeadingKind(node.kind))
            continue;
        const QString number = lang == Lang::En ? node.numberEn : node.numberZh;
        const QString label = lang == Lang::En ? node.labelEn : node.labelZh;
        parts.prepend(withLabels ? QStringList{number, label}.join(u' ').trimmed() : number);
    }
    return parts.join(QStringLiteral(" › "));
}

} // namespace duizhao
