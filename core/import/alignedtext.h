#pragma once

#include "model/paper.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace duizhao {

// Duizhao's interleaved text with a header: what `duizhao-cli align` writes, so that an aligned
// paper can be checked and edited in any text editor and imported with `import FILE`. A file is
// in this form when its first line is "#duizhao: 1"; every other file is read as before.
//
//   #duizhao: 1
//   #title-en: U.S. Technology Competition with China …
//   #title-zh: 技术权力视角下美国对华技术竞争及中国应对
//   #author: Gu Xueming / 顾学明
//   #year: 2023
//
//   I.  Introduction
//
//   一、 引言
//
//   #note link: Two English paragraphs beside one Chinese paragraph (confidence 0.97).
//   The first English paragraph.
//   ¶
//   The second, which the Chinese joins to the first.
//
//   中文段落。
//
//   A paragraph the Chinese does not have.
//
//   —
//
// Header lines ("#key: value") run to the first blank line; keys it does not know are skipped.
// Then units in order, each an English block and a Chinese block, always both: "—" alone stands
// for a side with no paragraph, and a line "¶" inside a block separates two paragraphs of one
// side (the unit's text keeps an empty line there). "#note KIND: message" lines belong to the
// unit whose English block follows them; other lines starting with "#" are comments. A text
// line that starts with "#" or "\", or is "—" or "¶" itself, is written with a "\" before it.
class AlignedText final
{
public:
    static constexpr int Version = 1;

    // One aligned unit as the writer gets it: the paragraphs of each side and its notes (only
    // kind and message are written; the reader fills the details from the text).
    struct Unit
    {
        QStringList en;
        QStringList zh;
        QList<AlignmentNote> notes;
    };

    // What the reader makes of a file, before the importer reads numbering, citations and
    // footnotes as in any paper: the metadata, the units (seq, texts, lines) and their notes.
    struct Contents
    {
        PaperMeta meta;
        QList<duizhao::Unit> units;
        QList<AlignmentNote> notes;
    };

    static bool isAlignedText(QStringView text);

    // Throws Error(Data, …, sourceName, line) for a newer version, a header value that cannot be
    // read, blocks that do not come in pairs, or a file without a unit or without Chinese.
    static Contents read(QStringView text, const QString &sourceName);

    // Metadata fields left empty are not written. `comments` are written as "#key: value"
    // header lines the reader skips (which files the paper came from, the ratio it was aligned
    // with). Paragraph texts are written on one line each: line breaks inside become spaces.
    static QString write(const PaperMeta &meta, const QList<Unit> &units, const QList<QStringList> &comments = {});
};

} // namespace duizhao
