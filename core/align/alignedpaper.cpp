#include "alignedpaper.h"

#include "error.h"
#include "import/alignedtext.h"
#include "import/paperparser.h"
#include "text/script.h"

#include <QLocale>
#include <QRegularExpression>

namespace duizhao {

namespace {

// A date as a page or a PDF gives it: "2022-11-17", "November 17, 2022", "17 November 2022",
// "2022年11月17日"; an invalid date when it is none of these.
QDate dateOf(const QString &text)
{
    const QString trimmed = script::simplified(text);
    static const QRegularExpression iso(QStringLiteral("\\A(\\d{4})-(\\d{1,2})-(\\d{1,2})"));
    static const QRegularExpression chinese(QStringLiteral("(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日"));
    for (const QRegularExpression *re : {&iso, &chinese}) {
        const QRegularExpressionMatch m = re->match(trimmed);
        if (m.hasMatch())
            return QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    }
    const QLocale english(QLocale::English, QLocale::UnitedStates);
    for (const QString &format : {QStringLiteral("MMMM d, yyyy"), QStringLiteral("MMM d, yyyy"),
                                  QStringLiteral("d MMMM yyyy"), QStringLiteral("d MMM yyyy")}) {
        const QDate date = english.toDate(trimmed, format);
        if (date.isValid())
            return date;
    }
    return {};
}

int yearOf(const QString &text)
{
    static const QRegularExpression year(QStringLiteral("(?<!\\d)(1[5-9]\\d\\d|20\\d\\d)(?!\\d)"));
    const QRegularExpressionMatch m = year.match(text);
    return m.hasMatch() ? m.captured(1).toInt() : 0;
}

void checkCovers(const Alignment &alignment, const SourceDocument &en, const SourceDocument &zh)
{
    int nextEn = 0;
    int nextZh = 0;
    for (const AlignmentLink &link : alignment.links) {
        if (link.enFirst != nextEn || link.zhFirst != nextZh || link.enCount < 0 || link.zhCount < 0 ||
            link.enCount + link.zhCount == 0) {
            throw Error(Error::Kind::Usage,
                        QStringLiteral("the alignment does not take the paragraphs of %1 and %2 in order")
                            .arg(en.fileName, zh.fileName));
        }
        nextEn += link.enCount;
        nextZh += link.zhCount;
    }
    if (nextEn != en.paragraphs.size() || nextZh != zh.paragraphs.size()) {
        throw Error(
            Error::Kind::Usage,
            QStringLiteral("the alignment does not take every paragraph of %1 and %2").arg(en.fileName, zh.fileName));
    }
}

} // namespace

PaperMeta AlignedPaper::metaOf(const SourceDocument &en, const SourceDocument &zh)
{
    PaperMeta meta;
    meta.titleEn = script::simplified(en.meta.title);
    meta.titleZh = script::simplified(zh.meta.title);
    const QStringList &enAuthors = en.meta.authors;
    const QStringList &zhAuthors = zh.meta.authors;
    if (enAuthors.size() == zhAuthors.size()) {
        for (qsizetype k = 0; k < enAuthors.size(); ++k)
            meta.authors.append({script::simplified(enAuthors[k]), script::simplified(zhAuthors[k])});
    } else {
        for (const QString &name : enAuthors)
            meta.authors.append({script::simplified(name), QString()});
        for (const QString &name : zhAuthors)
            meta.authors.append({QString(), script::simplified(name)});
    }
    meta.year = yearOf(en.meta.date);
    meta.originalDate = dateOf(zh.meta.date);
    meta.publisher = !en.meta.publisher.isEmpty() ? en.meta.publisher : zh.meta.publisher;
    meta.url = !en.meta.url.isEmpty() ? en.meta.url : zh.meta.url;
    return meta;
}

QString AlignedPaper::text(const Alignment &alignment, const SourceDocument &en, const SourceDocument &zh,
                           const PaperMeta &meta)
{
    checkCovers(alignment, en, zh);
    QList<AlignedText::Unit> units(alignment.links.size());
    for (qsizetype k = 0; k < alignment.links.size(); ++k) {
        const AlignmentLink &link = alignment.links[k];
        for (int i = 0; i < link.enCount; ++i)
            units[k].en.append(en.paragraphs[link.enFirst + i].text);
        for (int j = 0; j < link.zhCount; ++j)
            units[k].zh.append(zh.paragraphs[link.zhFirst + j].text);
    }
    for (const AlignmentNote &note : alignment.notes) {
        if (note.unitSeq >= 1 && note.unitSeq <= units.size())
            units[note.unitSeq - 1].notes.append(note);
    }
    auto source = [](const SourceDocument &document) {
        return document.format.isEmpty() ? document.fileName
                                         : QStringLiteral("%1 (%2)").arg(document.fileName, document.format);
    };
    const QList<QStringList> comments{
        {QStringLiteral("source-en"), source(en)},
        {QStringLiteral("source-zh"), source(zh)},
        {QStringLiteral("aligned"), QStringLiteral("%1 links, %2 sure; %3 Chinese characters per English letter")
                                        .arg(alignment.links.size())
                                        .arg(alignment.sureCount())
                                        .arg(alignment.ratio, 0, 'f', 3)},
    };
    return AlignedText::write(meta, units, comments);
}

Paper AlignedPaper::paper(const Alignment &alignment, const SourceDocument &en, const SourceDocument &zh,
                          const PaperMeta &meta, const QString &sourceName)
{
    return PaperParser::parse(text(alignment, en, zh, meta), sourceName);
}

} // namespace duizhao
