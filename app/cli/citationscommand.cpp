#include "citationscommand.h"

#include <QJsonArray>
#include <QJsonObject>

namespace duizhao::cli {

QString CitationsCommand::summary() const
{
    return tr("List the works a paper cites, with their English and Chinese forms and the units citing them.");
}

void CitationsCommand::configure(QCommandLineParser &parser) const
{
    addDocumentOption(parser);
}

int CitationsCommand::run(CommandContext &context, const QCommandLineParser &parser) const
{
    const Paper paper = context.library().loadPaper(context.documentId(parser));
    auto textOf = [&](const CitationOccurrence &c) {
        const Unit &unit = paper.units[c.unitSeq - 1];
        return (c.lang == Lang::En ? unit.en : unit.zh).mid(c.start, c.length);
    };
    if (context.json()) {
        QJsonArray works;
        for (const CitedWork &work : paper.works) {
            QJsonArray occurrences;
            QJsonArray units;
            QStringList formsEn;
            QStringList formsZh;
            for (int i : work.occurrences) {
                const CitationOccurrence &c = paper.citations[i];
                occurrences.append(QJsonObject{{QStringLiteral("unit"), c.unitSeq},
                                               {QStringLiteral("lang"), langCode(c.lang)},
                                               {QStringLiteral("text"), textOf(c)},
                                               {QStringLiteral("start"), c.start},
                                               {QStringLiteral("length"), c.length},
                                               {QStringLiteral("narrative"), c.narrative}});
                if (!units.contains(c.unitSeq))
                    units.append(c.unitSeq);
                QStringList &forms = c.lang == Lang::En ? formsEn : formsZh;
                if (!forms.contains(c.author))
                    forms.append(c.author);
            }
            works.append(QJsonObject{{QStringLiteral("author_en"), work.authorEn},
                                     {QStringLiteral("author_zh"), work.authorZh},
                                     {QStringLiteral("year"), work.year},
                                     {QStringLiteral("forms_en"), QJsonArray::fromStringList(formsEn)},
                                     {QStringLiteral("forms_zh"), QJsonArray::fromStringList(formsZh)},
                                     {QStringLiteral("units"), units},
                                     {QStringLiteral("occurrences"), occurrences}});
        }
        context.printJson(works);
        return 0;
    }
    for (const CitedWork &work : paper.works) {
        QStringList units;
        for (int i : work.occurrences) {
            const QString unit = QString::number(paper.citations[i].unitSeq);
            if (!units.contains(unit))
                units.append(unit);
        }
        context.out() << work.authorEn << ", " << work.year;
        if (!work.authorZh.isEmpty())
            context.out() << "  /  " << work.authorZh << ", " << work.year;
        context.out() << "   " << tr("units %1").arg(units.join(QStringLiteral(", "))) << Qt::endl;
    }
    return 0;
}

} // namespace duizhao::cli
