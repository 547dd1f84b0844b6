#include "glossarystore.h"

#include "framework/storedrows.h"
#include "library/library.h"
#include "storage/database.h"
#include "storage/statement.h"
#include "storage/transaction.h"

namespace duizhao {

namespace {

UnitSpan spanFrom(const Statement &s, int column)
{
    return {s.integer(column), langFromCode(s.text(column + 1)).value_or(Lang::En), s.integer(column + 2),
            s.integer(column + 3), s.integer(column + 4) != 0};
}

} // namespace

GlossaryStore::GlossaryStore(Library &library)
    : m_db(library.database())
{}

QList<GlossaryTerm> GlossaryStore::terms(qint64 documentId) const
{
    Statement select(m_db, "SELECT id, key, term_en, term_zh, aliases_en, aliases_zh, definition_en, definition_zh, "
                           "category FROM glossary_terms WHERE document_id = ?1 ORDER BY position");
    select.bind(1, documentId);
    Statement occurrences(m_db, "SELECT term_id, unit_seq, lang, start, length, gloss FROM glossary_occurrences "
                                "WHERE document_id = ?1 ORDER BY term_id, unit_seq, lang, start");
    occurrences.bind(1, documentId);
    auto make = [](const Statement &s) {
        GlossaryTerm t;
        t.id = s.int64(0);
        t.key = s.text(1);
        t.termEn = s.text(2);
        t.termZh = s.text(3);
        t.aliasesEn = storedrows::fromJson(s.text(4));
        t.aliasesZh = storedrows::fromJson(s.text(5));
        t.definitionEn = s.text(6);
        t.definitionZh = s.text(7);
        t.category = s.text(8);
        return t;
    };
    return storedrows::withSpans(
        select, make, occurrences, [](const Statement &s) { return spanFrom(s, 1); }, &GlossaryTerm::occurrences);
}

QList<TermOccurrence> GlossaryStore::occurrencesInUnit(qint64 documentId, int unitSeq) const
{
    QList<TermOccurrence> list;
    Statement select(m_db, "SELECT term_id, unit_seq, lang, start, length, gloss FROM glossary_occurrences "
                           "WHERE document_id = ?1 AND unit_seq = ?2 ORDER BY lang, start, length DESC");
    select.bind(1, documentId).bind(2, unitSeq);
    while (select.step())
        list.append({select.int64(0), spanFrom(select, 1)});
    return list;
}

void GlossaryStore::replace(qint64 documentId, const QList<GlossaryTerm> &terms)
{
    Transaction transaction(m_db);
    Statement(m_db, "DELETE FROM glossary_terms WHERE document_id = ?1").bind(1, documentId).run();
    Statement insert(m_db, "INSERT INTO glossary_terms (document_id, position, key, term_en, term_zh, aliases_en, "
                           "aliases_zh, definition_en, definition_zh, category) "
                           "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)");
    Statement insertOccurrence(m_db, "INSERT OR IGNORE INTO glossary_occurrences (term_id, document_id, unit_seq, "
                                     "lang, start, length, gloss) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
    for (int i = 0; i < terms.size(); ++i) {
        const GlossaryTerm &t = terms[i];
        insert.bind(1, documentId).bind(2, i).bind(3, t.key).bind(4, t.termEn).bind(5, t.termZh);
        insert.bind(6, storedrows::toJson(t.aliasesEn))
            .bind(7, storedrows::toJson(t.aliasesZh))
            .bind(8, t.definitionEn);
        insert.bind(9, t.definitionZh).bind(10, t.category).run();
        insert.reset();
        const qint64 id = m_db.lastInsertRowId();
        for (const UnitSpan &span : t.occurrences) {
            insertOccurrence.bind(1, id).bind(2, documentId).bind(3, span.unitSeq).bind(4, langCode(span.lang));
            insertOccurrence.bind(5, span.start).bind(6, span.length).bind(7, span.gloss ? 1 : 0).run();
            insertOccurrence.reset();
        }
    }
    transaction.commit();
}

} // namespace duizhao
