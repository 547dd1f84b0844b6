#include "frameworkstore.h"

#include "framework/measurenames.h"
#include "library/library.h"
#include "storage/database.h"
#include "storage/statement.h"
#include "storage/transaction.h"

#include <algorithm>

namespace duizhao {

namespace {

QList<UnitSpan> spansFrom(Statement &select, int firstColumn)
{
    QList<UnitSpan> spans;
    while (select.step())
        spans.append({select.integer(firstColumn), Lang::En, select.integer(firstColumn + 1),
                      select.integer(firstColumn + 2), false});
    return spans;
}

} // namespace

FrameworkStore::FrameworkStore(Library &library)
    : m_db(library.database())
{}

std::optional<FrameworkInfo> FrameworkStore::info(qint64 documentId) const
{
    Statement select(m_db, "SELECT source, title_en, data_hash, loaded_at FROM framework_sets "
                           "WHERE document_id = ?1 AND curated = 1");
    select.bind(1, documentId);
    if (!select.step())
        return std::nullopt;
    return FrameworkInfo{select.text(0), select.text(1), select.text(2).toLatin1(),
                         QDateTime::fromString(select.text(3), Qt::ISODate)};
}

QList<FrameworkNode> FrameworkStore::nodes(qint64 documentId) const
{
    QList<FrameworkNode> nodes;
    Statement select(m_db, "SELECT n.key, n.kind, p.key, g.key, n.level, n.label_en, n.label_zh, n.summary_en, "
                           "n.summary_zh, n.idx FROM framework_nodes n "
                           "LEFT JOIN framework_nodes p ON p.document_id = n.document_id AND p.idx = n.parent_idx "
                           "LEFT JOIN framework_nodes g ON g.document_id = n.document_id AND g.idx = n.goal_idx "
                           "WHERE n.document_id = ?1 ORDER BY n.idx");
    select.bind(1, documentId);
    Statement spans(m_db, "SELECT unit_seq, start, length FROM framework_node_units "
                          "WHERE document_id = ?1 AND node_idx = ?2 ORDER BY unit_seq, start");
    while (select.step()) {
        FrameworkNode node;
        node.key = select.text(0);
        node.kind = select.text(1);
        node.parentKey = select.text(2);
        node.goalKey = select.text(3);
        node.level = levelFromCode(select.text(4)).value_or(FrameworkLevel::None);
        node.labelEn = select.text(5);
        node.labelZh = select.text(6);
        node.summaryEn = select.text(7);
        node.summaryZh = select.text(8);
        spans.bind(1, documentId).bind(2, select.integer(9));
        node.spans = spansFrom(spans, 0);
        spans.reset();
        nodes.append(node);
    }
    return nodes;
}

QList<FrameworkRelation> FrameworkStore::relations(qint64 documentId) const
{
    QList<FrameworkRelation> relations;
    Statement select(m_db, "SELECT f.key, t.key, r.kind, r.label_en, r.label_zh, r.idx FROM framework_relations r "
                           "JOIN framework_nodes f ON f.document_id = r.document_id AND f.idx = r.from_idx "
                           "JOIN framework_nodes t ON t.document_id = r.document_id AND t.idx = r.to_idx "
                           "WHERE r.document_id = ?1 ORDER BY r.idx");
    select.bind(1, documentId);
    Statement spans(m_db, "SELECT unit_seq, start, length FROM framework_relation_units "
                          "WHERE document_id = ?1 AND relation_idx = ?2 ORDER BY unit_seq, start");
    while (select.step()) {
        FrameworkRelation relation;
        relation.fromKey = select.text(0);
        relation.toKey = select.text(1);
        relation.kind = select.text(2);
        relation.labelEn = select.text(3);
        relation.labelZh = select.text(4);
        spans.bind(1, documentId).bind(2, select.integer(5));
        relation.spans = spansFrom(spans, 0);
        spans.reset();
        relations.append(relation);
    }
    return relations;
}

QList<Table1Row> FrameworkStore::table1(qint64 documentId) const
{
    const QList<FrameworkNode> all = nodes(documentId);
    QHash<QString, const FrameworkNode *> byKey;
    for (const FrameworkNode &node : all)
        byKey.insert(node.key, &node);

    QList<Table1Row> rows;
    for (FrameworkLevel level : {FrameworkLevel::Power, FrameworkLevel::Order, FrameworkLevel::Values}) {
        Table1Row row;
        row.level = level;
        for (const FrameworkNode &node : all) {
            if (node.kind == u"competition" && node.level == level) {
                row.labelEn = node.labelEn;
                row.labelZh = node.labelZh;
            }
        }
        rows.append(row);
    }
    auto rowOf = [&](const QString &code) -> Table1Row * {
        for (Table1Row &row : rows) {
            if (levelCode(row.level) == code)
                return &row;
        }
        return nullptr;
    };

    Statement items(m_db, "SELECT i.level, i.column_name, n.key, m.key, m.name_en, m.name_zh, m.id, m.acronym, m.kind "
                          "FROM table1_items i "
                          "LEFT JOIN framework_nodes n ON n.document_id = i.document_id AND n.idx = i.node_idx "
                          "LEFT JOIN measures m ON m.id = i.measure_id "
                          "WHERE i.document_id = ?1 ORDER BY i.level, i.column_name, i.position");
    items.bind(1, documentId);
    Statement mentionUnits(m_db, "SELECT DISTINCT unit_seq FROM measure_mentions WHERE measure_id = ?1 ORDER BY 1");
    while (items.step()) {
        Table1Row *row = rowOf(items.text(0));
        if (!row)
            continue;
        const QString column = items.text(1);
        Table1Item item;
        if (!items.isNull(2)) {
            const FrameworkNode *node = byKey.value(items.text(2));
            if (!node)
                continue;
            item.key = node->key;
            item.labelEn = node->labelEn;
            item.labelZh = node->labelZh;
            QList<UnitSpan> spans = node->spans;
            // An initiative's sub-initiatives are part of its cell ("import, export, …controls").
            for (const FrameworkNode &child : all) {
                if (child.parentKey == node->key) {
                    // "Import controls" reads "import controls" inside the parentheses; an
                    // acronym ("U.S. …") keeps its capitals.
                    const QString &label = child.labelEn;
                    const bool lowerFirst = label.size() > 1 && label[1].isLower();
                    item.detailsEn.append(lowerFirst ? label.left(1).toLower() + label.mid(1) : label);
                    item.detailsZh.append(child.labelZh);
                    spans.append(child.spans);
                }
            }
            item.units = unitsOf(spans);
        } else {
            item.key = items.text(3);
            item.labelEn = items.text(4);
            item.labelZh = items.text(5);
            item.general = !isNamedMeasure(item.labelEn, item.labelZh, items.text(7), items.text(8));
            mentionUnits.bind(1, items.int64(6));
            while (mentionUnits.step())
                item.units.append(mentionUnits.integer(0));
            mentionUnits.reset();
        }
        Table1Cell &cell = column == u"initiatives" ? row->initiatives
                           : column == u"features"  ? row->features
                                                    : row->measures;
        cell.items.append(item);
    }
    // Named measures first, the general instruments after them, each in the data's order.
    for (Table1Row &row : rows) {
        std::stable_partition(row.measures.items.begin(), row.measures.items.end(),
                              [](const Table1Item &item) { return !item.general; });
    }
    return rows;
}

QHash<int, FrameworkLevel> FrameworkStore::unitLevels(qint64 documentId) const
{
    QHash<int, FrameworkLevel> levels;
    Statement select(m_db, "SELECT unit_seq, level FROM framework_unit_levels WHERE document_id = ?1");
    select.bind(1, documentId);
    while (select.step())
        levels.insert(select.integer(0), levelFromCode(select.text(1)).value_or(FrameworkLevel::None));
    return levels;
}

void FrameworkStore::remove(qint64 documentId)
{
    Transaction transaction(m_db);
    // Children first: node and relation rows refer to each other by index.
    for (const char *sql :
         {"DELETE FROM table1_items WHERE document_id = ?1", "DELETE FROM framework_unit_levels WHERE document_id = ?1",
          "DELETE FROM framework_relation_units WHERE document_id = ?1",
          "DELETE FROM framework_relations WHERE document_id = ?1",
          "DELETE FROM framework_node_units WHERE document_id = ?1",
          "DELETE FROM framework_nodes WHERE document_id = ?1", "DELETE FROM framework_sets WHERE document_id = ?1"}) {
        Statement(m_db, sql).bind(1, documentId).run();
    }
    transaction.commit();
}

std::optional<QByteArray> FrameworkStore::checkedHash(qint64 documentId) const
{
    Statement select(m_db, "SELECT data_hash FROM framework_sets WHERE document_id = ?1");
    select.bind(1, documentId);
    if (!select.step())
        return std::nullopt;
    return select.text(0).toLatin1();
}

void FrameworkStore::markWithoutData(qint64 documentId, const QString &titleEn, const QByteArray &dataHash)
{
    Transaction transaction(m_db);
    remove(documentId);
    Statement insert(m_db, "INSERT INTO framework_sets (document_id, curated, source, title_en, data_hash) "
                           "VALUES (?1, 0, '', ?2, ?3)");
    insert.bind(1, documentId).bind(2, titleEn).bind(3, QString::fromLatin1(dataHash)).run();
    transaction.commit();
}

namespace {

// "?2, ?3, …" for the hashes bound from parameter `first` on.
std::string placeholders(qsizetype count, int first)
{
    std::string list;
    for (qsizetype i = 0; i < count; ++i)
        list += (i > 0 ? ", ?" : "?") + std::to_string(first + i);
    return list.empty() ? std::string("''") : list;
}

} // namespace

QList<FrameworkStore::Unchecked> FrameworkStore::unchecked(const QList<QByteArray> &current) const
{
    QList<Unchecked> found;
    // Checked against other data than this build's: few rows, read with their titles.
    Statement stale(m_db, "SELECT f.document_id, d.title_en, f.curated, f.source FROM framework_sets f "
                          "JOIN documents d ON d.id = f.document_id WHERE f.data_hash NOT IN (" +
                              placeholders(current.size(), 1) + ") ORDER BY f.document_id");
    for (qsizetype i = 0; i < current.size(); ++i)
        stale.bind(int(i + 1), QString::fromLatin1(current[i]));
    while (stale.step())
        found.append({stale.int64(0), stale.text(1), true, stale.integer(2) != 0, stale.text(3)});
    // Never checked: the ids come from the documents' content-hash index (0.4 MB for 5,000
    // papers), not from their rows (10 MB); no ORDER BY, which would make SQLite read the rows.
    Statement never(m_db, "SELECT id FROM documents WHERE id NOT IN (SELECT document_id FROM framework_sets)");
    while (never.step())
        found.append({never.int64(0), QString(), false, false, QString()});
    return found;
}

void FrameworkStore::markChecked(const QList<QByteArray> &current, const QByteArray &checked)
{
    Transaction transaction(m_db);
    Statement update(m_db, "UPDATE framework_sets SET data_hash = ?1 WHERE curated = 0 AND data_hash NOT IN (" +
                               placeholders(current.size(), 2) + ")");
    update.bind(1, QString::fromLatin1(checked));
    for (qsizetype i = 0; i < current.size(); ++i)
        update.bind(int(i + 2), QString::fromLatin1(current[i]));
    update.run();
    transaction.commit();
}

void FrameworkStore::replace(qint64 documentId, const LinkedFramework &linked, const QString &source,
                             const QHash<QString, qint64> &measureIds)
{
    const FrameworkData &data = linked.data;
    Transaction transaction(m_db);
    remove(documentId);

    Statement insertSet(m_db, "INSERT INTO framework_sets (document_id, curated, source, title_en, data_hash) "
                              "VALUES (?1, 1, ?2, ?3, ?4)");
    insertSet.bind(1, documentId).bind(2, source).bind(3, data.paperTitleEn).bind(4, QString::fromLatin1(data.hash));
    insertSet.run();

    QHash<QString, int> index;
    for (int i = 0; i < data.nodes.size(); ++i)
        index.insert(data.nodes[i].key, i);

    // Parents and goals go in before the nodes that name them, so each row is complete when
    // inserted and its foreign keys hold at once.
    QList<int> order;
    QList<bool> done(data.nodes.size(), false);
    while (order.size() < data.nodes.size()) {
        const qsizetype before = order.size();
        for (int i = 0; i < data.nodes.size(); ++i) {
            const FrameworkNode &node = data.nodes[i];
            const bool ready = (node.parentKey.isEmpty() || done[index.value(node.parentKey)]) &&
                               (node.goalKey.isEmpty() || done[index.value(node.goalKey)]);
            if (!done[i] && ready) {
                done[i] = true;
                order.append(i);
            }
        }
        if (order.size() == before)
            break; // a loop; FrameworkDataReader refuses those, so this does not happen
    }
    Statement insertNode(m_db, "INSERT INTO framework_nodes (document_id, idx, key, kind, level, label_en, label_zh, "
                               "summary_en, summary_zh, parent_idx, goal_idx) "
                               "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)");
    Statement insertSpan(m_db, "INSERT OR IGNORE INTO framework_node_units (document_id, node_idx, unit_seq, start, "
                               "length) VALUES (?1, ?2, ?3, ?4, ?5)");
    for (int i : order) {
        const FrameworkNode &node = data.nodes[i];
        insertNode.bind(1, documentId).bind(2, i).bind(3, node.key).bind(4, node.kind).bind(5, levelCode(node.level));
        insertNode.bind(6, node.labelEn).bind(7, node.labelZh).bind(8, node.summaryEn).bind(9, node.summaryZh);
        node.parentKey.isEmpty() ? insertNode.bindNull(10) : insertNode.bind(10, index.value(node.parentKey));
        node.goalKey.isEmpty() ? insertNode.bindNull(11) : insertNode.bind(11, index.value(node.goalKey));
        insertNode.run();
        insertNode.reset();
        for (const UnitSpan &span : node.spans) {
            insertSpan.bind(1, documentId).bind(2, i).bind(3, span.unitSeq).bind(4, span.start).bind(5, span.length);
            insertSpan.run();
            insertSpan.reset();
        }
    }

    Statement insertRelation(m_db, "INSERT INTO framework_relations (document_id, idx, from_idx, to_idx, kind, "
                                   "label_en, label_zh) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
    Statement insertRelationSpan(m_db, "INSERT OR IGNORE INTO framework_relation_units (document_id, relation_idx, "
                                       "unit_seq, start, length) VALUES (?1, ?2, ?3, ?4, ?5)");
    for (int i = 0; i < data.relations.size(); ++i) {
        const FrameworkRelation &r = data.relations[i];
        insertRelation.bind(1, documentId).bind(2, i).bind(3, index.value(r.fromKey)).bind(4, index.value(r.toKey));
        insertRelation.bind(5, r.kind).bind(6, r.labelEn).bind(7, r.labelZh).run();
        insertRelation.reset();
        for (const UnitSpan &span : r.spans) {
            insertRelationSpan.bind(1, documentId).bind(2, i).bind(3, span.unitSeq).bind(4, span.start);
            insertRelationSpan.bind(5, span.length).run();
            insertRelationSpan.reset();
        }
    }

    Statement insertItem(m_db, "INSERT INTO table1_items (document_id, level, column_name, position, node_idx, "
                               "measure_id) VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
    for (const Table1Spec &row : data.table1) {
        const std::pair<const char16_t *, const QStringList *> columns[] = {
            {u"initiatives", &row.initiatives}, {u"features", &row.features}, {u"measures", &row.measures}};
        for (const auto &[name, keys] : columns) {
            for (int p = 0; p < keys->size(); ++p) {
                const bool isMeasure = QStringView(name) == u"measures";
                insertItem.bind(1, documentId)
                    .bind(2, levelCode(row.level))
                    .bind(3, QString::fromUtf16(name))
                    .bind(4, p);
                isMeasure ? insertItem.bindNull(5) : insertItem.bind(5, index.value(keys->at(p)));
                isMeasure ? insertItem.bind(6, measureIds.value(keys->at(p))) : insertItem.bindNull(6);
                insertItem.run();
                insertItem.reset();
            }
        }
    }

    Statement insertLevel(m_db, "INSERT INTO framework_unit_levels (document_id, unit_seq, level) VALUES (?1, ?2, ?3)");
    for (auto it = linked.unitLevels.cbegin(); it != linked.unitLevels.cend(); ++it) {
        insertLevel.bind(1, documentId).bind(2, it.key()).bind(3, levelCode(it.value())).run();
        insertLevel.reset();
    }
    transaction.commit();
}

} // namespace duizhao
