#pragma once

#include "model/paper.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace duizhao {

// One paragraph as a reader found it in a translation or an original: a saved web page, a text
// file or a PDF. The aligner pairs these; nothing here is aligned yet.
struct SourceParagraph
{
    QString text;         // the whole paragraph, its line breaks joined the way its language wants
    bool heading = false; // the source marks it as a heading (h1–h6, a larger or bold face); a hint
    int page = 0;         // 1-based PDF page where it starts (0: not from a PDF)
    int line = 0;         // 1-based line of a text or HTML file where it starts (0: unknown)

    friend bool operator==(const SourceParagraph &, const SourceParagraph &) = default;
};

// What a file says about itself (HTML <meta> tags, a PDF's info dictionary); empty when it says
// nothing. Never invented.
struct SourceMeta
{
    QString title;
    QStringList authors;
    QString date; // as given: "2023-05-04", "May 4, 2023"
    QString url;
    QString publisher;

    friend bool operator==(const SourceMeta &, const SourceMeta &) = default;
};

struct SourceDocument
{
    QString fileName; // as the user gave it, for messages
    Lang lang = Lang::En;
    QString format; // "text", "html", "pdf"
    SourceMeta meta;
    QList<SourceParagraph> paragraphs;
};

} // namespace duizhao
