#pragma once

#include "pdfgeometry.h"

#include <QByteArray>
#include <QString>

namespace duizhao {

// Document information in both scripts; written as UTF-16BE strings where PDFDocEncoding cannot
// hold the text (Chinese).
struct PdfMetadata
{
    QString title;
    QString author;
    QString subject;
    QString keywords;
    QString creator;
};

// The libqpdf pass over Qt's PDF: adds what Qt 6.4 cannot write — the outline (bookmarks),
// internal links with /Dest, external links, /Highlight, /Square (whole-unit codes), /Text and
// /Popup annotations, each with an appearance stream so that every viewer shows them — and sets
// the document information.
class PdfPostProcessor final
{
public:
    static QByteArray apply(const QByteArray &qtPdf, const PdfGeometry &geometry, const PdfMetadata &metadata);
    // "D:20240501123000Z", the date form of /M and /CreationDate.
    static QString pdfDate(const QDateTime &time);
};

} // namespace duizhao
