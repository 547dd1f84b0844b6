#include "pdfpostprocessor.h"

#include "error.h"

#include <QColor>
#include <QDateTime>

#include <qpdf/Buffer.hh>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFExc.hh>
#include <qpdf/QPDFObjectHandle.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFWriter.hh>

#include <algorithm>
#include <cstdio>

namespace duizhao {

namespace {

using Handle = QPDFObjectHandle;

std::string utf8(const QString &s)
{
    return s.toStdString();
}

Handle text(const QString &s)
{
    // newUnicodeString picks PDFDocEncoding when it can hold the text, UTF-16BE otherwise.
    return Handle::newUnicodeString(utf8(s));
}

Handle real(double value)
{
    return Handle::newReal(value, 2);
}

Handle rectangle(const PdfBox &box)
{
    return Handle::newArray({real(box.x1), real(box.y1), real(box.x2), real(box.y2)});
}

Handle rgb(const QColor &color)
{
    return Handle::newArray({real(color.redF()), real(color.greenF()), real(color.blueF())});
}

std::string number(double value)
{
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.2f", value);
    return buffer;
}

std::string rgbOperands(const QColor &color)
{
    return number(color.redF()) + ' ' + number(color.greenF()) + ' ' + number(color.blueF());
}

PdfBox padded(const PdfBox &box, double by)
{
    return {box.x1 - by, box.y1 - by, box.x2 + by, box.y2 + by};
}

// A form XObject for /AP /N. Multiply blending keeps the text under a highlight black.
Handle appearance(QPDF &pdf, const PdfBox &bbox, const std::string &content, bool multiply)
{
    Handle stream = pdf.newStream(content);
    Handle dict = stream.getDict();
    dict.replaceKey("/Type", Handle::newName("/XObject"));
    dict.replaceKey("/Subtype", Handle::newName("/Form"));
    dict.replaceKey("/BBox", rectangle(bbox));
    if (multiply) {
        Handle gs = Handle::newDictionary();
        gs.replaceKey("/Type", Handle::newName("/ExtGState"));
        gs.replaceKey("/BM", Handle::newName("/Multiply"));
        gs.replaceKey("/CA", real(1));
        gs.replaceKey("/ca", real(1));
        Handle states = Handle::newDictionary();
        states.replaceKey("/GSm", gs);
        Handle resources = Handle::newDictionary();
        resources.replaceKey("/ExtGState", states);
        dict.replaceKey("/Resources", resources);
    }
    Handle ap = Handle::newDictionary();
    ap.replaceKey("/N", stream);
    return ap;
}

Handle destination(const std::vector<QPDFPageObjectHelper> &pages, const PdfDestination &dest)
{
    const auto page = std::size_t(std::clamp(dest.page, 0, int(pages.size()) - 1));
    return Handle::newArray({pages[page].getObjectHandle(), Handle::newName("/XYZ"), real(dest.left),
                             real(dest.top + 4), Handle::newNull()});
}

Handle addAnnotation(QPDF &pdf, QPDFPageObjectHelper &page, Handle annotation)
{
    Handle pageObject = page.getObjectHandle();
    annotation.replaceKey("/Type", Handle::newName("/Annot"));
    annotation.replaceKey("/P", pageObject);
    Handle indirect = pdf.makeIndirectObject(annotation);
    if (!pageObject.hasKey("/Annots") || !pageObject.getKey("/Annots").isArray())
        pageObject.replaceKey("/Annots", Handle::newArray());
    pageObject.getKey("/Annots").appendItem(indirect);
    return indirect;
}

// The keys every markup annotation of ours carries.
void markup(Handle &annotation, const Annotation &a, const QString &name)
{
    annotation.replaceKey("/F", Handle::newInteger(4)); // print
    annotation.replaceKey("/C", rgb(QColor::fromString(a.color)));
    annotation.replaceKey("/T", text(a.author));
    annotation.replaceKey("/Contents", text(a.note));
    annotation.replaceKey("/NM", text(name));
    annotation.replaceKey("/M", text(PdfPostProcessor::pdfDate(a.modified)));
    annotation.replaceKey("/CreationDate", text(PdfPostProcessor::pdfDate(a.created)));
    if (!a.tags.isEmpty())
        annotation.replaceKey("/Subj", text(a.tags.join(QStringLiteral(", "))));
}

Handle popup(QPDF &pdf, QPDFPageObjectHelper &page, Handle parent, const PdfBox &near, double pageWidth)
{
    const double width = 200;
    const double x = std::min(near.x2 + 8, pageWidth - width - 8);
    Handle p = Handle::newDictionary();
    p.replaceKey("/Subtype", Handle::newName("/Popup"));
    p.replaceKey("/Rect", rectangle({x, near.y2 - 120, x + width, near.y2}));
    p.replaceKey("/Open", Handle::newBool(false));
    p.replaceKey("/Parent", parent);
    return addAnnotation(pdf, page, p);
}

void addMark(QPDF &pdf, std::vector<QPDFPageObjectHelper> &pages, const PdfMark &mark, double pageWidth)
{
    QPDFPageObjectHelper &page = pages[std::size_t(mark.page)];
    const Annotation &a = mark.annotation;
    const QColor color = QColor::fromString(a.color);
    PdfBox bounds = mark.lines.front();
    for (const PdfBox &line : mark.lines)
        bounds = bounds.united(line);

    Handle annotation = Handle::newDictionary();
    if (a.isUnitScope()) {
        annotation.replaceKey("/Subtype", Handle::newName("/Square"));
        annotation.replaceKey("/Rect", rectangle(bounds));
        annotation.replaceKey("/IC", rgb(color));
        Handle border = Handle::newDictionary();
        border.replaceKey("/W", Handle::newInteger(0));
        annotation.replaceKey("/BS", border);
        const std::string content = rgbOperands(color.darker(115)) + " rg " + number(bounds.x1) + ' ' +
                                    number(bounds.y1) + ' ' + number(bounds.width()) + ' ' + number(bounds.height()) +
                                    " re f";
        annotation.replaceKey("/AP", appearance(pdf, bounds, content, false));
    } else {
        // QuadPoints per line, in the order viewers expect: upper left, upper right, lower left, lower right.
        Handle quads = Handle::newArray();
        std::string content = "/GSm gs " + rgbOperands(color) + " rg\n";
        for (const PdfBox &line : mark.lines) {
            for (double v : {line.x1, line.y2, line.x2, line.y2, line.x1, line.y1, line.x2, line.y1})
                quads.appendItem(real(v));
            content += number(line.x1) + ' ' + number(line.y1) + ' ' + number(line.width()) + ' ' +
                       number(line.height()) + " re\n";
        }
        content += "f\n";
        bounds = padded(bounds, 1);
        annotation.replaceKey("/Subtype", Handle::newName("/Highlight"));
        annotation.replaceKey("/Rect", rectangle(bounds));
        annotation.replaceKey("/QuadPoints", quads);
        annotation.replaceKey("/AP", appearance(pdf, bounds, content, true));
    }
    // A mark split by a page break is one mark: the same /NM on both parts, as viewers group replies.
    markup(annotation, a, a.uuid);
    Handle stored = addAnnotation(pdf, page, annotation);
    if (!a.note.isEmpty())
        stored.replaceKey("/Popup", popup(pdf, page, stored, bounds, pageWidth));

    if (mark.first && !a.note.isEmpty() && mark.noteIcon.width() > 0) {
        // The note as a /Text annotation: a small filled icon with its own popup.
        const PdfBox &r = mark.noteIcon;
        Handle note = Handle::newDictionary();
        note.replaceKey("/Subtype", Handle::newName("/Text"));
        note.replaceKey("/Rect", rectangle(r));
        note.replaceKey("/Name", Handle::newName("/Comment"));
        note.replaceKey("/Open", Handle::newBool(false));
        markup(note, a, a.uuid + QStringLiteral("-note"));
        note.replaceKey("/F", Handle::newInteger(4 | 8 | 16)); // print, no zoom, no rotate
        const double w = r.width();
        const double h = r.height();
        std::string icon = rgbOperands(color) + " rg " + rgbOperands(color.darker(170)) + " RG 0.8 w\n" + "0.5 2.5 " +
                           number(w - 1) + ' ' + number(h - 3) + " re B\n" + "2 0.5 m 3 2.5 l 5 2.5 l f\n" +
                           rgbOperands(color.darker(200)) + " RG 0.7 w\n";
        for (double y : {h - 3.5, h - 6.0, h - 8.5})
            icon += "2.5 " + number(y) + " m " + number(w - 2.5) + ' ' + number(y) + " l S\n";
        note.replaceKey("/AP", appearance(pdf, {0, 0, w, h}, icon, false));
        Handle storedNote = addAnnotation(pdf, page, note);
        storedNote.replaceKey("/Popup", popup(pdf, page, storedNote, r, pageWidth));
    }
}

void addLink(QPDF &pdf, std::vector<QPDFPageObjectHelper> &pages, const PdfLink &link, const PdfGeometry &geometry)
{
    Handle annotation = Handle::newDictionary();
    annotation.replaceKey("/Subtype", Handle::newName("/Link"));
    annotation.replaceKey("/Rect", rectangle(link.box));
    annotation.replaceKey("/Border",
                          Handle::newArray({Handle::newInteger(0), Handle::newInteger(0), Handle::newInteger(0)}));
    annotation.replaceKey("/F", Handle::newInteger(4));
    if (!link.uri.isEmpty()) {
        if (!link.uri.startsWith(u"http://") && !link.uri.startsWith(u"https://"))
            return; // only web links are made clickable
        Handle action = Handle::newDictionary();
        action.replaceKey("/S", Handle::newName("/URI"));
        action.replaceKey("/URI", Handle::newString(link.uri.toStdString()));
        annotation.replaceKey("/A", action);
    } else {
        const auto target = geometry.destinations.constFind(link.target);
        if (target == geometry.destinations.constEnd())
            return;
        annotation.replaceKey("/Dest", destination(pages, *target));
    }
    addAnnotation(pdf, pages[std::size_t(link.page)], annotation);
}

void addOutline(QPDF &pdf, std::vector<QPDFPageObjectHelper> &pages, const QList<PdfOutlineItem> &items)
{
    if (items.isEmpty())
        return;
    std::vector<Handle> handles;
    QList<QList<int>> children(items.size() + 1); // last: the root's
    for (qsizetype i = 0; i < items.size(); ++i) {
        Handle item = Handle::newDictionary();
        item.replaceKey("/Title", text(items[i].title));
        item.replaceKey("/Dest", destination(pages, items[i].destination));
        handles.push_back(pdf.makeIndirectObject(item));
        children[items[i].parent >= 0 ? items[i].parent : items.size()].append(int(i));
    }
    Handle root = Handle::newDictionary();
    root.replaceKey("/Type", Handle::newName("/Outlines"));
    root = pdf.makeIndirectObject(root);

    // Top-level entries open, deeper ones closed; /Count follows the PDF rule for both.
    std::function<int(qsizetype)> link = [&](qsizetype parentIndex) -> int {
        const QList<int> &kids = children[parentIndex];
        Handle parent = parentIndex == items.size() ? root : handles[std::size_t(parentIndex)];
        int visible = 0;
        for (qsizetype k = 0; k < kids.size(); ++k) {
            Handle kid = handles[std::size_t(kids[k])];
            kid.replaceKey("/Parent", parent);
            if (k > 0)
                kid.replaceKey("/Prev", handles[std::size_t(kids[k - 1])]);
            if (k + 1 < kids.size())
                kid.replaceKey("/Next", handles[std::size_t(kids[k + 1])]);
            const int below = link(kids[k]);
            const bool open = items[kids[k]].level == 0;
            if (!children[kids[k]].isEmpty())
                kid.replaceKey("/Count", Handle::newInteger(open ? below : -int(children[kids[k]].size())));
            visible += 1 + (open ? below : 0);
        }
        if (!kids.isEmpty()) {
            parent.replaceKey("/First", handles[std::size_t(kids.front())]);
            parent.replaceKey("/Last", handles[std::size_t(kids.back())]);
        }
        return visible;
    };
    const int visible = link(items.size());
    root.replaceKey("/Count", Handle::newInteger(visible));
    pdf.getRoot().replaceKey("/Outlines", root);
    pdf.getRoot().replaceKey("/PageMode", Handle::newName("/UseOutlines"));
}

// Qt embeds only the glyphs it used and tags the descriptor's /FontName ("QEGAAA+WenQuanYiMicroHei"),
// but leaves /BaseFont untagged, so viewers and pdffonts cannot tell the font is a subset (PDF 32000
// 9.6.4 asks for the tag on both). Copy the tag over.
bool isSubsetName(const std::string &name)
{
    // "/ABCDEF+Name": a slash, six capitals, a plus.
    if (name.size() < 9 || name[0] != '/' || name[7] != '+')
        return false;
    return std::all_of(name.begin() + 1, name.begin() + 7, [](char c) { return c >= 'A' && c <= 'Z'; });
}

std::string subsetName(Handle font)
{
    if (!font.isDictionary() || !font.getKey("/FontDescriptor").isDictionary())
        return {};
    Handle name = font.getKey("/FontDescriptor").getKey("/FontName");
    if (!name.isName() || !isSubsetName(name.getName()))
        return {};
    return name.getName();
}

void tagSubsetFonts(QPDF &pdf)
{
    for (Handle object : pdf.getAllObjects()) {
        if (!object.isDictionary() || !object.getKey("/Type").isNameAndEquals("/Font"))
            continue;
        std::string tagged = subsetName(object);
        if (object.getKey("/Subtype").isNameAndEquals("/Type0")) {
            Handle descendants = object.getKey("/DescendantFonts");
            if (descendants.isArray() && descendants.getArrayNItems() == 1)
                tagged = subsetName(descendants.getArrayItem(0));
        }
        if (!tagged.empty())
            object.replaceKey("/BaseFont", Handle::newName(tagged));
    }
}

} // namespace

QString PdfPostProcessor::pdfDate(const QDateTime &time)
{
    return time.toUTC().toString(QStringLiteral("'D:'yyyyMMddHHmmss'Z'"));
}

QByteArray PdfPostProcessor::apply(const QByteArray &qtPdf, const PdfGeometry &geometry, const PdfMetadata &metadata)
{
    try {
        QPDF pdf;
        pdf.setSuppressWarnings(true);
        pdf.processMemoryFile("qt.pdf", qtPdf.constData(), std::size_t(qtPdf.size()));
        std::vector<QPDFPageObjectHelper> pages = QPDFPageDocumentHelper(pdf).getAllPages();
        if (int(pages.size()) != geometry.pageCount) {
            throw Error(Error::Kind::Data, QStringLiteral("the layout made %1 pages but the PDF has %2")
                                               .arg(geometry.pageCount)
                                               .arg(pages.size()));
        }
        for (PdfLink link : geometry.links)
            addLink(pdf, pages, link, geometry);
        for (const PdfMark &mark : geometry.marks) {
            if (!mark.lines.isEmpty() && mark.page >= 0 && mark.page < int(pages.size()))
                addMark(pdf, pages, mark, geometry.pageSize.width());
        }
        addOutline(pdf, pages, geometry.outline);
        tagSubsetFonts(pdf);

        Handle info = Handle::newDictionary();
        info.replaceKey("/Title", text(metadata.title));
        info.replaceKey("/Author", text(metadata.author));
        info.replaceKey("/Subject", text(metadata.subject));
        info.replaceKey("/Keywords", text(metadata.keywords));
        info.replaceKey("/Creator", text(metadata.creator));
        info.replaceKey("/Producer", text(metadata.creator + QStringLiteral(" (Qt, qpdf)")));
        const QString now = pdfDate(QDateTime::currentDateTimeUtc());
        info.replaceKey("/CreationDate", text(now));
        info.replaceKey("/ModDate", text(now));
        pdf.getTrailer().replaceKey("/Info", pdf.makeIndirectObject(info));
        // Qt's XMP packet holds only the English title; the bilingual /Info is the one source.
        pdf.getRoot().removeKey("/Metadata");

        QPDFWriter writer(pdf);
        writer.setOutputMemory();
        writer.setObjectStreamMode(qpdf_o_generate);
        writer.setCompressStreams(true);
        writer.write();
        std::shared_ptr<Buffer> buffer = writer.getBufferSharedPointer();
        return QByteArray(reinterpret_cast<const char *>(buffer->getBuffer()), qsizetype(buffer->getSize()));
    } catch (const std::exception &e) {
        if (const auto *error = dynamic_cast<const Error *>(&e))
            throw *error;
        throw Error(Error::Kind::Data, QStringLiteral("the PDF post-pass failed: %1").arg(QString::fromUtf8(e.what())));
    }
}

} // namespace duizhao
