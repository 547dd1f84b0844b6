#include "annotationjson.h"

#include "annotationpalette.h"
#include "annotationstore.h"
#include "error.h"
#include "library/library.h"
#include "text/textfilecheck.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace duizhao {

namespace {

const QString Format = QStringLiteral("duizhao-annotations");

QString isoTime(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

// Byte offsets where the elements of the top-level array `key` start, so that an error in the
// n-th annotation can name its line. QJsonDocument keeps no positions.
QList<qsizetype> elementOffsets(const QByteArray &json, QByteArrayView key)
{
    QList<qsizetype> offsets;
    int depth = 0;
    bool inString = false;
    bool escaped = false;
    bool inTarget = false;
    bool expectElement = false;
    qsizetype stringStart = -1;
    QByteArrayView lastKey;
    for (qsizetype i = 0; i < json.size(); ++i) {
        const char c = json[i];
        if (inString) {
            if (escaped)
                escaped = false;
            else if (c == '\\')
                escaped = true;
            else if (c == '"') {
                inString = false;
                if (depth == 1)
                    lastKey = QByteArrayView(json).sliced(stringStart + 1, i - stringStart - 1);
            }
            continue;
        }
        if (c == ' ' || c == '\n' || c == '\r' || c == '\t')
            continue;
        if (inTarget && depth == 2 && expectElement) {
            offsets.append(i);
            expectElement = false;
        }
        switch (c) {
        case '"':
            inString = true;
            stringStart = i;
            break;
        case '{':
        case '[':
            if (depth == 1 && c == '[' && lastKey == key) {
                inTarget = true;
                expectElement = true;
            }
            ++depth;
            break;
        case '}':
        case ']':
            --depth;
            if (depth == 1)
                inTarget = false;
            break;
        case ',':
            if (inTarget && depth == 2)
                expectElement = true;
            break;
        default:
            break;
        }
    }
    // "[ ]" yields a bogus element at the closing bracket; callers only index real ones.
    return offsets;
}

} // namespace

QJsonObject AnnotationJson::toJson(const Annotation &a)
{
    QJsonObject o{
        {QStringLiteral("uuid"), a.uuid},
        {QStringLiteral("unit"), a.unitSeq},
        {QStringLiteral("scope"), annotationScopeCode(a.scope)},
        {QStringLiteral("color"), a.color},
        {QStringLiteral("color_name"), AnnotationPalette::nameOf(a.color)},
        {QStringLiteral("note"), a.note},
        {QStringLiteral("tags"), QJsonArray::fromStringList(a.tags)},
        {QStringLiteral("author"), a.author},
        {QStringLiteral("created"), isoTime(a.created)},
        {QStringLiteral("modified"), isoTime(a.modified)},
    };
    if (a.id > 0)
        o.insert(QStringLiteral("id"), a.id);
    if (!a.isUnitScope()) {
        o.insert(QStringLiteral("lang"), langCode(a.lang));
        o.insert(QStringLiteral("start"), a.start);
        o.insert(QStringLiteral("length"), a.length);
        o.insert(QStringLiteral("quote"), a.quote);
    }
    return o;
}

QJsonObject AnnotationJson::toJson(const Tag &tag)
{
    return {{QStringLiteral("name"), tag.name},
            {QStringLiteral("name_zh"), tag.nameZh},
            {QStringLiteral("color"), tag.color},
            {QStringLiteral("builtin"), tag.builtin}};
}

QByteArray AnnotationJson::exportDocument(const AnnotationStore &store, qint64 documentId)
{
    const std::optional<DocumentInfo> info = store.library().document(documentId);
    if (!info)
        throw Error(Error::Kind::Usage, QStringLiteral("there is no document %1 in the library").arg(documentId));
    AnnotationFilter filter;
    filter.documentId = documentId;
    const QList<Annotation> annotations = store.list(filter);
    QStringList used;
    QJsonArray list;
    for (const Annotation &a : annotations) {
        QJsonObject o = toJson(a);
        o.remove(QStringLiteral("id")); // row ids mean nothing in another library
        o.remove(QStringLiteral("color_name"));
        list.append(o);
        used.append(a.tags);
    }
    QJsonArray tags;
    for (const Tag &tag : store.tags()) {
        if (used.contains(tag.name))
            tags.append(toJson(tag));
    }
    const QJsonObject root{
        {QStringLiteral("format"), Format},
        {QStringLiteral("version"), Version},
        {QStringLiteral("paper"), QJsonObject{{QStringLiteral("content_hash"), QString::fromLatin1(info->contentHash)},
                                              {QStringLiteral("title_en"), info->meta.titleEn},
                                              {QStringLiteral("title_zh"), info->meta.titleZh}}},
        {QStringLiteral("exported"), isoTime(QDateTime::currentDateTimeUtc())},
        {QStringLiteral("tags"), tags},
        {QStringLiteral("annotations"), list},
    };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

AnnotationImportResult AnnotationJson::importFile(AnnotationStore &store, const QString &path)
{
    return importBytes(store, TextFileCheck::read(path, FileKind), path);
}

AnnotationImportResult AnnotationJson::importBytes(AnnotationStore &store, const QByteArray &bytes,
                                                   const QString &sourceName)
{
    const QString text = TextFileCheck::decode(bytes, sourceName, FileKind);
    const QByteArray utf8 = text.toUtf8(); // without a byte-order mark, as offsets below expect

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(utf8, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const bool truncated = parseError.offset >= utf8.trimmed().size() - 1;
        throw Error(Error::Kind::Data,
                    truncated ? QStringLiteral("the JSON ends too early (%1); the file may be truncated")
                                    .arg(parseError.errorString())
                              : QStringLiteral("not valid JSON: %1").arg(parseError.errorString()),
                    sourceName, TextFileCheck::lineAt(utf8, parseError.offset));
    }
    const QJsonObject root = document.object();
    if (!document.isObject() || root.value(u"format").toString() != Format) {
        throw Error(Error::Kind::Data,
                    QStringLiteral("not a Duizhao annotations file (it lacks \"format\": \"%1\")").arg(Format),
                    sourceName, 1);
    }
    const int version = root.value(u"version").toInt(0);
    if (version < 1)
        throw Error(Error::Kind::Data, QStringLiteral("the file has no valid \"version\""), sourceName, 1);
    if (version > Version) {
        throw Error(Error::Kind::Data,
                    QStringLiteral("the file was written by a newer Duizhao (annotations version %1; this version "
                                   "reads up to %2)")
                        .arg(version)
                        .arg(Version),
                    sourceName, 1);
    }
    const QJsonObject paper = root.value(u"paper").toObject();
    const QByteArray hash = paper.value(u"content_hash").toString().toLatin1();
    if (hash.isEmpty())
        throw Error(Error::Kind::Data, QStringLiteral("the file does not say which paper it belongs to"), sourceName,
                    1);
    const std::optional<DocumentInfo> target = store.library().documentWithHash(hash);
    const qint64 documentId = target ? target->id : 0;
    if (documentId == 0) {
        throw Error(Error::Kind::Data,
                    QStringLiteral("the paper these annotations belong to, \"%1\" (content hash %2…), is not in this "
                                   "library; import the paper first")
                        .arg(paper.value(u"title_en").toString(), QString::fromLatin1(hash.left(12))),
                    sourceName);
    }
    if (!root.value(u"annotations").isArray())
        throw Error(Error::Kind::Data, QStringLiteral("the file has no \"annotations\" list"), sourceName, 1);

    QList<Tag> tags;
    for (const QJsonValue &value : root.value(u"tags").toArray()) {
        const QJsonObject t = value.toObject();
        tags.append({t.value(u"name").toString(), t.value(u"name_zh").toString(), t.value(u"color").toString(), false});
    }

    const QJsonArray entries = root.value(u"annotations").toArray();
    const QList<qsizetype> offsets = elementOffsets(utf8, "annotations");
    QList<Annotation> annotations;
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const int line = i < offsets.size() ? TextFileCheck::lineAt(utf8, offsets[i]) : 0;
        auto fail = [&](const QString &why) {
            throw Error(Error::Kind::Data, QStringLiteral("annotation %1: %2").arg(i + 1).arg(why), sourceName, line);
        };
        if (!entries[i].isObject())
            fail(QStringLiteral("not an object"));
        const QJsonObject o = entries[i].toObject();
        Annotation a;
        a.documentId = documentId;
        a.uuid = o.value(u"uuid").toString();
        if (a.uuid.isEmpty() || a.uuid.size() > 100)
            fail(QStringLiteral("no \"uuid\""));
        a.unitSeq = o.value(u"unit").toInt(0);
        const std::optional<AnnotationScope> scope = annotationScopeFromCode(o.value(u"scope").toString());
        if (!scope)
            fail(QStringLiteral("\"scope\" must be \"range\" or \"unit\""));
        a.scope = *scope;
        if (!a.isUnitScope()) {
            const std::optional<Lang> lang = langFromCode(o.value(u"lang").toString());
            if (!lang)
                fail(QStringLiteral("\"lang\" must be \"en\" or \"zh\""));
            a.lang = *lang;
            a.start = o.value(u"start").toInt(-1);
            a.length = o.value(u"length").toInt(0);
            a.quote = o.value(u"quote").toString();
            if (a.quote.isEmpty())
                fail(QStringLiteral("a range needs its \"quote\""));
        }
        a.color = o.value(u"color").toString();
        a.note = o.value(u"note").toString();
        for (const QJsonValue &t : o.value(u"tags").toArray())
            a.tags.append(t.toString());
        a.author = o.value(u"author").toString();
        a.created = QDateTime::fromString(o.value(u"created").toString(), Qt::ISODateWithMs).toUTC();
        a.modified = QDateTime::fromString(o.value(u"modified").toString(), Qt::ISODateWithMs).toUTC();
        try {
            annotations.append(store.validate(a));
        } catch (const Error &error) {
            fail(error.message());
        }
    }
    AnnotationImportResult result;
    result.documentId = documentId;
    result.added = store.addMissing(annotations, tags);
    result.skipped = int(annotations.size()) - result.added;
    return result;
}

} // namespace duizhao
