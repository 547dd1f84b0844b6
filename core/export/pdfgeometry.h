#pragma once

#include "annotations/annotation.h"

#include <QHash>
#include <QList>
#include <QSizeF>
#include <QString>

// What the layout records while it paints, for the libqpdf post-pass (outline, links,
// annotations) and for XFDF. All coordinates are PDF user space: points, origin at the bottom
// left of the page, y upwards; pages are 0-based.
namespace duizhao {

struct PdfBox
{
    double x1 = 0; // left
    double y1 = 0; // bottom
    double x2 = 0; // right
    double y2 = 0; // top

    double width() const { return x2 - x1; }
    double height() const { return y2 - y1; }
    PdfBox united(const PdfBox &other) const
    {
        return {std::min(x1, other.x1), std::min(y1, other.y1), std::max(x2, other.x2), std::max(y2, other.y2)};
    }
    friend bool operator==(const PdfBox &, const PdfBox &) = default;
};

struct PdfDestination
{
    int page = -1;
    double left = 0;
    double top = 0;
};

struct PdfOutlineItem
{
    QString title;
    int parent = -1; // index into PdfGeometry::outline; items come in document order
    int level = 0;
    PdfDestination destination;
};

struct PdfLink
{
    int page = 0;
    PdfBox box;
    QString uri;    // an external link (http or https), or
    QString target; // a key into PdfGeometry::destinations: "unit:12", "work:3", "measure:0"
};

// One annotation's part on one page: a highlight spanning a page break has two.
struct PdfMark
{
    Annotation annotation;
    int page = 0;
    QList<PdfBox> lines; // one box per line of text (a unit mark: one bar beside the pair)
    bool first = false;  // the part where the mark starts: it carries the note icon
    PdfBox noteIcon;     // where the /Text note goes (first part of a mark with a note)
};

struct PdfGeometry
{
    QSizeF pageSize; // points
    int pageCount = 0;
    QList<PdfOutlineItem> outline;
    QHash<QString, PdfDestination> destinations;
    QList<PdfLink> links;
    QList<PdfMark> marks;
};

} // namespace duizhao
