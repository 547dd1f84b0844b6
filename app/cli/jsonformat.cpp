#include "jsonformat.h"

#include <QJsonArray>

namespace duizhao::cli {

QJsonObject documentJson(const DocumentInfo &info)
{
    QJsonArray authors;
    for (const Author &author : info.meta.authors)
        authors.append(QJsonObject{{QStringLiteral("en"), author.nameEn}, {QStringLiteral("zh"), author.nameZh}});
    return QJsonObject{
        {QStringLiteral("id"), info.id},
        {QStringLiteral("title_en"), info.meta.titleEn},
        {QStringLiteral("title_zh"), info.meta.titleZh},
        {QStringLiteral("authors"), authors},
        {QStringLiteral("year"), info.meta.year},
        {QStringLiteral("publisher"), info.meta.publisher},
        {QStringLiteral("original_date"),
         info.meta.originalDate.isValid() ? info.meta.originalDate.toString(Qt::ISODate) : QString()},
        {QStringLiteral("url"), info.meta.url},
        {QStringLiteral("source"), info.meta.sourceName},
        {QStringLiteral("units"), info.unitCount},
    };
}

QJsonObject statsJson(const PaperStats &s)
{
    return QJsonObject{
        {QStringLiteral("units"), s.units},
        {QStringLiteral("headings"), s.headings},
        {QStringLiteral("body"), s.body},
        {QStringLiteral("points"), s.points},
        {QStringLiteral("footnotes"), s.footnotes},
        {QStringLiteral("citations_en"), s.citationsEn},
        {QStringLiteral("citations_zh"), s.citationsZh},
        {QStringLiteral("works"), s.works},
        {QStringLiteral("alignment_notes"), s.alignmentNotes},
    };
}

QString authorsText(const QList<Author> &authors)
{
    QStringList names;
    for (const Author &author : authors)
        names.append(QStringList{author.nameEn, author.nameZh}.join(u' ').trimmed());
    return names.join(QStringLiteral(", "));
}

} // namespace duizhao::cli
