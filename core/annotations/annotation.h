#pragma once

#include "model/paper.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// Plain value types for the reader's own marks on a paper. A "range" annotation marks words in
// one language of one aligned unit; a "unit" annotation codes the whole aligned pair, so it
// applies to the English and the Chinese at once (the per-pair coding QDA tools do per document).
namespace duizhao {

enum class AnnotationScope
{
    Range,
    Unit
};
QString annotationScopeCode(AnnotationScope scope); // "range" / "unit"
std::optional<AnnotationScope> annotationScopeFromCode(QStringView code);

struct Annotation
{
    qint64 id = 0; // row id in this library (0: not stored yet)
    QString uuid;  // stable across libraries: import dedup, /NM in PDF, name= in XFDF
    qint64 documentId = 0;
    int unitSeq = 0;
    AnnotationScope scope = AnnotationScope::Range;
    Lang lang = Lang::En; // range only
    int start = 0;        // range only: UTF-16 index into the unit's text of that language
    int length = 0;
    QString quote;    // range only: the marked words when the mark was made, to verify and re-anchor
    QString color;    // "#RRGGBB", one of AnnotationPalette's
    QString note;     // may hold several lines
    QStringList tags; // tag names, sorted
    QString author;
    QDateTime created; // UTC
    QDateTime modified;

    bool isUnitScope() const { return scope == AnnotationScope::Unit; }
    // Whether it marks text of `language` (a unit annotation marks both).
    bool covers(Lang language) const { return isUnitScope() || lang == language; }

    friend bool operator==(const Annotation &, const Annotation &) = default;
};

struct Tag
{
    QString name;   // the id, as typed: "power", "my-code"
    QString nameZh; // Chinese display name, empty for the user's own tags
    QString color;  // "#RRGGBB", editable
    bool builtin = false;

    QString displayName() const { return nameZh.isEmpty() ? name : name + u' ' + nameZh; }
    friend bool operator==(const Tag &, const Tag &) = default;
};

// What AnnotationStore::list returns; every set field narrows the list.
struct AnnotationFilter
{
    qint64 documentId = 0; // 0: every document
    QString tag;
    QString color;
    std::optional<Lang> lang; // unit annotations match either language
    int fromUnit = 0;         // 0: no lower bound
    int toUnit = 0;           // 0: no upper bound
    QString text;             // in the quote, the note or the tag names, case-insensitive
};

} // namespace duizhao
