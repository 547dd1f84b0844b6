#include "measurescommand.h"

#include "error.h"
#include "export/dataexporter.h"
#include "export/frameworkexport.h"
#include "framework/frameworkdatareader.h"
#include "framework/measurestore.h"

#include <QJsonArray>
#include <QJsonObject>

namespace duizhao::cli {

namespace {

QString unitList(const QList<UnitSpan> &spans)
{
    QStringList numbers;
    for (int seq : unitsOf(spans))
        numbers.append(QString::number(seq));
    return numbers.join(QStringLiteral(", "));
}

FrameworkLevel levelOption(const QString &value, bool allowNone)
{
    const std::optional<FrameworkLevel> level = levelFromCode(value);
    if (!level || (*level == FrameworkLevel::None && !allowNone)) {
        QStringList codes;
        for (FrameworkLevel l : frameworkLevels())
            codes.append(levelCode(l));
        throw Error(Error::Kind::Usage,
                    Command::tr("--level must be one of %1, not \"%2\"").arg(codes.join(u'|'), value));
    }
    return *level;
}

qint64 candidateId(const QStringList &args)
{
    bool ok = false;
    const qint64 id = args.value(1).toLongLong(&ok);
    if (args.size() != 2 || !ok || id <= 0)
        throw Error(Error::Kind::Usage,
                    Command::tr("measures %1 needs one candidate ID (see: measures --candidates)").arg(args.value(0)));
    return id;
}

QJsonObject candidateJson(const MeasureCandidate &c)
{
    return QJsonObject{{QStringLiteral("id"), c.id},
                       {QStringLiteral("status"), c.status},
                       {QStringLiteral("name_en"), c.nameEn},
                       {QStringLiteral("name_zh"), c.nameZh},
                       {QStringLiteral("acronym"), c.acronym},
                       {QStringLiteral("kind"), c.kind},
                       {QStringLiteral("level"), levelCode(c.level)},
                       {QStringLiteral("category"), c.category},
                       {QStringLiteral("actor_en"), c.actorEn},
                       {QStringLiteral("actor_zh"), c.actorZh},
                       {QStringLiteral("date"), c.date},
                       {QStringLiteral("source"), c.source},
                       {QStringLiteral("measure_id"), c.measureId > 0 ? QJsonValue(c.measureId) : QJsonValue()},
                       {QStringLiteral("units"), FrameworkExport::unitsJson(unitsOf(c.mentions))},
                       {QStringLiteral("mentions"), FrameworkExport::spansJson(c.mentions)}};
}

} // namespace

QString MeasuresCommand::summary() const
{
    return tr("List the measures a paper names (--csv, --json), or its measure candidates to accept, edit or "
              "reject.");
}

void MeasuresCommand::configure(QCommandLineParser &parser) const
{
    addDocumentOption(parser);
    parser.addOption({QStringLiteral("level"),
                      tr("Only measures of this level: power, order, values, dilemmas, "
                         "countermeasures."),
                      tr("LEVEL")});
    parser.addOption(
        {QStringLiteral("kind"), tr("Only measures of this kind (law, executive-strategy, …)."), tr("KIND")});
    parser.addOption({QStringLiteral("csv"), tr("Print CSV (RFC 4180, UTF-8).")});
    parser.addOption({QStringLiteral("candidates"), tr("List the measure candidates proposed for the paper.")});
    parser.addOption(
        {QStringLiteral("status"), tr("With --candidates: only proposed, accepted or rejected ones."), tr("STATUS")});
    for (const auto &[name, what] :
         {std::pair{"name-en", "the English name"}, std::pair{"name-zh", "the Chinese name"},
          std::pair{"acronym", "the acronym"}, std::pair{"category", "the category"},
          std::pair{"actor-en", "the actor in English"}, std::pair{"actor-zh", "the actor in Chinese"},
          std::pair{"date", "the date: 2022, 2022-08 or 2022-08-09"}}) {
        parser.addOption({QString::fromLatin1(name), tr("With edit: %1.").arg(QString::fromLatin1(what)), tr("TEXT")});
    }
    parser.addPositionalArgument(QStringLiteral("action"),
                                 tr("accept ID, reject ID or edit ID [--name-en …] [--kind …] [--level …]: decide on "
                                    "a candidate."),
                                 tr("[accept|reject|edit ID]"));
}

int MeasuresCommand::run(CommandContext &context, const QCommandLineParser &parser) const
{
    const QStringList args = parser.positionalArguments();
    Library &library = context.library();
    MeasureStore store(library);

    if (!args.isEmpty()) {
        const QString action = args.front();
        const qint64 id = candidateId(args);
        if (action == u"accept") {
            const qint64 measureId = store.accept(id);
            const std::optional<Measure> m = store.measure(measureId);
            if (context.json())
                context.printJson(FrameworkExport::measuresJson({*m}).first());
            else
                context.out() << tr("Candidate %1 is now the measure %2, mentioned in units %3.")
                                     .arg(id)
                                     .arg(m->key, unitList(m->mentions))
                              << Qt::endl;
            return 0;
        }
        if (action == u"reject") {
            store.reject(id);
            if (!context.json())
                context.out() << tr("Candidate %1 rejected.").arg(id) << Qt::endl;
            else
                context.printJson(candidateJson(*store.candidate(id)));
            return 0;
        }
        if (action == u"edit") {
            CandidateEdit edit;
            auto text = [&](const char *option, std::optional<QString> &field) {
                if (parser.isSet(QString::fromLatin1(option)))
                    field = parser.value(QString::fromLatin1(option));
            };
            text("name-en", edit.nameEn);
            text("name-zh", edit.nameZh);
            text("acronym", edit.acronym);
            text("kind", edit.kind);
            text("category", edit.category);
            text("actor-en", edit.actorEn);
            text("actor-zh", edit.actorZh);
            text("date", edit.date);
            if (parser.isSet(QStringLiteral("level")))
                edit.level = levelOption(parser.value(QStringLiteral("level")), true);
            store.edit(id, edit);
            const MeasureCandidate c = *store.candidate(id);
            if (context.json())
                context.printJson(candidateJson(c));
            else
                context.out() << tr("Candidate %1: %2 · %3 (%4)").arg(id).arg(c.nameEn, c.nameZh, c.kind) << Qt::endl;
            return 0;
        }
        throw Error(Error::Kind::Usage, tr("unknown action \"%1\"; use accept, reject or edit").arg(action));
    }

    const qint64 doc = context.documentId(parser);
    if (parser.isSet(QStringLiteral("candidates"))) {
        const QString status = parser.value(QStringLiteral("status"));
        if (!status.isEmpty() && status != u"proposed" && status != u"accepted" && status != u"rejected")
            throw Error(Error::Kind::Usage, tr("--status must be proposed, accepted or rejected"));
        const QList<MeasureCandidate> candidates = store.candidates(doc, status);
        if (context.json()) {
            QJsonArray array;
            for (const MeasureCandidate &c : candidates)
                array.append(candidateJson(c));
            context.printJson(array);
            return 0;
        }
        if (candidates.isEmpty())
            context.out() << tr("No measure candidates (papers with curated data have their measures).") << Qt::endl;
        for (const MeasureCandidate &c : candidates) {
            QStringList names;
            for (const QString &n : {c.nameEn, c.nameZh, c.acronym}) {
                if (!n.isEmpty())
                    names.append(n);
            }
            context.out() << QStringLiteral("%1  [%2]  %3")
                                 .arg(QString::number(c.id).rightJustified(3), c.status,
                                      names.join(QStringLiteral(" · ")));
            if (!c.kind.isEmpty())
                context.out() << "  (" << c.kind << ")";
            context.out() << "  " << tr("units %1").arg(unitList(c.mentions)) << Qt::endl;
        }
        return 0;
    }

    DataExporter::Options options;
    if (parser.isSet(QStringLiteral("level")))
        options.level = levelOption(parser.value(QStringLiteral("level")), false);
    if (parser.isSet(QStringLiteral("kind"))) {
        options.kind = parser.value(QStringLiteral("kind"));
        if (!FrameworkDataReader::measureKinds().contains(options.kind))
            throw Error(Error::Kind::Usage,
                        tr("--kind must be one of %1").arg(FrameworkDataReader::measureKinds().join(u'|')));
    }
    if (parser.isSet(QStringLiteral("csv")) || context.json()) {
        const DataExporter::Format format = context.json() && !parser.isSet(QStringLiteral("csv"))
                                                ? DataExporter::Format::MeasuresJson
                                                : DataExporter::Format::MeasuresCsv;
        context.writeBytes(DataExporter::write(library, doc, format, options));
        return 0;
    }
    const QList<Measure> measures = DataExporter::measures(library, doc, options);
    for (const Measure &m : measures) {
        context.out() << m.nameEn << "  ·  " << m.nameZh;
        if (!m.acronym.isEmpty() && m.acronym != m.nameEn)
            context.out() << "  (" << m.acronym << ")";
        context.out() << Qt::endl << "    " << levelCode(m.level) << " · " << m.category << " · " << m.kind;
        if (!m.date.isEmpty())
            context.out() << " · " << m.date;
        context.out() << " · " << tr("units %1").arg(unitList(m.mentions)) << Qt::endl;
    }
    if (measures.isEmpty())
        context.out() << tr("No measures (see: duizhao-cli measures --candidates).") << Qt::endl;
    return 0;
}

} // namespace duizhao::cli
