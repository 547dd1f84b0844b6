#include "annotatecommand.h"

#include "annotations/annotationjson.h"
#include "annotations/annotationpalette.h"
#include "annotations/annotationstore.h"
#include "error.h"

namespace duizhao::cli {

QString AnnotateCommand::summary() const
{
    return tr("Highlight words of a unit (or code a whole unit) with a colour, a note and tags; prints the new "
              "annotation's id once it is saved.");
}

void AnnotateCommand::configure(QCommandLineParser &parser) const
{
    addDocumentOption(parser);
    parser.addOptions({
        {QStringLiteral("unit"), tr("The aligned unit's number."), tr("N")},
        {QStringLiteral("lang"), tr("The language the words are in: en or zh."), tr("LANG")},
        {QStringLiteral("text"), tr("The exact words to highlight; they must occur once in that text."), tr("WORDS")},
        {QStringLiteral("whole"), tr("Code the whole unit, English and Chinese, instead of words.")},
        {QStringLiteral("color"), tr("Colour: %1 (default yellow).").arg(AnnotationPalette::namesText()), tr("C")},
        {QStringLiteral("note"), tr("A note; may hold several lines."), tr("TEXT")},
        {QStringLiteral("tag"),
         tr("A tag (repeat for several): power, order, values, dilemmas, countermeasures or "
            "your own."),
         tr("T")},
    });
}

int AnnotateCommand::run(CommandContext &context, const QCommandLineParser &parser) const
{
    if (!parser.positionalArguments().isEmpty())
        throw Error(Error::Kind::Usage,
                    tr("annotate takes options only, not \"%1\"").arg(parser.positionalArguments().front()));
    bool ok = false;
    const int seq = parser.value(QStringLiteral("unit")).toInt(&ok);
    if (!parser.isSet(QStringLiteral("unit")) || !ok)
        throw Error(Error::Kind::Usage, tr("annotate needs --unit N"));
    const bool whole = parser.isSet(QStringLiteral("whole"));
    if (whole == parser.isSet(QStringLiteral("text")))
        throw Error(Error::Kind::Usage, tr("annotate needs either --lang and --text WORDS, or --whole"));

    Library &library = context.library();
    AnnotationStore store(library);
    Annotation a;
    a.documentId = context.documentId(parser);
    a.unitSeq = seq;
    a.color = parser.value(QStringLiteral("color"));
    a.note = parser.value(QStringLiteral("note"));
    a.tags = parser.values(QStringLiteral("tag"));
    if (whole) {
        if (parser.isSet(QStringLiteral("lang")))
            throw Error(Error::Kind::Usage, tr("--whole codes both languages; leave out --lang"));
        a.scope = AnnotationScope::Unit;
    } else {
        const std::optional<Lang> lang = langFromCode(parser.value(QStringLiteral("lang")));
        if (!lang)
            throw Error(Error::Kind::Usage, tr("--lang must be en or zh"));
        const QString words = parser.value(QStringLiteral("text"));
        if (words.trimmed().isEmpty())
            throw Error(Error::Kind::Usage, tr("--text needs the words to highlight"));
        const Paper paper = library.loadPaper(a.documentId);
        if (seq < 1 || seq > paper.units.size()) {
            throw Error(Error::Kind::Usage,
                        tr("there is no unit %1; this paper has units 1 to %2").arg(seq).arg(paper.units.size()));
        }
        const Unit &unit = paper.units[seq - 1];
        const QList<int> found = AnnotationStore::occurrences(*lang == Lang::En ? unit.en : unit.zh, words);
        const QString language = *lang == Lang::En ? tr("English") : tr("Chinese");
        if (found.isEmpty())
            throw Error(Error::Kind::Usage,
                        tr("\"%1\" does not occur in unit %2's %3 text (0 matches)").arg(words).arg(seq).arg(language));
        if (found.size() > 1) {
            throw Error(Error::Kind::Usage, tr("\"%1\" occurs %2 times in unit %3's %4 text; give more words so "
                                               "that they occur once")
                                                .arg(words)
                                                .arg(found.size())
                                                .arg(seq)
                                                .arg(language));
        }
        a.lang = *lang;
        a.start = found.front();
        a.length = int(words.size());
    }
    // add() returns after the commit: the id printed is an annotation that is on disk.
    const Annotation stored = store.add(a);
    if (context.json())
        context.printJson(AnnotationJson::toJson(stored));
    else
        context.out() << stored.id << Qt::endl;
    return 0;
}

} // namespace duizhao::cli
