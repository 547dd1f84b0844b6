#include "annotationscommand.h"

#include "annotations/annotationjson.h"
#include "annotations/annotationpalette.h"
#include "annotations/annotationstore.h"
#include "error.h"

#include <QJsonArray>

namespace duizhao::cli {

QString AnnotationsCommand::summary() const
{
    return tr("List the annotations of a paper: unit, language, colour, tags, the words and the note.");
}

void AnnotationsCommand::configure(QCommandLineParser &parser) const
{
    addDocumentOption(parser);
    parser.addOptions({
        {QStringLiteral("tag"), tr("Only annotations with this tag."), tr("T")},
        {QStringLiteral("color"), tr("Only annotations of this colour."), tr("C")},
        {QStringLiteral("lang"), tr("Only annotations of this language (whole-unit codes count for both)."),
         tr("LANG")},
        {QStringLiteral("search"), tr("Only annotations whose words, note or tags contain TEXT."), tr("TEXT")},
    });
}

int AnnotationsCommand::run(CommandContext &context, const QCommandLineParser &parser) const
{
    AnnotationStore store(context.library());
    AnnotationFilter filter;
    filter.documentId = context.documentId(parser);
    filter.tag = parser.value(QStringLiteral("tag"));
    filter.color = parser.value(QStringLiteral("color"));
    filter.text = parser.value(QStringLiteral("search"));
    if (parser.isSet(QStringLiteral("lang"))) {
        filter.lang = langFromCode(parser.value(QStringLiteral("lang")));
        if (!filter.lang)
            throw Error(Error::Kind::Usage, tr("--lang must be en or zh"));
    }
    const QList<Annotation> annotations = store.list(filter);
    if (context.json()) {
        QJsonArray array;
        for (const Annotation &a : annotations)
            array.append(AnnotationJson::toJson(a));
        context.printJson(array);
        return 0;
    }
    if (annotations.isEmpty()) {
        context.out() << tr("No annotations.") << Qt::endl;
        return 0;
    }
    for (const Annotation &a : annotations) {
        const QString where = a.isUnitScope() ? tr("unit %1 (whole)").arg(a.unitSeq)
                                              : tr("unit %1 %2").arg(a.unitSeq).arg(langCode(a.lang));
        context.out() << QStringLiteral("#%1  %2  %3").arg(a.id).arg(where, AnnotationPalette::nameOf(a.color));
        if (!a.tags.isEmpty())
            context.out() << QStringLiteral("  [%1]").arg(a.tags.join(QStringLiteral(", ")));
        context.out() << Qt::endl;
        if (!a.isUnitScope())
            context.out() << QStringLiteral("    “%1”").arg(a.quote) << Qt::endl;
        for (const QString &line : a.note.split(u'\n', Qt::SkipEmptyParts))
            context.out() << QStringLiteral("    %1").arg(line) << Qt::endl;
    }
    return 0;
}

} // namespace duizhao::cli
