#pragma once

#include "annotation.h"
#include "text/textfilecheck.h"

#include <QByteArray>
#include <QJsonObject>

namespace duizhao {

class AnnotationStore;

struct AnnotationImportResult
{
    qint64 documentId = 0;
    int added = 0;
    int skipped = 0; // already in the library (same uuid)
};

// Annotations as a JSON file to share with a colleague who has the same paper. The file names the
// paper by its content hash and each mark by its uuid, so importing it twice adds nothing the
// second time, and importing it into a library without the paper is refused.
//
//   { "format": "duizhao-annotations", "version": 1,
//     "paper": { "content_hash", "title_en", "title_zh" }, "exported": ISO time,
//     "tags": [ { "name", "name_zh", "color", "builtin" } ],
//     "annotations": [ { "uuid", "unit", "scope": "range"|"unit", "lang", "start", "length",
//                        "quote", "color", "note", "tags": [..], "author", "created", "modified" } ] }
class AnnotationJson final
{
public:
    static constexpr int Version = 1;
    static constexpr qint64 MaxFileSize = 16 * 1024 * 1024;
    static constexpr TextFileCheck::Kind FileKind{"an annotations file", MaxFileSize};

    static QJsonObject toJson(const Annotation &annotation);
    static QJsonObject toJson(const Tag &tag);
    // Every mark of the document, with the tags they use.
    static QByteArray exportDocument(const AnnotationStore &store, qint64 documentId);

    // All or nothing: a file with one bad entry changes nothing. Errors name the file and the line.
    static AnnotationImportResult importFile(AnnotationStore &store, const QString &path);
    static AnnotationImportResult importBytes(AnnotationStore &store, const QByteArray &bytes,
                                              const QString &sourceName);
};

} // namespace duizhao
