#include "frameworkdatareader.h"

#include "error.h"
#include "text/textfilecheck.h"

#include <QCryptographicHash>
#include <QDate>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace duizhao {

namespace {

const QStringList &nodeKindList()
{
    static const QStringList kinds = {
        QStringLiteral("concept"),       QStringLiteral("power"),          QStringLiteral("competition"),
        QStringLiteral("initiative"),    QStringLiteral("feature"),        QStringLiteral("dilemma"),
        QStringLiteral("dilemma-point"), QStringLiteral("countermeasure"), QStringLiteral("countermeasure-point")};
    return kinds;
}

const QStringList &relationKindList()
{
    static const QStringList kinds = {QStringLiteral("foundation"), QStringLiteral("space"),
                                      QStringLiteral("endorsement")};
    return kinds;
}

// The kinds of measure the issue lists: laws, executive strategies and reports, control lists,
// agency actions, alliances and partnerships, agreements and statements, subsidy programmes, and
// China's countermeasures and policy initiatives — plus the bodies that carry them out.
const QStringList &measureKindList()
{
    static const QStringList kinds = {
        QStringLiteral("law"),
        QStringLiteral("bill"),
        QStringLiteral("executive-strategy"),
        QStringLiteral("report"),
        QStringLiteral("control-list"),
        QStringLiteral("agency-action"),
        QStringLiteral("agency"),
        QStringLiteral("review-system"),
        QStringLiteral("alliance"),
        QStringLiteral("partnership"),
        QStringLiteral("agreement"),
        QStringLiteral("statement"),
        QStringLiteral("organization"),
        QStringLiteral("subsidy-program"),
        QStringLiteral("policy-initiative"),
        QStringLiteral("policy-principle"),
        QStringLiteral("countermeasure"),
        QStringLiteral("dialogue-mechanism"),
    };
    return kinds;
}

// The parent each node kind may have ("" = none: a top-level node).
QStringList allowedParents(const QString &kind)
{
    if (kind == u"power")
        return {QStringLiteral("concept")};
    if (kind == u"initiative")
        return {QStringLiteral("competition"), QStringLiteral("initiative")};
    if (kind == u"feature")
        return {QStringLiteral("competition")};
    if (kind == u"dilemma-point")
        return {QStringLiteral("dilemma")};
    if (kind == u"countermeasure-point")
        return {QStringLiteral("countermeasure")};
    return {QString()};
}

QString quoted(const QString &s)
{
    return u'"' + s + u'"';
}

QString withArticle(const QString &noun)
{
    const bool vowel = !noun.isEmpty() && QStringLiteral("aeiou").contains(noun[0]);
    return (vowel ? QStringLiteral("an ") : QStringLiteral("a ")) + noun;
}

// One JSON file being validated: its root object, and the line of every entry so messages can
// point at it.
class JsonFile
{
public:
    explicit JsonFile(const FrameworkDataReader::Source &source)
        : m_path(source.path)
    {
        // The text checks first, so a broken file gets a message a user can act on ("invalid UTF-8
        // at line 12") rather than a JSON parser's guess.
        m_text = TextFileCheck::decode(source.bytes, source.path, FrameworkDataReader::FileKind);
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(source.bytes, &error);
        if (error.error != QJsonParseError::NoError) {
            const QByteArray before = source.bytes.left(error.offset);
            const int line = int(before.count('\n')) + 1;
            const int column = int(error.offset - (before.lastIndexOf('\n') + 1)) + 1;
            throw Error(Error::Kind::Data,
                        QStringLiteral("not valid JSON: %1 (column %2)").arg(error.errorString()).arg(column), m_path,
                        line);
        }
        if (!doc.isObject())
            throw Error(Error::Kind::Data, QStringLiteral("the top level must be a JSON object"), m_path, 1);
        m_root = doc.object();
        for (qsizetype i = m_text.indexOf(u'\n'); i >= 0; i = m_text.indexOf(u'\n', i + 1))
            m_lineEnds.append(i);
        // Every entry has an "id"; note the line of each so messages can point at the entry. A
        // plain scan: this runs on every import and a regular expression costs more than the rest.
        const QStringView text(m_text);
        for (qsizetype at = text.indexOf(u"\"id\""); at >= 0; at = text.indexOf(u"\"id\"", at + 4)) {
            qsizetype i = at + 4;
            while (i < text.size() && (text[i] == u' ' || text[i] == u'\t' || text[i] == u'\r' || text[i] == u'\n'))
                ++i;
            if (i >= text.size() || text[i] != u':')
                continue;
            ++i;
            while (i < text.size() && (text[i] == u' ' || text[i] == u'\t' || text[i] == u'\r' || text[i] == u'\n'))
                ++i;
            if (i >= text.size() || text[i] != u'"')
                continue;
            const qsizetype end = text.indexOf(u'"', i + 1);
            if (end > i)
                m_idLines.insert(text.mid(i + 1, end - i - 1).toString(), lineAt(at));
        }
    }

    const QString &path() const { return m_path; }
    const QJsonObject &root() const { return m_root; }

    int lineOfId(const QString &id) const { return m_idLines.value(id, 0); }
    // The line of the n-th (0-based) occurrence of "key": in the file, 0 if there is none.
    int lineOfKey(const QString &key, int nth = 0) const
    {
        const QString needle = u'"' + key + u'"';
        qsizetype at = -1;
        for (int k = 0; k <= nth; ++k) {
            at = m_text.indexOf(needle, at + 1);
            if (at < 0)
                return 0;
        }
        return lineAt(at);
    }

    [[noreturn]] void fail(int line, const QString &message) const
    {
        throw Error(Error::Kind::Data, QFileInfo(m_path).fileName() + u": " + message, m_path, line);
    }

    // Checks the header every file has: its format version and the paper it belongs to.
    QString header(const QStringList &otherKeys) const
    {
        QStringList allowed = otherKeys;
        allowed << QStringLiteral("schema") << QStringLiteral("paper_title_en");
        for (auto it = m_root.begin(); it != m_root.end(); ++it) {
            if (!allowed.contains(it.key()))
                fail(lineOfKey(it.key()), QStringLiteral("unknown top-level key %1").arg(quoted(it.key())));
        }
        const QJsonValue schema = m_root.value(u"schema");
        if (!schema.isDouble() || schema.toDouble() != double(schema.toInt()) || schema.toInt() < 1)
            fail(lineOfKey(QStringLiteral("schema")), QStringLiteral("\"schema\" must be a positive whole number"));
        if (schema.toInt() > FrameworkDataReader::SchemaVersion) {
            fail(lineOfKey(QStringLiteral("schema")),
                 QStringLiteral("written for a newer Duizhao (schema %1; this version reads %2)")
                     .arg(schema.toInt())
                     .arg(FrameworkDataReader::SchemaVersion));
        }
        const QJsonValue title = m_root.value(u"paper_title_en");
        if (!title.isString() || title.toString().trimmed().isEmpty())
            fail(lineOfKey(QStringLiteral("paper_title_en")),
                 QStringLiteral("\"paper_title_en\" must name the paper the data belongs to"));
        return title.toString();
    }

    // The header of measures.json or glossary.json, which must name the paper framework.json names.
    void headerOfSamePaper(const QStringList &otherKeys, const QString &paperTitleEn) const
    {
        if (header(otherKeys) != paperTitleEn)
            fail(lineOfKey(QStringLiteral("paper_title_en")),
                 QStringLiteral("\"paper_title_en\" differs from the one in framework.json"));
    }

    QJsonArray array(const QString &key) const
    {
        const QJsonValue value = m_root.value(key);
        if (!value.isArray())
            fail(lineOfKey(key), QStringLiteral("%1 must be a list").arg(quoted(key)));
        return value.toArray();
    }

private:
    int lineAt(qsizetype offset) const
    {
        return int(std::lower_bound(m_lineEnds.cbegin(), m_lineEnds.cend(), offset) - m_lineEnds.cbegin()) + 1;
    }

    QString m_path;
    QJsonObject m_root;
    QString m_text;
    QList<qsizetype> m_lineEnds; // offsets of every '\n'
    QHash<QString, int> m_idLines;
};

// One object inside a file's list ("measure \"chips-act\""), with typed field access that fails
// with a message naming the entry and the field.
class Entry
{
public:
    Entry(const JsonFile &file, const QJsonValue &value, const QString &what, int index, const QString &listKey)
        : m_file(&file)
        , m_what(what)
    {
        if (!value.isObject()) {
            m_name = QStringLiteral("%1 %2 (the %3 in %4)")
                         .arg(what)
                         .arg(index + 1)
                         .arg(ordinal(index + 1), quoted(listKey));
            m_line = file.lineOfKey(listKey);
            fail(QStringLiteral("must be an object"));
        }
        m_object = value.toObject();
        const QJsonValue id = m_object.value(u"id");
        if (id.isString() && !id.toString().isEmpty()) {
            m_id = id.toString();
            m_name = what + u' ' + quoted(m_id);
            m_line = file.lineOfId(m_id);
        } else {
            m_name = QStringLiteral("%1 %2 (the %3 in %4)")
                         .arg(what)
                         .arg(index + 1)
                         .arg(ordinal(index + 1), quoted(listKey));
            m_line = file.lineOfKey(listKey);
        }
    }

    // For entries that have no "id" (relations, Table 1 rows).
    void rename(const QString &name, int line)
    {
        m_name = name;
        m_line = line;
    }

    const QString &id() const { return m_id; }
    int line() const { return m_line; }
    const QString &name() const { return m_name; }

    [[noreturn]] void fail(const QString &message) const { m_file->fail(m_line, m_name + u": " + message); }

    void allowKeys(const QStringList &keys) const
    {
        for (auto it = m_object.begin(); it != m_object.end(); ++it) {
            if (!keys.contains(it.key()))
                fail(QStringLiteral("unknown key %1 (allowed: %2)").arg(quoted(it.key()), keys.join(u", ")));
        }
    }

    QString key(const QString &field) const
    {
        const QString value = string(field, true);
        bool valid = !value.startsWith(u'-') && !value.endsWith(u'-') && !value.contains(u"--");
        for (const QChar ch : value)
            valid = valid && ((ch >= u'a' && ch <= u'z') || (ch >= u'0' && ch <= u'9') || ch == u'-');
        if (!valid)
            fail(
                QStringLiteral("%1 must be lower-case words joined by hyphens, like \"chips-act\"").arg(quoted(field)));
        return value;
    }

    QString string(const QString &field, bool required) const
    {
        const QJsonValue value = m_object.value(field);
        if (value.isUndefined() && !required)
            return {};
        if (!value.isString())
            fail(QStringLiteral("%1 must be a string").arg(quoted(field)));
        const QString text = value.toString();
        if (required && text.trimmed().isEmpty())
            fail(QStringLiteral("%1 must not be empty").arg(quoted(field)));
        if (text != text.trimmed())
            fail(QStringLiteral("%1 has spaces at its start or end").arg(quoted(field)));
        return text;
    }

    // A string that may be missing or null (a top-level node's parent).
    QString optionalString(const QString &field) const
    {
        const QJsonValue value = m_object.value(field);
        if (value.isUndefined() || value.isNull())
            return {};
        return string(field, true);
    }

    QString oneOf(const QString &field, const QStringList &allowed) const
    {
        const QString value = m_object.value(field).toString();
        if (!m_object.value(field).isString() || !allowed.contains(value))
            fail(QStringLiteral("%1 must be one of %2").arg(quoted(field), allowed.join(u'|')));
        return value;
    }

    QStringList strings(const QString &field, bool required, bool nonEmptyList = false) const
    {
        const QJsonValue value = m_object.value(field);
        if (value.isUndefined() && !required)
            return {};
        if (!value.isArray())
            fail(QStringLiteral("%1 must be a list of strings").arg(quoted(field)));
        QStringList list;
        for (const QJsonValue &item : value.toArray()) {
            if (!item.isString() || item.toString().trimmed().isEmpty())
                fail(QStringLiteral("%1 must be a list of non-empty strings").arg(quoted(field)));
            list.append(item.toString());
        }
        if (nonEmptyList && list.isEmpty())
            fail(QStringLiteral("%1 must list at least one").arg(quoted(field)));
        return list;
    }

    bool boolean(const QString &field, bool defaultValue) const
    {
        const QJsonValue value = m_object.value(field);
        if (value.isUndefined())
            return defaultValue;
        if (!value.isBool())
            fail(QStringLiteral("%1 must be true or false").arg(quoted(field)));
        return value.toBool();
    }

    QJsonValue value(const QString &field) const { return m_object.value(field); }

private:
    static QString ordinal(int n)
    {
        const int tens = n % 100;
        const int ones = n % 10;
        const char *suffix = (tens >= 11 && tens <= 13) ? "th"
                             : ones == 1                ? "st"
                             : ones == 2                ? "nd"
                             : ones == 3                ? "rd"
                                                        : "th";
        return QString::number(n) + QLatin1String(suffix);
    }

    const JsonFile *m_file;
    QString m_what;
    QJsonObject m_object;
    QString m_id;
    QString m_name;
    int m_line = 0;
};

QString checkedDate(const Entry &entry, const QString &field)
{
    const QString date = entry.string(field, false);
    if (date.isEmpty())
        return date;
    static const QRegularExpression pattern(QStringLiteral(R"(^(\d{4})(-(\d{2})(-(\d{2}))?)?$)"));
    const QRegularExpressionMatch match = pattern.match(date);
    bool valid = match.hasMatch();
    if (valid) {
        const int year = match.captured(1).toInt();
        const int month = match.captured(3).isEmpty() ? 1 : match.captured(3).toInt();
        const int day = match.captured(5).isEmpty() ? 1 : match.captured(5).toInt();
        valid = QDate(year, month, day).isValid();
    }
    if (!valid)
        entry.fail(QStringLiteral("%1 must be empty, a year, a month or a day: \"2022\", \"2022-08\" or \"2022-08-09\"")
                       .arg(quoted(field)));
    return date;
}

void readFramework(const JsonFile &file, FrameworkData &data)
{
    data.paperTitleEn = file.header({QStringLiteral("nodes"), QStringLiteral("relations"), QStringLiteral("table1")});

    const QJsonArray nodes = file.array(QStringLiteral("nodes"));
    QHash<QString, int> index;
    QList<Entry> entries;
    for (int i = 0; i < nodes.size(); ++i) {
        Entry entry(file, nodes[i], QStringLiteral("node"), i, QStringLiteral("nodes"));
        entry.allowKeys({QStringLiteral("id"), QStringLiteral("kind"), QStringLiteral("parent"), QStringLiteral("goal"),
                         QStringLiteral("label_en"), QStringLiteral("label_zh"), QStringLiteral("summary_en"),
                         QStringLiteral("summary_zh"), QStringLiteral("anchors")});
        FrameworkNode node;
        node.key = entry.key(QStringLiteral("id"));
        if (index.contains(node.key))
            entry.fail(QStringLiteral("the id is used twice"));
        node.kind = entry.oneOf(QStringLiteral("kind"), nodeKindList());
        node.parentKey = entry.optionalString(QStringLiteral("parent"));
        node.goalKey = entry.optionalString(QStringLiteral("goal"));
        node.labelEn = entry.string(QStringLiteral("label_en"), true);
        node.labelZh = entry.string(QStringLiteral("label_zh"), true);
        node.summaryEn = entry.string(QStringLiteral("summary_en"), true);
        node.summaryZh = entry.string(QStringLiteral("summary_zh"), true);
        node.anchors = entry.strings(QStringLiteral("anchors"), true, true);
        node.line = entry.line();
        index.insert(node.key, int(data.nodes.size()));
        data.nodes.append(node);
        entries.append(entry);
    }

    // References between nodes, now that every id is known.
    for (int i = 0; i < data.nodes.size(); ++i) {
        const FrameworkNode &node = data.nodes[i];
        const Entry &entry = entries[i];
        const QStringList parents = allowedParents(node.kind);
        if (node.parentKey.isEmpty()) {
            if (!parents.contains(QString()))
                entry.fail(QStringLiteral("a %1 needs a \"parent\" (a %2)").arg(node.kind, parents.join(u" or ")));
        } else {
            if (!index.contains(node.parentKey))
                entry.fail(QStringLiteral("\"parent\" names %1, which is not a node").arg(quoted(node.parentKey)));
            const QString parentKind = data.nodes[index[node.parentKey]].kind;
            if (!parents.contains(parentKind)) {
                entry.fail(parents.contains(QString())
                               ? QStringLiteral("a %1 is a top-level node and has no \"parent\"").arg(node.kind)
                               : QStringLiteral("the parent of %1 must be a %2, not %3")
                                     .arg(withArticle(node.kind), parents.join(u" or "), withArticle(parentKind)));
            }
        }
        if (node.kind == u"competition") {
            if (node.goalKey.isEmpty() || !index.contains(node.goalKey) ||
                data.nodes[index[node.goalKey]].kind != u"power")
                entry.fail(QStringLiteral("\"goal\" must name the power the competition is fought for"));
        } else if (!node.goalKey.isEmpty()) {
            entry.fail(QStringLiteral("only a competition has a \"goal\""));
        }
    }
    // Initiatives may nest; make sure they do not loop.
    for (int i = 0; i < data.nodes.size(); ++i) {
        int steps = 0;
        for (QString key = data.nodes[i].parentKey; !key.isEmpty(); key = data.nodes[index[key]].parentKey) {
            if (++steps > data.nodes.size())
                entries[i].fail(QStringLiteral("its parents form a loop"));
        }
    }

    const QJsonValue relationsValue = file.root().value(u"relations");
    const QJsonArray relations = relationsValue.isUndefined() ? QJsonArray() : file.array(QStringLiteral("relations"));
    for (int i = 0; i < relations.size(); ++i) {
        Entry entry(file, relations[i], QStringLiteral("relation"), i, QStringLiteral("relations"));
        entry.rename(QStringLiteral("relation %1 (the %2 in \"relations\")").arg(i + 1).arg(i + 1),
                     file.lineOfKey(QStringLiteral("from"), i));
        entry.allowKeys({QStringLiteral("from"), QStringLiteral("to"), QStringLiteral("kind"),
                         QStringLiteral("label_en"), QStringLiteral("label_zh"), QStringLiteral("anchors")});
        FrameworkRelation relation;
        relation.fromKey = entry.string(QStringLiteral("from"), true);
        relation.toKey = entry.string(QStringLiteral("to"), true);
        entry.rename(QStringLiteral("relation %1 → %2").arg(relation.fromKey, relation.toKey), entry.line());
        for (const QString &key : {relation.fromKey, relation.toKey}) {
            if (!index.contains(key) || data.nodes[index[key]].kind != u"power")
                entry.fail(QStringLiteral("%1 is not a power; relations join the three powers").arg(quoted(key)));
        }
        relation.kind = entry.oneOf(QStringLiteral("kind"), relationKindList());
        relation.labelEn = entry.string(QStringLiteral("label_en"), true);
        relation.labelZh = entry.string(QStringLiteral("label_zh"), true);
        relation.anchors = entry.strings(QStringLiteral("anchors"), true, true);
        relation.line = entry.line();
        data.relations.append(relation);
    }

    const QJsonArray rows = file.array(QStringLiteral("table1"));
    QSet<FrameworkLevel> seenLevels;
    QHash<QString, FrameworkLevel> competitionLevel;
    for (int i = 0; i < rows.size(); ++i) {
        Entry entry(file, rows[i], QStringLiteral("table1 row"), i, QStringLiteral("table1"));
        entry.rename(QStringLiteral("table1 row %1").arg(i + 1), file.lineOfKey(QStringLiteral("initiatives"), i));
        entry.allowKeys({QStringLiteral("level"), QStringLiteral("initiatives"), QStringLiteral("features"),
                         QStringLiteral("measures")});
        Table1Spec row;
        const QString code = entry.oneOf(QStringLiteral("level"),
                                         {QStringLiteral("power"), QStringLiteral("order"), QStringLiteral("values")});
        row.level = *levelFromCode(code);
        entry.rename(QStringLiteral("table1 row %1").arg(quoted(code)), entry.line());
        if (seenLevels.contains(row.level))
            entry.fail(QStringLiteral("the level has two rows"));
        seenLevels.insert(row.level);
        row.initiatives = entry.strings(QStringLiteral("initiatives"), true, true);
        row.features = entry.strings(QStringLiteral("features"), true, true);
        row.measures = entry.strings(QStringLiteral("measures"), true, true);
        row.line = entry.line();
        // Every initiative and feature of a row belongs to one competition: that is the
        // competition of the row's level.
        for (const QString &key : row.initiatives + row.features) {
            const bool isInitiative = row.initiatives.contains(key);
            if (!index.contains(key) || data.nodes[index[key]].kind != (isInitiative ? u"initiative" : u"feature")) {
                entry.fail(QStringLiteral("%1 is not %2 node")
                               .arg(quoted(key), isInitiative ? u"an initiative" : u"a feature"));
            }
            QString competition = key;
            while (data.nodes[index[competition]].kind != u"competition")
                competition = data.nodes[index[competition]].parentKey;
            if (competitionLevel.contains(competition) && competitionLevel[competition] != row.level) {
                entry.fail(QStringLiteral("%1 belongs to %2, which another row already claims")
                               .arg(quoted(key), quoted(competition)));
            }
            for (auto it = competitionLevel.cbegin(); it != competitionLevel.cend(); ++it) {
                if (it.value() == row.level && it.key() != competition)
                    entry.fail(QStringLiteral("its items belong to two competitions, %1 and %2")
                                   .arg(quoted(it.key()), quoted(competition)));
            }
            competitionLevel.insert(competition, row.level);
        }
        data.table1.append(row);
    }
    if (seenLevels.size() != 3)
        file.fail(file.lineOfKey(QStringLiteral("table1")),
                  QStringLiteral("\"table1\" must have one row for each of power, order and values"));

    // Levels: a competition's comes from its Table 1 row; everything else follows from its kind
    // and its ancestors.
    for (int i = 0; i < data.nodes.size(); ++i) {
        if (data.nodes[i].kind == u"competition" && !competitionLevel.contains(data.nodes[i].key))
            entries[i].fail(QStringLiteral("the competition has no row in \"table1\""));
    }
    for (FrameworkNode &node : data.nodes) {
        if (node.kind == u"dilemma" || node.kind == u"dilemma-point") {
            node.level = FrameworkLevel::Dilemmas;
        } else if (node.kind == u"countermeasure" || node.kind == u"countermeasure-point") {
            node.level = FrameworkLevel::Countermeasures;
        } else if (node.kind == u"power") {
            for (const FrameworkNode &other : std::as_const(data.nodes)) {
                if (other.kind == u"competition" && other.goalKey == node.key)
                    node.level = competitionLevel.value(other.key);
            }
        } else if (node.kind != u"concept") {
            QString competition = node.key;
            while (data.nodes[index[competition]].kind != u"competition")
                competition = data.nodes[index[competition]].parentKey;
            node.level = competitionLevel.value(competition);
        }
    }
}

void readMeasures(const JsonFile &file, FrameworkData &data)
{
    file.headerOfSamePaper({QStringLiteral("measures")}, data.paperTitleEn);
    const QJsonArray list = file.array(QStringLiteral("measures"));
    QSet<QString> seen;
    QStringList levels;
    for (FrameworkLevel level : frameworkLevels())
        levels.append(levelCode(level));
    for (int i = 0; i < list.size(); ++i) {
        Entry entry(file, list[i], QStringLiteral("measure"), i, QStringLiteral("measures"));
        entry.allowKeys({QStringLiteral("id"), QStringLiteral("name_en"), QStringLiteral("name_zh"),
                         QStringLiteral("acronym"), QStringLiteral("aliases_en"), QStringLiteral("aliases_zh"),
                         QStringLiteral("kind"), QStringLiteral("actor_en"), QStringLiteral("actor_zh"),
                         QStringLiteral("date"), QStringLiteral("level"), QStringLiteral("category"),
                         QStringLiteral("figures"), QStringLiteral("note_en"), QStringLiteral("note_zh"),
                         QStringLiteral("name_en_in_text")});
        Measure m;
        m.key = entry.key(QStringLiteral("id"));
        if (seen.contains(m.key))
            entry.fail(QStringLiteral("the id is used twice"));
        seen.insert(m.key);
        m.origin = QStringLiteral("curated");
        m.nameEn = entry.string(QStringLiteral("name_en"), true);
        m.nameZh = entry.string(QStringLiteral("name_zh"), true);
        m.acronym = entry.string(QStringLiteral("acronym"), false);
        m.aliasesEn = entry.strings(QStringLiteral("aliases_en"), false);
        m.aliasesZh = entry.strings(QStringLiteral("aliases_zh"), false);
        m.kind = entry.oneOf(QStringLiteral("kind"), measureKindList());
        m.actorEn = entry.string(QStringLiteral("actor_en"), true);
        m.actorZh = entry.string(QStringLiteral("actor_zh"), true);
        m.date = checkedDate(entry, QStringLiteral("date"));
        m.level = *levelFromCode(entry.oneOf(QStringLiteral("level"), levels));
        m.category = entry.string(QStringLiteral("category"), true);
        const QJsonValue figures = entry.value(QStringLiteral("figures"));
        if (!figures.isUndefined()) {
            if (!figures.isArray())
                entry.fail(QStringLiteral("\"figures\" must be a list of {\"en\": …, \"zh\": …}"));
            for (const QJsonValue &figure : figures.toArray()) {
                const QJsonObject object = figure.toObject();
                if (!figure.isObject() || object.size() != 2 || !object.value(u"en").isString() ||
                    !object.value(u"zh").isString() || object.value(u"en").toString().trimmed().isEmpty() ||
                    object.value(u"zh").toString().trimmed().isEmpty())
                    entry.fail(
                        QStringLiteral("each of \"figures\" must be {\"en\": …, \"zh\": …} with both filled in"));
                m.figures.append({object.value(u"en").toString(), object.value(u"zh").toString()});
            }
        }
        m.noteEn = entry.string(QStringLiteral("note_en"), false);
        m.noteZh = entry.string(QStringLiteral("note_zh"), false);
        m.nameEnInText = entry.boolean(QStringLiteral("name_en_in_text"), true);
        m.line = entry.line();
        data.measures.append(m);
    }

    // Table 1 names measures by id; check them now that both files are read.
    for (const Table1Spec &row : std::as_const(data.table1)) {
        for (const QString &key : row.measures) {
            if (!seen.contains(key)) {
                throw Error(Error::Kind::Data,
                            QStringLiteral("framework.json: table1 row \"%1\": measure %2 is not in measures.json")
                                .arg(levelCode(row.level), quoted(key)),
                            data.frameworkFile, row.line);
            }
        }
    }
}

void readGlossary(const JsonFile &file, FrameworkData &data)
{
    file.headerOfSamePaper({QStringLiteral("terms")}, data.paperTitleEn);
    const QJsonArray list = file.array(QStringLiteral("terms"));
    QSet<QString> seen;
    for (int i = 0; i < list.size(); ++i) {
        Entry entry(file, list[i], QStringLiteral("term"), i, QStringLiteral("terms"));
        entry.allowKeys({QStringLiteral("id"), QStringLiteral("term_en"), QStringLiteral("term_zh"),
                         QStringLiteral("aliases_en"), QStringLiteral("aliases_zh"), QStringLiteral("definition_en"),
                         QStringLiteral("definition_zh"), QStringLiteral("category")});
        GlossaryTerm term;
        term.key = entry.key(QStringLiteral("id"));
        if (seen.contains(term.key))
            entry.fail(QStringLiteral("the id is used twice"));
        seen.insert(term.key);
        term.termEn = entry.string(QStringLiteral("term_en"), true);
        term.termZh = entry.string(QStringLiteral("term_zh"), true);
        term.aliasesEn = entry.strings(QStringLiteral("aliases_en"), false);
        term.aliasesZh = entry.strings(QStringLiteral("aliases_zh"), false);
        term.definitionEn = entry.string(QStringLiteral("definition_en"), true);
        term.definitionZh = entry.string(QStringLiteral("definition_zh"), true);
        term.category = entry.string(QStringLiteral("category"), true);
        term.line = entry.line();
        data.terms.append(term);
    }
}

// Only tells one version of the data from another, on every import and library opening: MD5 is
// enough and costs a fraction of SHA-256 here.
QByteArray hashOf(const FrameworkDataReader::Source &framework, const FrameworkDataReader::Source &measures,
                  const FrameworkDataReader::Source &glossary)
{
    QCryptographicHash hash(QCryptographicHash::Md5);
    for (const FrameworkDataReader::Source *source : {&framework, &measures, &glossary}) {
        hash.addData(source->bytes);
        hash.addData("\x1e");
    }
    return hash.result().toHex();
}

FrameworkDataReader::Source readSource(const QString &path)
{
    return {path, TextFileCheck::read(path, FrameworkDataReader::FileKind)};
}

} // namespace

FrameworkData FrameworkDataReader::readFolder(const QString &folder)
{
    const QFileInfo info(folder);
    if (!folder.startsWith(u':') && !info.isDir())
        throw Error(Error::Kind::Usage,
                    QStringLiteral("is not a folder with framework.json, measures.json and glossary.json"), folder);
    const QDir dir(folder);
    return parse(readSource(dir.filePath(QStringLiteral("framework.json"))),
                 readSource(dir.filePath(QStringLiteral("measures.json"))),
                 readSource(dir.filePath(QStringLiteral("glossary.json"))));
}

FrameworkData FrameworkDataReader::parse(const Source &framework, const Source &measures, const Source &glossary)
{
    FrameworkData data;
    data.frameworkFile = framework.path;
    data.measuresFile = measures.path;
    data.glossaryFile = glossary.path;
    readFramework(JsonFile(framework), data);
    readMeasures(JsonFile(measures), data);
    readGlossary(JsonFile(glossary), data);
    data.hash = hashOf(framework, measures, glossary);
    return data;
}

QByteArray FrameworkDataReader::folderHash(const QString &folder)
{
    const QDir dir(folder);
    return hashOf(readSource(dir.filePath(QStringLiteral("framework.json"))),
                  readSource(dir.filePath(QStringLiteral("measures.json"))),
                  readSource(dir.filePath(QStringLiteral("glossary.json"))));
}

QStringList FrameworkDataReader::nodeKinds()
{
    return nodeKindList();
}

QStringList FrameworkDataReader::relationKinds()
{
    return relationKindList();
}

QStringList FrameworkDataReader::measureKinds()
{
    return measureKindList();
}

} // namespace duizhao
