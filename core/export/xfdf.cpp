#include "xfdf.h"

#include "annotations/annotationstore.h"
#include "error.h"
#include "library/library.h"
#include "pdfexporter.h"
#include "pdfpostprocessor.h"
#include "text/textfilecheck.h"

#include <QXmlStreamReader>
#include <QXmlStreamWriter>

namespace duizhao {

const QString Xfdf::Namespace = QStringLiteral("http://ns.adobe.com/xfdf/");
const QString Xfdf::DuizhaoNamespace = QStringLiteral("https://duizhao.org/xfdf/1");

namespace {

QString number(double value)
{
    return QString::number(value, 'f', 2);
}

QString boxText(const PdfBox &box)
{
    return QStringList{number(box.x1), number(box.y1), number(box.x2), number(box.y2)}.join(u',');
}

QDateTime parsePdfDate(QString text)
{
    // D:YYYYMMDDHHmmSS followed by Z, +HH'mm' or nothing (UTC assumed).
    if (text.startsWith(u"D:"))
        text = text.mid(2);
    QDateTime time = QDateTime::fromString(text.left(14), QStringLiteral("yyyyMMddHHmmss"));
    if (!time.isValid())
        return {};
    time.setTimeSpec(Qt::UTC);
    const QString zone = text.mid(14);
    if (zone.size() >= 3 && (zone[0] == u'+' || zone[0] == u'-')) {
        const int hours = zone.mid(1, 2).toInt();
        const int minutes = zone.size() >= 6 ? zone.mid(4, 2).toInt() : 0;
        const int offset = (hours * 60 + minutes) * 60 * (zone[0] == u'+' ? 1 : -1);
        time = time.addSecs(-offset);
    }
    return time;
}

void writeAnchor(QXmlStreamWriter &xml, const Annotation &a)
{
    xml.writeStartElement(Xfdf::DuizhaoNamespace, QStringLiteral("anchor"));
    xml.writeAttribute(QStringLiteral("unit"), QString::number(a.unitSeq));
    xml.writeAttribute(QStringLiteral("scope"), annotationScopeCode(a.scope));
    if (!a.isUnitScope()) {
        xml.writeAttribute(QStringLiteral("lang"), langCode(a.lang));
        xml.writeAttribute(QStringLiteral("start"), QString::number(a.start));
        xml.writeAttribute(QStringLiteral("length"), QString::number(a.length));
    }
    xml.writeAttribute(QStringLiteral("tags"), a.tags.join(u','));
    xml.writeCharacters(a.quote);
    xml.writeEndElement();
}

void writeCommon(QXmlStreamWriter &xml, const Annotation &a, int page, const PdfBox &rect, const QString &name)
{
    xml.writeAttribute(QStringLiteral("page"), QString::number(page));
    xml.writeAttribute(QStringLiteral("rect"), boxText(rect));
    xml.writeAttribute(QStringLiteral("color"), a.color);
    xml.writeAttribute(QStringLiteral("title"), a.author);
    xml.writeAttribute(QStringLiteral("name"), name);
    xml.writeAttribute(QStringLiteral("creationdate"), PdfPostProcessor::pdfDate(a.created));
    xml.writeAttribute(QStringLiteral("date"), PdfPostProcessor::pdfDate(a.modified));
    xml.writeAttribute(QStringLiteral("flags"), QStringLiteral("print"));
    if (!a.tags.isEmpty())
        xml.writeAttribute(QStringLiteral("subject"), a.tags.join(QStringLiteral(", ")));
}

} // namespace

QByteArray Xfdf::writeFor(const PdfExportInput &input, const PdfExportOptions &options, const QString &pdfFileName,
                          const Progress &progress)
{
    return write(input, PdfExporter::build(input, options, progress).geometry, pdfFileName);
}

QByteArray Xfdf::write(const PdfExportInput &input, const PdfGeometry &geometry, const QString &pdfFileName)
{
    QByteArray bytes;
    QXmlStreamWriter xml(&bytes);
    xml.setAutoFormatting(true);
    xml.writeStartDocument();
    xml.writeDefaultNamespace(Namespace);
    xml.writeNamespace(DuizhaoNamespace, QStringLiteral("dz"));
    xml.writeStartElement(Namespace, QStringLiteral("xfdf"));
    xml.writeAttribute(QStringLiteral("xml:space"), QStringLiteral("preserve"));
    if (!pdfFileName.isEmpty()) {
        xml.writeStartElement(Namespace, QStringLiteral("f"));
        xml.writeAttribute(QStringLiteral("href"), pdfFileName);
        xml.writeEndElement();
    }
    xml.writeStartElement(DuizhaoNamespace, QStringLiteral("paper"));
    xml.writeAttribute(QStringLiteral("content-hash"), QString::fromLatin1(input.paper.contentHash));
    xml.writeAttribute(QStringLiteral("title"), input.paper.meta.titleEn);
    xml.writeEndElement();

    xml.writeStartElement(Namespace, QStringLiteral("annots"));
    QHash<QString, int> parts;
    for (const PdfMark &mark : geometry.marks) {
        const Annotation &a = mark.annotation;
        PdfBox rect = mark.lines.front();
        for (const PdfBox &line : mark.lines)
            rect = rect.united(line);
        const int part = parts[a.uuid]++;
        // Names are unique in a file: a mark split by a page break goes on as uuid-cont1, …
        const QString name = part == 0 ? a.uuid : QStringLiteral("%1-cont%2").arg(a.uuid).arg(part);
        if (a.isUnitScope()) {
            xml.writeStartElement(Namespace, QStringLiteral("square"));
            writeCommon(xml, a, mark.page, rect, name);
            xml.writeAttribute(QStringLiteral("interior-color"), a.color);
            xml.writeAttribute(QStringLiteral("width"), QStringLiteral("0"));
        } else {
            xml.writeStartElement(Namespace, QStringLiteral("highlight"));
            writeCommon(xml, a, mark.page, rect, name);
            QStringList coords;
            for (const PdfBox &line : mark.lines) {
                for (double v : {line.x1, line.y2, line.x2, line.y2, line.x1, line.y1, line.x2, line.y1})
                    coords.append(number(v));
            }
            xml.writeAttribute(QStringLiteral("coords"), coords.join(u','));
        }
        xml.writeTextElement(Namespace, QStringLiteral("contents"), a.note);
        writeAnchor(xml, a);
        xml.writeEndElement();

        if (mark.first && !a.note.isEmpty() && mark.noteIcon.width() > 0) {
            xml.writeStartElement(Namespace, QStringLiteral("text"));
            writeCommon(xml, a, mark.page, mark.noteIcon, a.uuid + QStringLiteral("-note"));
            xml.writeAttribute(QStringLiteral("icon"), QStringLiteral("Comment"));
            xml.writeTextElement(Namespace, QStringLiteral("contents"), a.note);
            xml.writeEndElement();
        }
    }
    xml.writeEndElement(); // annots
    xml.writeEndElement(); // xfdf
    xml.writeEndDocument();
    return bytes;
}

AnnotationImportResult Xfdf::importFile(AnnotationStore &store, const QString &path)
{
    return importBytes(store, TextFileCheck::read(path, FileKind), path);
}

AnnotationImportResult Xfdf::importBytes(AnnotationStore &store, const QByteArray &bytes, const QString &sourceName)
{
    const QString text = TextFileCheck::decode(bytes, sourceName, FileKind);

    QXmlStreamReader xml(text);
    auto fail = [&](const QString &why, qint64 line) { throw Error(Error::Kind::Data, why, sourceName, int(line)); };
    qint64 documentId = 0;
    bool sawRoot = false;
    QList<Annotation> annotations;
    int skippedParts = 0;

    struct Pending
    {
        Annotation annotation;
        qint64 line = 0;
        bool anchored = false;
    };
    std::optional<Pending> pending;

    while (!xml.atEnd()) {
        const QXmlStreamReader::TokenType token = xml.readNext();
        if (token == QXmlStreamReader::Invalid)
            break;
        if (token == QXmlStreamReader::EndElement && pending &&
            (xml.name() == u"highlight" || xml.name() == u"square")) {
            if (!pending->anchored) {
                fail(QStringLiteral("the <%1> named \"%2\" carries no Duizhao anchor (<dz:anchor>); Duizhao imports "
                                    "only the XFDF it writes")
                         .arg(xml.name().toString(), pending->annotation.uuid),
                     pending->line);
            }
            try {
                annotations.append(store.validate(pending->annotation));
            } catch (const Error &error) {
                fail(QStringLiteral("the <%1> named \"%2\": %3")
                         .arg(xml.name().toString(), pending->annotation.uuid, error.message()),
                     pending->line);
            }
            pending.reset();
            continue;
        }
        if (token != QXmlStreamReader::StartElement)
            continue;
        const QXmlStreamAttributes attributes = xml.attributes();
        if (!sawRoot) {
            if (xml.name() != u"xfdf" || xml.namespaceUri() != Namespace)
                fail(QStringLiteral("not an XFDF file (the root element is <%1>, not <xfdf>)").arg(xml.qualifiedName()),
                     xml.lineNumber());
            sawRoot = true;
            continue;
        }
        if (xml.namespaceUri() == DuizhaoNamespace && xml.name() == u"paper") {
            const QByteArray hash = attributes.value(QLatin1String("content-hash")).toLatin1();
            if (const std::optional<DocumentInfo> document = store.library().documentWithHash(hash))
                documentId = document->id;
            if (documentId == 0) {
                fail(QStringLiteral("the paper these annotations belong to, \"%1\", is not in this library; import the "
                                    "paper first")
                         .arg(attributes.value(QLatin1String("title")).toString()),
                     xml.lineNumber());
            }
            continue;
        }
        if (xml.namespaceUri() == Namespace && (xml.name() == u"highlight" || xml.name() == u"square")) {
            if (documentId == 0) {
                fail(QStringLiteral("this XFDF file was not written by Duizhao: it does not name its paper "
                                    "(<dz:paper>); Duizhao imports only the XFDF it writes"),
                     xml.lineNumber());
            }
            const QString name = attributes.value(QLatin1String("name")).toString();
            if (name.contains(u"-cont")) {
                ++skippedParts; // the rest of a mark split by a page break
                xml.skipCurrentElement();
                continue;
            }
            Annotation a;
            a.documentId = documentId;
            a.uuid = name;
            a.scope = xml.name() == u"square" ? AnnotationScope::Unit : AnnotationScope::Range;
            a.color = attributes.value(QLatin1String("color")).toString();
            a.author = attributes.value(QLatin1String("title")).toString();
            a.created = parsePdfDate(attributes.value(QLatin1String("creationdate")).toString());
            a.modified = parsePdfDate(attributes.value(QLatin1String("date")).toString());
            if (a.uuid.isEmpty())
                fail(QStringLiteral("a <%1> without a name").arg(xml.name().toString()), xml.lineNumber());
            pending = Pending{a, xml.lineNumber(), false};
            continue;
        }
        if (pending && xml.namespaceUri() == Namespace && xml.name() == u"contents") {
            pending->annotation.note = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            continue;
        }
        if (pending && xml.namespaceUri() == DuizhaoNamespace && xml.name() == u"anchor") {
            Annotation &a = pending->annotation;
            bool ok = false;
            a.unitSeq = attributes.value(QLatin1String("unit")).toInt(&ok);
            const std::optional<AnnotationScope> scope =
                annotationScopeFromCode(attributes.value(QLatin1String("scope")));
            if (!ok || !scope || *scope != a.scope)
                fail(QStringLiteral("a Duizhao anchor with a wrong unit or scope"), xml.lineNumber());
            if (!a.isUnitScope()) {
                const std::optional<Lang> lang = langFromCode(attributes.value(QLatin1String("lang")));
                if (!lang)
                    fail(QStringLiteral("a Duizhao anchor without its language"), xml.lineNumber());
                a.lang = *lang;
                a.start = attributes.value(QLatin1String("start")).toInt();
                a.length = attributes.value(QLatin1String("length")).toInt();
            }
            a.tags = attributes.value(QLatin1String("tags")).toString().split(u',', Qt::SkipEmptyParts);
            a.quote = xml.readElementText();
            if (a.isUnitScope())
                a.quote.clear();
            else if (a.quote.isEmpty())
                fail(QStringLiteral("a Duizhao anchor without its words"), xml.lineNumber());
            pending->anchored = true;
            continue;
        }
    }
    if (xml.hasError()) {
        const bool truncated = xml.error() == QXmlStreamReader::PrematureEndOfDocumentError;
        fail(truncated ? QStringLiteral("the XML ends too early; the file may be truncated")
                       : QStringLiteral("not well-formed XML: %1").arg(xml.errorString()),
             xml.lineNumber());
    }
    if (!sawRoot)
        fail(QStringLiteral("not an XFDF file (no <xfdf> element)"), 1);
    if (documentId == 0) {
        fail(QStringLiteral("this XFDF file was not written by Duizhao: it does not name its paper (<dz:paper>); "
                            "Duizhao imports only the XFDF it writes"),
             1);
    }
    Q_UNUSED(skippedParts);
    AnnotationImportResult result;
    result.documentId = documentId;
    result.added = store.addMissing(annotations);
    result.skipped = int(annotations.size()) - result.added;
    return result;
}

} // namespace duizhao
