#include "realigner.h"

#include "align/alignedpaper.h"
#include "align/aligner.h"
#include "annotations/annotationstore.h"
#include "error.h"
#include "framework/frameworkloader.h"
#include "import/paperparser.h"
#include "storage/database.h"
#include "storage/statement.h"
#include "storage/transaction.h"
#include "text/script.h"

#include <QHash>
#include <QRegularExpression>

#include <algorithm>
#include <optional>

namespace duizhao {

namespace {

// Notes the importer derives from the text itself; it makes them again from the new units.
// Every other note is about the alignment and belongs to the draft.
bool isDerivedNote(const AlignmentNote &note)
{
    static const QStringList derived{QStringLiteral("numbering"), QStringLiteral("citation"),
                                     QStringLiteral("truncated"), QStringLiteral("gap")};
    return derived.contains(note.kind);
}

// A unit's text of one language in paragraphs: AlignedText keeps an empty line between them.
QStringList paragraphsOf(const QString &text)
{
    static const QRegularExpression breaks(QStringLiteral("\\n[^\\S\\n]*\\n\\s*"));
    QStringList paragraphs;
    for (const QString &paragraph : text.split(breaks)) {
        if (!script::trimmed(paragraph).isEmpty())
            paragraphs.append(paragraph);
    }
    return paragraphs;
}

// What the note of an unsure link said of its confidence ("confidence 0.83"), else nothing.
std::optional<double> confidenceIn(const QString &message)
{
    static const QRegularExpression confidence(QStringLiteral("confidence (\\d(?:\\.\\d+)?)"));
    const QRegularExpressionMatch m = confidence.match(message);
    if (!m.hasMatch())
        return std::nullopt;
    return m.captured(1).toDouble();
}

AlignmentDraft draftOf(const Paper &paper, qint64 documentId, const QString &sourceName)
{
    AlignmentDraft draft;
    draft.documentId = documentId;
    draft.meta = paper.meta;
    draft.meta.sourceName = sourceName;
    draft.en.fileName = sourceName;
    draft.en.lang = Lang::En;
    draft.zh.fileName = sourceName;
    draft.zh.lang = Lang::Zh;
    for (const AlignmentNote &note : paper.notes) {
        if (!isDerivedNote(note))
            draft.alignment.notes.append(note);
    }
    int han = 0;
    int latin = 0;
    for (const Unit &unit : paper.units) {
        AlignmentLink link;
        link.enFirst = int(draft.en.paragraphs.size());
        link.zhFirst = int(draft.zh.paragraphs.size());
        for (Lang lang : {Lang::En, Lang::Zh}) {
            SourceDocument &side = lang == Lang::En ? draft.en : draft.zh;
            const QString &text = lang == Lang::En ? unit.en : unit.zh;
            const QStringList paragraphs = paragraphsOf(text);
            for (qsizetype k = 0; k < paragraphs.size(); ++k) {
                SourceParagraph paragraph;
                paragraph.text = paragraphs[k];
                paragraph.heading = unit.kind == UnitKind::Heading;
                paragraph.line = k == 0 ? (lang == Lang::En ? unit.enLine : unit.zhLine) : 0;
                side.paragraphs.append(paragraph);
            }
            (lang == Lang::En ? link.enCount : link.zhCount) = int(paragraphs.size());
            const script::ScriptCounts counts = script::countScripts(text);
            (lang == Lang::En ? latin : han) += lang == Lang::En ? counts.latin : counts.han;
        }
        const auto note = std::find_if(draft.alignment.notes.cbegin(), draft.alignment.notes.cend(),
                                       [&unit](const AlignmentNote &n) { return n.unitSeq == unit.seq; });
        link.sure = note == draft.alignment.notes.cend();
        link.confidence = link.sure ? 1.0 : confidenceIn(note->message).value_or(0.5);
        link.evidence.append(
            {QStringLiteral("stored"), 0, link.sure ? QStringLiteral("as the library holds it") : note->message});
        draft.alignment.links.append(link);
    }
    draft.alignment.ratio = latin > 0 ? double(han) / latin : 0;
    return draft;
}

// One language of a paper as one text: the units' texts in order, an empty line between them
// (the way a unit keeps its own paragraphs apart). Re-aligning moves paragraphs between units
// but leaves this text as it was, so a position in it survives any merge or split.
class TextStream final
{
public:
    TextStream(const QList<Unit> &units, Lang lang)
    {
        for (const Unit &unit : units) {
            const QString &text = lang == Lang::En ? unit.en : unit.zh;
            if (text.isEmpty())
                continue;
            if (!m_text.isEmpty())
                m_text += QStringLiteral("\n\n");
            m_index.insert(unit.seq, int(m_starts.size()));
            m_starts.append(int(m_text.size()));
            m_lengths.append(int(text.size()));
            m_seqs.append(unit.seq);
            m_text += text;
        }
    }

    bool isEmpty() const { return m_seqs.isEmpty(); }

    // Where offset `at` of unit `seq` lies in the whole text; -1 when the unit has no text here.
    int positionOf(int seq, int at) const
    {
        const int k = m_index.value(seq, -1);
        return k < 0 ? -1 : m_starts[k] + at;
    }

    struct Place
    {
        int seq = 0;
        int start = 0;
        int length = 0;
        QString words;
    };

    // The unit at (or, between units, before) a position. Not for an empty stream.
    Place at(int position) const
    {
        const auto next = std::upper_bound(m_starts.cbegin(), m_starts.cend(), position);
        const int k = std::max(0, int(next - m_starts.cbegin()) - 1);
        return {m_seqs[k], std::clamp(position - m_starts[k], 0, m_lengths[k]), 0, {}};
    }

    // The occurrence of `words` inside one unit nearest to `near`: as they are, or else with
    // their spaces and line breaks matched by any run of spaces (a line break inside a
    // paragraph is written as a space in Duizhao's text form).
    std::optional<Place> find(const QString &words, int near) const
    {
        if (words.isEmpty() || isEmpty())
            return std::nullopt;
        near = std::clamp(near, 0, int(m_text.size()));
        std::optional<Place> best;
        int bestAt = 0;
        auto consider = [&](qsizetype start, qsizetype length) {
            const int k = unitAt(int(start));
            if (start < m_starts[k] || start + length > m_starts[k] + m_lengths[k])
                return false; // runs across two units
            if (!best || std::abs(int(start) - near) < std::abs(bestAt - near)) {
                best = Place{m_seqs[k], int(start) - m_starts[k], int(length), m_text.mid(start, length)};
                bestAt = int(start);
            }
            return true;
        };
        for (qsizetype at = m_text.indexOf(words, near); at >= 0; at = m_text.indexOf(words, at + 1)) {
            if (consider(at, words.size()))
                break;
        }
        for (qsizetype at = m_text.lastIndexOf(words, near); at >= 0;
             at = at > 0 ? m_text.lastIndexOf(words, at - 1) : -1) {
            if (consider(at, words.size()))
                break;
        }
        if (best)
            return best;
        static const QRegularExpression spaces(QStringLiteral("\\s+"), QRegularExpression::UseUnicodePropertiesOption);
        QStringList parts = words.split(spaces, Qt::SkipEmptyParts);
        if (parts.isEmpty())
            return std::nullopt;
        for (QString &part : parts)
            part = QRegularExpression::escape(part);
        const QRegularExpression loose(parts.join(QStringLiteral("\\s+")),
                                       QRegularExpression::UseUnicodePropertiesOption);
        for (QRegularExpressionMatchIterator it = loose.globalMatch(m_text); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            consider(m.capturedStart(), m.capturedLength());
        }
        return best;
    }

    // The text of unit `seq` from `start`, `length` long (empty when it has none here).
    QString words(int seq, int start, int length) const
    {
        const int k = m_index.value(seq, -1);
        if (k < 0 || start < 0 || length <= 0 || start + length > m_lengths[k])
            return {};
        return m_text.mid(m_starts[k] + start, length);
    }

private:
    int unitAt(int position) const
    {
        const auto next = std::upper_bound(m_starts.cbegin(), m_starts.cend(), position);
        return std::max(0, int(next - m_starts.cbegin()) - 1);
    }

    QString m_text;
    QList<int> m_starts; // of each unit with text, in m_text
    QList<int> m_lengths;
    QList<int> m_seqs;
    QHash<int, int> m_index; // unit number → index into the lists
};

// Both languages of a paper before and after, and where a unit or a span of text went.
class Relocator final
{
public:
    Relocator(const Paper &before, const Paper &after)
        : m_before(before)
        , m_oldEn(before.units, Lang::En)
        , m_oldZh(before.units, Lang::Zh)
        , m_newEn(after.units, Lang::En)
        , m_newZh(after.units, Lang::Zh)
        , m_newUnits(std::max(1, int(after.units.size())))
    {}

    const TextStream &oldText(Lang lang) const { return lang == Lang::En ? m_oldEn : m_oldZh; }
    const TextStream &newText(Lang lang) const { return lang == Lang::En ? m_newEn : m_newZh; }

    // The unit that now holds the start of what unit `seq` held.
    int unitOf(int seq) const
    {
        if (seq < 1 || seq > m_before.units.size())
            return 1;
        const Unit &unit = m_before.units[seq - 1];
        for (Lang lang : {unit.en.isEmpty() ? Lang::Zh : Lang::En, unit.en.isEmpty() ? Lang::En : Lang::Zh}) {
            const int position = oldText(lang).positionOf(seq, 0);
            if (position >= 0 && !newText(lang).isEmpty())
                return newText(lang).at(position).seq;
        }
        return std::min(seq, m_newUnits); // a unit with no text in either language: none is left
    }

    // Where the words at (seq, lang, start) are now, nearest their old place.
    std::optional<TextStream::Place> spanOf(int seq, Lang lang, int start, const QString &words) const
    {
        return newText(lang).find(words, std::max(0, oldText(lang).positionOf(seq, start)));
    }

private:
    const Paper &m_before;
    TextStream m_oldEn;
    TextStream m_oldZh;
    TextStream m_newEn;
    TextStream m_newZh;
    int m_newUnits = 1;
};

// A framework or candidate mention: rows keyed on unit numbers without words of their own.
struct StoredSpan
{
    qint64 owner = 0; // candidate or measure id
    int unitSeq = 0;
    Lang lang = Lang::En;
    int start = 0;
    int length = 0;
};

QList<StoredSpan> readSpans(Database &db, std::string_view sql, qint64 documentId)
{
    QList<StoredSpan> spans;
    Statement select(db, sql);
    select.bind(1, documentId);
    while (select.step()) {
        spans.append({select.int64(0), select.integer(1), langFromCode(select.text(2)).value_or(Lang::En),
                      select.integer(3), select.integer(4)});
    }
    return spans;
}

// The spans moved with their words; those whose words are gone are dropped (the framework
// is looked for again right after).
QList<StoredSpan> moveSpans(const QList<StoredSpan> &spans, const Relocator &relocator)
{
    QList<StoredSpan> moved;
    for (const StoredSpan &span : spans) {
        const QString words = relocator.oldText(span.lang).words(span.unitSeq, span.start, span.length);
        const std::optional<TextStream::Place> place = relocator.spanOf(span.unitSeq, span.lang, span.start, words);
        if (place)
            moved.append({span.owner, place->seq, span.lang, place->start, place->length});
    }
    return moved;
}

void writeSpans(Database &db, std::string_view sql, qint64 documentId, const QList<StoredSpan> &spans)
{
    Statement insert(db, sql);
    for (const StoredSpan &span : spans) {
        insert.bind(1, span.owner).bind(2, documentId).bind(3, span.unitSeq).bind(4, langCode(span.lang));
        insert.bind(5, span.start).bind(6, span.length).run();
        insert.reset();
    }
}

} // namespace

AlignmentDraft Realigner::load(const Library &library, qint64 documentId)
{
    const Paper paper = library.loadPaper(documentId);
    return draftOf(paper, documentId, paper.meta.sourceName);
}

AlignmentDraft Realigner::fromText(const Library &library, qint64 documentId, QStringView text,
                                   const QString &sourceName)
{
    const std::optional<DocumentInfo> info = library.document(documentId);
    if (!info) {
        throw Error(Error::Kind::Usage, QStringLiteral("there is no document %1 in the library").arg(documentId),
                    library.path());
    }
    const Paper paper = PaperParser::parse(text, sourceName);
    // Another paper's text would replace this one's and leave every mark without its words.
    const PaperMeta &stored = info->meta;
    const bool otherEn = !paper.meta.titleEn.isEmpty() && !stored.titleEn.isEmpty() &&
                         !FrameworkLoader::sameTitle(paper.meta.titleEn, stored.titleEn);
    const bool otherZh = !paper.meta.titleZh.isEmpty() && !stored.titleZh.isEmpty() &&
                         script::simplified(paper.meta.titleZh) != script::simplified(stored.titleZh);
    if ((otherEn || paper.meta.titleEn.isEmpty()) && (otherZh || paper.meta.titleZh.isEmpty()) &&
        (otherEn || otherZh)) {
        throw Error(Error::Kind::Data,
                    QStringLiteral("this is the text of another paper (\"%1\"), not of document %2 (\"%3\")")
                        .arg(otherEn ? paper.meta.titleEn : paper.meta.titleZh)
                        .arg(documentId)
                        .arg(otherEn ? stored.titleEn : stored.titleZh),
                    sourceName);
    }
    return draftOf(paper, documentId, stored.sourceName);
}

QString Realigner::text(const AlignmentDraft &draft)
{
    return AlignedPaper::text(draft.alignment, draft.en, draft.zh, draft.meta);
}

AlignmentDraft Realigner::realigned(const AlignmentDraft &draft, const AlignOptions &options)
{
    QList<AlignmentLink> pins;
    for (const AlignmentLink &link : draft.alignment.links) {
        if (link.pinned)
            pins.append(link);
    }
    AlignmentDraft result = draft;
    result.alignment = pins.isEmpty() ? Aligner::align(draft.en.paragraphs, draft.zh.paragraphs, options)
                                      : Aligner::align(draft.en.paragraphs, draft.zh.paragraphs, options, pins);
    return result;
}

RealignResult Realigner::apply(Library &library, const AlignmentDraft &draft, const Progress &progress)
{
    const qint64 id = draft.documentId;
    const std::optional<DocumentInfo> info = id > 0 ? library.document(id) : std::nullopt;
    if (!info) {
        throw Error(Error::Kind::Usage,
                    id > 0 ? QStringLiteral("there is no document %1 in the library").arg(id)
                           : QStringLiteral("this alignment is of a new paper, not of one in the library"),
                    library.path());
    }
    // Read and checked before anything is written: the links must take every paragraph once.
    Paper next = AlignedPaper::paper(draft.alignment, draft.en, draft.zh, draft.meta, info->meta.sourceName);
    next.meta.sourceName = info->meta.sourceName;
    // A unit's lines are where its paragraphs start in the file they came from, not in the text
    // written on the way here.
    for (qsizetype k = 0; k < next.units.size() && k < draft.alignment.links.size(); ++k) {
        const AlignmentLink &link = draft.alignment.links[k];
        if (link.enCount > 0 && draft.en.paragraphs[link.enFirst].line > 0)
            next.units[k].enLine = draft.en.paragraphs[link.enFirst].line;
        if (link.zhCount > 0 && draft.zh.paragraphs[link.zhFirst].line > 0)
            next.units[k].zhLine = draft.zh.paragraphs[link.zhFirst].line;
    }

    Database &db = library.database();
    Transaction transaction(db);
    const Paper before = library.loadPaper(id);
    const Relocator relocator(before, next);

    RealignResult result;
    result.documentId = id;
    result.unitsBefore = int(before.units.size());
    result.unitsAfter = int(next.units.size());

    // The reader's marks: each range found again by its words, nearest where it was.
    struct Placed
    {
        Annotation mark;
        bool orphan = false;
    };
    QList<Placed> placed;
    AnnotationFilter filter;
    filter.documentId = id;
    for (const Annotation &a : AnnotationStore(library).list(filter)) {
        RealignedAnnotation report{a.id, a.uuid, a.unitSeq, 0, a.isUnitScope(), a.lang, a.quote};
        Placed p{a, false};
        if (a.isUnitScope()) {
            p.mark.unitSeq = relocator.unitOf(a.unitSeq);
        } else if (const std::optional<TextStream::Place> place =
                       relocator.spanOf(a.unitSeq, a.lang, a.start, a.quote)) {
            p.mark.unitSeq = place->seq;
            p.mark.start = place->start;
            p.mark.length = place->length;
            p.mark.quote = place->words;
        } else {
            // Kept on the unit where its words were, as a mark on that whole unit.
            const TextStream &text = relocator.newText(a.lang);
            const int position = relocator.oldText(a.lang).positionOf(a.unitSeq, a.start);
            p.mark.unitSeq = text.isEmpty() || position < 0 ? relocator.unitOf(a.unitSeq) : text.at(position).seq;
            p.mark.scope = AnnotationScope::Unit;
            p.orphan = true;
        }
        report.unitAfter = p.mark.unitSeq;
        if (p.orphan)
            result.orphans.append(report);
        else if (p.mark.unitSeq != a.unitSeq || p.mark.start != a.start || p.mark.length != a.length)
            result.moved.append(report);
        else
            ++result.annotationsKept;
        placed.append(p);
    }

    // Rows that name units by number and outlive a re-import: study cards' paragraphs, and the
    // mentions of measure candidates and of measures the user accepted from them.
    QList<StoredSpan> cardUnits;
    {
        Statement select(db, "SELECT card_id, unit_seq FROM study_card_units WHERE document_id = ?1");
        select.bind(1, id);
        while (select.step())
            cardUnits.append({select.int64(0), relocator.unitOf(select.integer(1)), Lang::En, 0, 0});
    }
    const QList<StoredSpan> candidateMentions = moveSpans(
        readSpans(db,
                  "SELECT candidate_id, unit_seq, lang, start, length FROM candidate_mentions WHERE document_id = ?1",
                  id),
        relocator);
    const QList<StoredSpan> measureMentions = moveSpans(
        readSpans(db,
                  "SELECT m.measure_id, m.unit_seq, m.lang, m.start, m.length FROM measure_mentions m "
                  "JOIN measures x ON x.id = m.measure_id WHERE x.document_id = ?1 AND x.origin = 'candidate'",
                  id),
        relocator);

    library.replacePaper(id, next, progress, [&] {
        Statement move(db,
                       "UPDATE annotations SET unit_id = (SELECT id FROM units WHERE document_id = ?1 AND seq = ?2), "
                       "unit_seq = ?2, scope = ?3, lang = ?4, start = ?5, length = ?6, quote = ?7 WHERE id = ?8");
        for (const Placed &p : std::as_const(placed)) {
            const Annotation &a = p.mark;
            move.bind(1, id).bind(2, a.unitSeq).bind(3, annotationScopeCode(a.scope));
            if (a.isUnitScope())
                move.bindNull(4).bindNull(5).bindNull(6);
            else
                move.bind(4, langCode(a.lang)).bind(5, a.start).bind(6, a.length);
            move.bind(7, a.quote).bind(8, a.id).run();
            move.reset();
        }

        Statement(db, "DELETE FROM study_card_units WHERE document_id = ?1").bind(1, id).run();
        Statement insertCard(
            db, "INSERT OR IGNORE INTO study_card_units (card_id, document_id, unit_seq) VALUES (?1, ?2, ?3)");
        for (const StoredSpan &card : std::as_const(cardUnits)) {
            insertCard.bind(1, card.owner).bind(2, id).bind(3, card.unitSeq).run();
            insertCard.reset();
        }

        Statement(db, "DELETE FROM candidate_mentions WHERE document_id = ?1").bind(1, id).run();
        writeSpans(
            db,
            "INSERT OR IGNORE INTO candidate_mentions (candidate_id, document_id, unit_seq, lang, start, length) "
            "VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            id, candidateMentions);
        Statement(db, "DELETE FROM measure_mentions WHERE measure_id IN "
                      "(SELECT id FROM measures WHERE document_id = ?1 AND origin = 'candidate')")
            .bind(1, id)
            .run();
        writeSpans(db,
                   "INSERT OR IGNORE INTO measure_mentions (measure_id, document_id, unit_seq, lang, start, length) "
                   "VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                   id, measureMentions);
    });

    // The framework's links, the measure candidates and the glossary's occurrences, found again
    // in the new units (curated data, or candidates that keep what the user decided).
    result.warnings = FrameworkLoader::attachTo(library, id, next).warnings;
    if (progress && !progress(1, 1))
        throw Error(Error::Kind::Cancelled, QStringLiteral("re-aligning cancelled"), info->meta.sourceName);
    transaction.commit();
    return result;
}

} // namespace duizhao
