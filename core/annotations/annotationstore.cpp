#include "annotationstore.h"

#include "annotationpalette.h"
#include "error.h"
#include "library/library.h"
#include "storage/database.h"
#include "storage/statement.h"
#include "storage/transaction.h"

#include <QSet>
#include <QUuid>

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <unistd.h>
#endif

namespace duizhao {

namespace {

// User tags get colours in turn, so two new codes never look alike by default.
constexpr const char *UserTagColors[] = {"#6C757D", "#B5651D", "#1B998B", "#C2185B", "#5C6BC0", "#7CB342"};

QString timestamp(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime parseTimestamp(const QString &text)
{
    QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    return time.toUTC();
}

QDateTime nowUtc()
{
    // Milliseconds only: what the library stores, so a mark compares equal after a reload.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    return QDateTime::fromMSecsSinceEpoch(now.toMSecsSinceEpoch(), Qt::UTC);
}

// Nearest occurrence of `quote` to `near` in `text`, or -1.
int nearestOccurrence(QStringView text, QStringView quote, int near)
{
    int best = -1;
    for (int at : AnnotationStore::occurrences(text, quote)) {
        if (best < 0 || std::abs(at - near) < std::abs(best - near))
            best = at;
    }
    return best;
}

} // namespace

struct AnnotationStore::UnitText
{
    qint64 unitId = 0;
    QString en;
    QString zh;
    const QString &text(Lang lang) const { return lang == Lang::En ? en : zh; }
};

QString AnnotationStore::nameFromAccount(QStringView gecos, QStringView login)
{
    QString full = gecos.left(gecos.indexOf(u',')).trimmed().toString();
    if (full.contains(u'&') && !login.isEmpty())
        full.replace(u'&', login.left(1).toString().toUpper() + login.mid(1));
    return full.isEmpty() ? login.trimmed().toString() : full;
}

QString AnnotationStore::defaultAuthor()
{
#ifdef Q_OS_UNIX
    if (const passwd *account = getpwuid(getuid())) {
        const QString name = nameFromAccount(QString::fromLocal8Bit(account->pw_gecos ? account->pw_gecos : ""),
                                             QString::fromLocal8Bit(account->pw_name ? account->pw_name : ""));
        if (!name.isEmpty())
            return name;
    }
#endif
    const QString user = qEnvironmentVariable("USER");
    return user.isEmpty() ? qEnvironmentVariable("USERNAME") : user;
}

AnnotationStore::AnnotationStore(Library &library, QObject *parent)
    : QObject(parent)
    , m_library(library)
    , m_author(defaultAuthor())
{}

AnnotationStore::~AnnotationStore() = default;

QList<int> AnnotationStore::occurrences(QStringView text, QStringView words)
{
    QList<int> found;
    if (words.isEmpty())
        return found;
    for (qsizetype at = text.indexOf(words); at >= 0; at = text.indexOf(words, at + words.size()))
        found.append(int(at));
    return found;
}

AnnotationStore::UnitText AnnotationStore::unitText(qint64 documentId, int unitSeq) const
{
    Statement select(m_library.database(), "SELECT id, en, zh FROM units WHERE document_id = ?1 AND seq = ?2");
    select.bind(1, documentId).bind(2, unitSeq);
    if (!select.step()) {
        Statement count(m_library.database(), "SELECT count(*) FROM units WHERE document_id = ?1");
        count.bind(1, documentId);
        count.step();
        if (count.integer(0) == 0)
            throw Error(Error::Kind::Usage, QStringLiteral("there is no document %1 in the library").arg(documentId),
                        m_library.path());
        throw Error(
            Error::Kind::Usage,
            QStringLiteral("there is no unit %1; this paper has units 1 to %2").arg(unitSeq).arg(count.integer(0)));
    }
    return {select.int64(0), select.text(1), select.text(2)};
}

Annotation AnnotationStore::validate(Annotation a) const
{
    const UnitText unit = unitText(a.documentId, a.unitSeq);
    if (a.isUnitScope()) {
        a.start = 0;
        a.length = 0;
        a.quote.clear();
        a.lang = Lang::En;
    } else {
        const QString &text = unit.text(a.lang);
        const bool offsetsFit = a.start >= 0 && a.length > 0 && a.start + a.length <= text.size();
        if (a.quote.isEmpty()) {
            if (!offsetsFit) {
                throw Error(Error::Kind::Usage, QStringLiteral("characters %1 to %2 are outside unit %3's %4 text (%5 "
                                                               "characters)")
                                                    .arg(a.start)
                                                    .arg(a.start + a.length)
                                                    .arg(a.unitSeq)
                                                    .arg(langCode(a.lang))
                                                    .arg(text.size()));
            }
            a.quote = text.mid(a.start, a.length);
        } else if (!offsetsFit || QStringView(text).mid(a.start, a.length) != a.quote) {
            // The offsets no longer point at the words: find the words again, nearest first.
            const int at = nearestOccurrence(text, a.quote, a.start);
            if (at < 0) {
                throw Error(Error::Kind::Data,
                            QStringLiteral("the words \"%1\" are not in unit %2's %3 text")
                                .arg(a.quote.left(80), QString::number(a.unitSeq), langCode(a.lang)));
            }
            a.start = at;
            a.length = int(a.quote.size());
        }
    }
    if (a.color.isEmpty()) {
        a.color = AnnotationPalette::defaultColor();
    } else {
        const QString color = AnnotationPalette::resolve(a.color);
        if (color.isEmpty()) {
            throw Error(
                Error::Kind::Usage,
                QStringLiteral("unknown colour \"%1\"; use one of: %2").arg(a.color, AnnotationPalette::namesText()));
        }
        a.color = color;
    }
    QStringList tags;
    for (const QString &t : std::as_const(a.tags)) {
        const QString name = t.trimmed();
        if (name.isEmpty())
            throw Error(Error::Kind::Usage, QStringLiteral("a tag name cannot be empty"));
        if (!tags.contains(name, Qt::CaseInsensitive))
            tags.append(name);
    }
    tags.sort(Qt::CaseInsensitive);
    a.tags = tags;
    return a;
}

qint64 AnnotationStore::tagId(const QString &name, bool create)
{
    Database &db = m_library.database();
    Statement select(db, "SELECT id FROM tags WHERE name = ?1");
    select.bind(1, name);
    if (select.step())
        return select.int64(0);
    if (!create)
        return 0;
    Statement count(db, "SELECT count(*) FROM tags WHERE builtin = 0");
    count.step();
    const int n = count.integer(0);
    Statement insert(db, "INSERT INTO tags (name, color) VALUES (?1, ?2)");
    insert.bind(1, name).bind(2, QString::fromLatin1(UserTagColors[n % std::size(UserTagColors)])).run();
    return db.lastInsertRowId();
}

void AnnotationStore::createTag(const QString &name, const QString &nameZh, const QString &color)
{
    tagId(name, true);
    Statement write(m_library.database(),
                    "UPDATE tags SET name_zh = ?2, color = coalesce(nullif(?3, ''), color) WHERE name = ?1");
    write.bind(1, name).bind(2, nameZh.isNull() ? QStringLiteral("") : nameZh).bind(3, color).run();
}

void AnnotationStore::writeTags(qint64 annotationId, const QStringList &tags)
{
    Database &db = m_library.database();
    Statement clear(db, "DELETE FROM annotation_tags WHERE annotation_id = ?1");
    clear.bind(1, annotationId).run();
    Statement insert(db, "INSERT OR IGNORE INTO annotation_tags (annotation_id, tag_id) VALUES (?1, ?2)");
    for (const QString &name : tags) {
        insert.bind(1, annotationId).bind(2, tagId(name, true)).run();
        insert.reset();
    }
}

void AnnotationStore::insertRow(const Annotation &a, qint64 unitId)
{
    Database &db = m_library.database();
    Statement insert(db, "INSERT INTO annotations (id, uuid, document_id, unit_id, unit_seq, scope, lang, start, "
                         "length, quote, color, note, author, created_at, modified_at) "
                         "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15)");
    a.id > 0 ? insert.bind(1, a.id) : insert.bindNull(1);
    insert.bind(2, a.uuid).bind(3, a.documentId).bind(4, unitId).bind(5, a.unitSeq);
    insert.bind(6, annotationScopeCode(a.scope));
    if (a.isUnitScope()) {
        insert.bindNull(7).bindNull(8).bindNull(9);
    } else {
        insert.bind(7, langCode(a.lang)).bind(8, a.start).bind(9, a.length);
    }
    insert.bind(10, a.quote).bind(11, a.color).bind(12, a.note).bind(13, a.author);
    insert.bind(14, timestamp(a.created)).bind(15, timestamp(a.modified)).run();
}

Annotation AnnotationStore::prepareNew(Annotation annotation) const
{
    Annotation a = validate(std::move(annotation));
    a.id = 0;
    if (a.uuid.isEmpty())
        a.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (a.author.isEmpty())
        a.author = m_author;
    const QDateTime now = nowUtc();
    if (!a.created.isValid())
        a.created = now;
    if (!a.modified.isValid())
        a.modified = a.created;
    return a;
}

Annotation AnnotationStore::add(Annotation annotation)
{
    Annotation a = prepareNew(std::move(annotation));
    if (findByUuid(a.uuid))
        throw Error(Error::Kind::Usage,
                    QStringLiteral("an annotation with id %1 is already in the library").arg(a.uuid));

    Transaction transaction(m_library.database());
    insertRow(a, unitText(a.documentId, a.unitSeq).unitId);
    a.id = m_library.database().lastInsertRowId();
    writeTags(a.id, a.tags);
    transaction.commit();
    emit changed(a.documentId);
    return a;
}

int AnnotationStore::addMissing(const QList<Annotation> &annotations, const QList<Tag> &tags)
{
    QList<Annotation> fresh;
    for (const Annotation &annotation : annotations) {
        if (!findByUuid(annotation.uuid))
            fresh.append(prepareNew(annotation));
    }
    bool newTags = false;
    Transaction transaction(m_library.database());
    for (const Tag &t : tags) {
        if (tag(t.name))
            continue;
        createTag(t.name, t.nameZh, AnnotationPalette::normalizedHex(t.color));
        newTags = true;
    }
    QSet<qint64> documents;
    for (Annotation &a : fresh) {
        insertRow(a, unitText(a.documentId, a.unitSeq).unitId);
        a.id = m_library.database().lastInsertRowId();
        writeTags(a.id, a.tags);
        documents.insert(a.documentId);
    }
    transaction.commit();
    if (newTags)
        emit tagsChanged();
    for (qint64 document : std::as_const(documents))
        emit changed(document);
    return int(fresh.size());
}

Annotation AnnotationStore::update(const Annotation &annotation)
{
    const std::optional<Annotation> stored = get(annotation.id);
    if (!stored)
        throw Error(Error::Kind::Usage, QStringLiteral("there is no annotation %1").arg(annotation.id));
    Annotation a = *stored;
    a.color = annotation.color;
    a.note = annotation.note;
    a.tags = annotation.tags;
    a = validate(a);
    a.modified = nowUtc();

    Transaction transaction(m_library.database());
    Statement write(m_library.database(),
                    "UPDATE annotations SET color = ?2, note = ?3, modified_at = ?4 WHERE id = ?1");
    write.bind(1, a.id).bind(2, a.color).bind(3, a.note).bind(4, timestamp(a.modified)).run();
    writeTags(a.id, a.tags);
    transaction.commit();
    emit changed(a.documentId);
    return a;
}

void AnnotationStore::restore(const Annotation &annotation)
{
    const Annotation a = validate(annotation);
    if (a.uuid.isEmpty() || !a.created.isValid() || !a.modified.isValid())
        throw Error(Error::Kind::Usage, QStringLiteral("only a stored annotation can be restored"));
    Transaction transaction(m_library.database());
    Statement clear(m_library.database(), "DELETE FROM annotations WHERE id = ?1 OR uuid = ?2");
    clear.bind(1, a.id).bind(2, a.uuid).run();
    insertRow(a, unitText(a.documentId, a.unitSeq).unitId);
    const qint64 id = m_library.database().lastInsertRowId();
    writeTags(id, a.tags);
    transaction.commit();
    emit changed(a.documentId);
}

bool AnnotationStore::remove(qint64 id)
{
    const std::optional<Annotation> stored = get(id);
    if (!stored)
        return false;
    Transaction transaction(m_library.database());
    Statement remove(m_library.database(), "DELETE FROM annotations WHERE id = ?1");
    remove.bind(1, id).run();
    transaction.commit();
    emit changed(stored->documentId);
    return true;
}

QList<Annotation> AnnotationStore::select(const QString &where, const std::function<void(Statement &)> &bind) const
{
    const QByteArray sql =
        QStringLiteral("SELECT a.id, a.uuid, a.document_id, a.unit_seq, a.scope, a.lang, a.start, a.length, a.quote, "
                       "a.color, a.note, a.author, a.created_at, a.modified_at, u.en, u.zh, "
                       "(SELECT group_concat(t.name, char(31)) FROM annotation_tags x JOIN tags t ON t.id = x.tag_id "
                       "WHERE x.annotation_id = a.id) "
                       "FROM annotations a JOIN units u ON u.id = a.unit_id %1 "
                       "ORDER BY a.document_id, a.unit_seq, a.scope = 'range', a.lang, a.start, a.id")
            .arg(where)
            .toUtf8();
    Statement query(m_library.database(), std::string_view(sql.constData(), std::size_t(sql.size())));
    if (bind)
        bind(query);
    QList<Annotation> list;
    while (query.step()) {
        Annotation a;
        a.id = query.int64(0);
        a.uuid = query.text(1);
        a.documentId = query.int64(2);
        a.unitSeq = query.integer(3);
        a.scope = annotationScopeFromCode(query.text(4)).value_or(AnnotationScope::Range);
        a.lang = langFromCode(query.text(5)).value_or(Lang::En);
        a.start = query.integer(6);
        a.length = query.integer(7);
        a.quote = query.text(8);
        a.color = query.text(9);
        a.note = query.text(10);
        a.author = query.text(11);
        a.created = parseTimestamp(query.text(12));
        a.modified = parseTimestamp(query.text(13));
        if (!query.isNull(16)) {
            a.tags = query.text(16).split(QChar(0x1f), Qt::SkipEmptyParts);
            a.tags.sort(Qt::CaseInsensitive);
        }
        if (!a.isUnitScope()) {
            // Re-anchor a mark whose offsets no longer point at its words (a re-imported text).
            const QString text = query.text(a.lang == Lang::En ? 14 : 15);
            if (QStringView(text).mid(a.start, a.length) != a.quote) {
                const int at = nearestOccurrence(text, a.quote, a.start);
                if (at >= 0)
                    a.start = at;
            }
        }
        list.append(a);
    }
    return list;
}

std::optional<Annotation> AnnotationStore::get(qint64 id) const
{
    const QList<Annotation> found = select(QStringLiteral("WHERE a.id = ?1"), [id](Statement &s) { s.bind(1, id); });
    return found.isEmpty() ? std::nullopt : std::optional(found.front());
}

std::optional<Annotation> AnnotationStore::findByUuid(const QString &uuid) const
{
    const QList<Annotation> found =
        select(QStringLiteral("WHERE a.uuid = ?1"), [&uuid](Statement &s) { s.bind(1, uuid); });
    return found.isEmpty() ? std::nullopt : std::optional(found.front());
}

QList<Annotation> AnnotationStore::list(const AnnotationFilter &filter) const
{
    QStringList where;
    if (filter.documentId > 0)
        where.append(QStringLiteral("a.document_id = ?1"));
    if (filter.fromUnit > 0)
        where.append(QStringLiteral("a.unit_seq >= ?2"));
    if (filter.toUnit > 0)
        where.append(QStringLiteral("a.unit_seq <= ?3"));
    if (filter.lang)
        where.append(QStringLiteral("(a.scope = 'unit' OR a.lang = ?4)"));
    if (!filter.color.isEmpty())
        where.append(QStringLiteral("a.color = ?5"));
    if (!filter.tag.isEmpty()) {
        where.append(QStringLiteral("EXISTS (SELECT 1 FROM annotation_tags x JOIN tags t ON t.id = x.tag_id "
                                    "WHERE x.annotation_id = a.id AND t.name = ?6)"));
    }
    const QString color = filter.color.isEmpty() ? QString() : AnnotationPalette::resolve(filter.color);
    QList<Annotation> list =
        select(where.isEmpty() ? QString() : QStringLiteral("WHERE ") + where.join(QStringLiteral(" AND ")),
               [&](Statement &s) {
                   if (filter.documentId > 0)
                       s.bind(1, filter.documentId);
                   if (filter.fromUnit > 0)
                       s.bind(2, filter.fromUnit);
                   if (filter.toUnit > 0)
                       s.bind(3, filter.toUnit);
                   if (filter.lang)
                       s.bind(4, langCode(*filter.lang));
                   if (!filter.color.isEmpty())
                       s.bind(5, color.isEmpty() ? filter.color : color);
                   if (!filter.tag.isEmpty())
                       s.bind(6, filter.tag);
               });
    if (!filter.text.isEmpty()) {
        list.removeIf([&](const Annotation &a) {
            return !a.quote.contains(filter.text, Qt::CaseInsensitive) &&
                   !a.note.contains(filter.text, Qt::CaseInsensitive) &&
                   !a.tags.join(u' ').contains(filter.text, Qt::CaseInsensitive);
        });
    }
    return list;
}

QList<Tag> AnnotationStore::tags() const
{
    QList<Tag> list;
    Statement select(m_library.database(),
                     "SELECT name, name_zh, color, builtin FROM tags ORDER BY builtin DESC, CASE WHEN builtin = 1 THEN "
                     "id END, name COLLATE NOCASE");
    while (select.step())
        list.append({select.text(0), select.text(1), select.text(2), select.integer(3) != 0});
    return list;
}

std::optional<Tag> AnnotationStore::tag(const QString &name) const
{
    for (const Tag &t : tags()) {
        if (t.name.compare(name, Qt::CaseInsensitive) == 0)
            return t;
    }
    return std::nullopt;
}

Tag AnnotationStore::addTag(const Tag &tag)
{
    Tag t = tag;
    t.name = t.name.trimmed();
    t.builtin = false;
    if (t.name.isEmpty())
        throw Error(Error::Kind::Usage, QStringLiteral("a tag name cannot be empty"));
    if (this->tag(t.name))
        throw Error(Error::Kind::Usage, QStringLiteral("there is already a tag \"%1\"").arg(t.name));
    const QString color = AnnotationPalette::normalizedHex(t.color);
    if (!t.color.isEmpty() && color.isEmpty())
        throw Error(Error::Kind::Usage, QStringLiteral("a tag colour is written #RRGGBB, not \"%1\"").arg(t.color));
    Transaction transaction(m_library.database());
    createTag(t.name, t.nameZh, color);
    transaction.commit();
    emit tagsChanged();
    return *this->tag(t.name);
}

Tag AnnotationStore::updateTag(const QString &name, const Tag &changed)
{
    const std::optional<Tag> old = tag(name);
    if (!old)
        throw Error(Error::Kind::Usage, QStringLiteral("there is no tag \"%1\"").arg(name));
    Tag t = *old;
    const QString newName = changed.name.trimmed().isEmpty() ? old->name : changed.name.trimmed();
    if (old->builtin && newName != old->name)
        throw Error(Error::Kind::Usage, QStringLiteral("the framework's tag \"%1\" cannot be renamed").arg(old->name));
    if (newName.compare(old->name, Qt::CaseInsensitive) != 0 && tag(newName))
        throw Error(Error::Kind::Usage, QStringLiteral("there is already a tag \"%1\"").arg(newName));
    if (!changed.color.isEmpty()) {
        t.color = AnnotationPalette::normalizedHex(changed.color);
        if (t.color.isEmpty())
            throw Error(Error::Kind::Usage,
                        QStringLiteral("a tag colour is written #RRGGBB, not \"%1\"").arg(changed.color));
    }
    if (!changed.nameZh.isNull())
        t.nameZh = changed.nameZh;
    t.name = newName;
    Transaction transaction(m_library.database());
    Statement write(m_library.database(), "UPDATE tags SET name = ?2, name_zh = ?3, color = ?4 WHERE name = ?1");
    write.bind(1, old->name).bind(2, t.name).bind(3, t.nameZh).bind(4, t.color).run();
    transaction.commit();
    emit tagsChanged();
    if (t.name != old->name) {
        // Every mark carrying the tag shows the new name.
        Statement docs(m_library.database(),
                       "SELECT DISTINCT a.document_id FROM annotations a JOIN annotation_tags x "
                       "ON x.annotation_id = a.id JOIN tags t ON t.id = x.tag_id WHERE t.name = ?1");
        docs.bind(1, t.name);
        while (docs.step())
            emit this->changed(docs.int64(0));
    }
    return t;
}

bool AnnotationStore::removeTag(const QString &name)
{
    const std::optional<Tag> old = tag(name);
    if (!old)
        return false;
    if (old->builtin)
        throw Error(Error::Kind::Usage, QStringLiteral("the framework's tag \"%1\" cannot be removed").arg(old->name));
    QList<qint64> documents;
    Statement docs(m_library.database(), "SELECT DISTINCT a.document_id FROM annotations a JOIN annotation_tags x ON "
                                         "x.annotation_id = a.id JOIN tags t ON t.id = x.tag_id WHERE t.name = ?1");
    docs.bind(1, old->name);
    while (docs.step())
        documents.append(docs.int64(0));
    Transaction transaction(m_library.database());
    Statement remove(m_library.database(), "DELETE FROM tags WHERE name = ?1");
    remove.bind(1, old->name).run();
    transaction.commit();
    emit tagsChanged();
    for (qint64 document : documents)
        emit changed(document);
    return true;
}

bool AnnotationStore::attempt(const std::function<void()> &write)
{
    try {
        write();
        return true;
    } catch (const Error &error) {
        emit failed(error.text());
        return false;
    }
}

} // namespace duizhao
