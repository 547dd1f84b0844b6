// The annotated PDF, checked from outside with the tools a reader's machine has: pdftotext for
// the text and the word boxes, pdffonts, qpdf --check, and pikepdf (tests/export/pdfcheck.py) for
// annotations, links and the outline.

#include "annotations/annotationstore.h"
#include "error.h"
#include "export/pdfexporter.h"
#include "export/xfdf.h"
#include "library/openlibrary.h"
#include "support/testsupport.h"
#include "text/script.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QXmlStreamReader>

#include <algorithm>
#include <cmath>

using namespace duizhao;
using namespace duizhao::test;

namespace {

using Run = ProcessResult;

Run run(const QString &program, const QStringList &args)
{
    return runProcess(program, args);
}

QString withoutSpaces(QStringView text)
{
    QString out;
    for (QChar c : text) {
        if (!script::isSpace(c.unicode()))
            out += c;
    }
    return out;
}

// A library with the bundled paper and a few marks of every kind.
struct Marked
{
    QTemporaryDir dir;
    std::unique_ptr<Library> library;
    std::unique_ptr<AnnotationStore> store;
    qint64 doc = 0;
    Paper paper;
    QList<Annotation> marks;

    Marked()
    {
        library = std::make_unique<Library>(dir.filePath(QStringLiteral("lib.duizhao")));
        doc = addBundledPaper(*library).documentId;
        store = std::make_unique<AnnotationStore>(*library);
        store->setAuthor(QStringLiteral("Tester"));
        paper = library->loadPaper(doc);
        marks.append(mark(12, Lang::En, u"There is a shift from “full decoupling” to “small yard, high fence.”"_qs,
                          QStringLiteral("green"), u"The key shift.\nCompare unit 5."_qs, {u"power"_qs}));
        marks.append(mark(12, Lang::Zh, u"其二, 由“ 全面脱钩” 转向“ 小院高墙”。"_qs, QStringLiteral("pink"),
                          u"原文: 小院高墙"_qs, {u"power"_qs}));
        marks.append(mark(12, Lang::En,
                          u"Sacks (2019) argues that the screened-out national security-related technologies should "
                          "meet the following three characteristics:"_qs,
                          QStringLiteral("orange"), QStringLiteral("Three criteria"), {}));
        marks.append(mark(2, Lang::En, u"technological power, institutional power, and interpretative power"_qs, {}, {},
                          {u"values"_qs}));
        Annotation unit;
        unit.documentId = doc;
        unit.unitSeq = 13;
        unit.scope = AnnotationScope::Unit;
        unit.color = QStringLiteral("blue");
        unit.note = QStringLiteral("Coded as a dilemma.");
        unit.tags = {QStringLiteral("dilemmas")};
        marks.append(store->add(unit));
    }

    Annotation mark(int seq, Lang lang, const QString &words, const QString &color, const QString &note,
                    const QStringList &tags)
    {
        return markWords(*store, paper, doc, seq, lang, words, color, note, tags);
    }

    PdfExportInput input() const { return PdfExporter::collect(*store, doc); }
};

Marked &marked()
{
    static Marked instance;
    return instance;
}

// One export per set of options for the whole test run.
QString exported(PdfExportOptions::Layout layout, bool annotations = true)
{
    static QTemporaryDir dir;
    static QHash<QString, QString> files;
    const QString key = PdfExportOptions::layoutCode(layout) + (annotations ? u"" : u"-plain");
    if (!files.contains(key)) {
        PdfExportOptions options;
        options.layout = layout;
        options.annotations = annotations;
        const QString path = dir.filePath(key + QStringLiteral(".pdf"));
        PdfExporter::exportToFile(marked().input(), options, path);
        files.insert(key, path);
    }
    return files.value(key);
}

QJsonObject inspect(const QString &pdf)
{
    const Run r = run(QStringLiteral("/usr/bin/python3"), {sourceDir() + u"/tests/export/pdfcheck.py"_qs, pdf});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    return QJsonDocument::fromJson(r.out).object();
}

// pdftotext of a region (points, from the top left) of every page.
QString extract(const QString &pdf, double x, double y, double w, double h)
{
    const Run r = run(QStringLiteral("pdftotext"),
                      {QStringLiteral("-raw"), QStringLiteral("-x"), QString::number(int(x)), QStringLiteral("-y"),
                       QString::number(int(y)), QStringLiteral("-W"), QString::number(int(w)), QStringLiteral("-H"),
                       QString::number(int(h)), pdf, QStringLiteral("-")});
    REQUIRE(r.exitCode == 0);
    return QString::fromUtf8(r.out);
}

struct Word
{
    QString text;
    PdfBox box; // PDF coordinates
};

QList<Word> words(const QString &pdf, int page, double pageHeight)
{
    const Run r =
        run(QStringLiteral("pdftotext"), {QStringLiteral("-bbox"), QStringLiteral("-f"), QString::number(page + 1),
                                          QStringLiteral("-l"), QString::number(page + 1), pdf, QStringLiteral("-")});
    REQUIRE(r.exitCode == 0);
    static const QRegularExpression word(
        QStringLiteral(R"re(<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>)re"));
    QList<Word> list;
    for (auto it = word.globalMatch(QString::fromUtf8(r.out)); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        QString text = m.captured(5);
        text.replace(QStringLiteral("&quot;"), QStringLiteral("\""))
            .replace(QStringLiteral("&lt;"), QStringLiteral("<"))
            .replace(QStringLiteral("&gt;"), QStringLiteral(">"))
            .replace(QStringLiteral("&amp;"), QStringLiteral("&"));
        list.append({text,
                     {m.captured(1).toDouble(), pageHeight - m.captured(4).toDouble(), m.captured(3).toDouble(),
                      pageHeight - m.captured(2).toDouble()}});
    }
    return list;
}

QList<PdfBox> quadBoxes(const QJsonArray &quads)
{
    QList<PdfBox> boxes;
    for (qsizetype i = 0; i + 7 < quads.size(); i += 8) {
        const double xs[] = {quads[i].toDouble(), quads[i + 2].toDouble(), quads[i + 4].toDouble(),
                             quads[i + 6].toDouble()};
        const double ys[] = {quads[i + 1].toDouble(), quads[i + 3].toDouble(), quads[i + 5].toDouble(),
                             quads[i + 7].toDouble()};
        boxes.append({*std::min_element(xs, xs + 4), *std::min_element(ys, ys + 4), *std::max_element(xs, xs + 4),
                      *std::max_element(ys, ys + 4)});
    }
    return boxes;
}

bool inside(const PdfBox &word, const QList<PdfBox> &quads)
{
    constexpr double tolerance = 1.0;
    for (const PdfBox &q : quads) {
        if (word.x1 >= q.x1 - tolerance && word.x2 <= q.x2 + tolerance && word.y1 >= q.y1 - tolerance &&
            word.y2 <= q.y2 + tolerance)
            return true;
    }
    return false;
}

QList<QJsonObject> annotationsNamed(const QJsonObject &pdf, const QString &name)
{
    QList<QJsonObject> found;
    for (const QJsonValue &v : pdf[u"annotations"].toArray()) {
        if (v.toObject()[u"name"].toString() == name)
            found.append(v.toObject());
    }
    return found;
}

// The words a highlight marks, found on its pages among the words in its column, each inside its quads.
void checkHighlightCoversWords(const QString &file, const QJsonObject &pdf, const Annotation &a)
{
    INFO("highlight: " << a.quote.toStdString());
    const QList<QJsonObject> parts = annotationsNamed(pdf, a.uuid);
    REQUIRE_FALSE(parts.isEmpty());
    QList<Word> candidates;
    QList<QList<PdfBox>> quadsOfCandidate;
    for (const QJsonObject &part : parts) {
        CHECK(part[u"subtype"].toString() == u"/Highlight");
        const int page = part[u"page"].toInt();
        const double height = pdf[u"pages"].toArray()[page].toArray()[3].toDouble();
        const QList<PdfBox> quads = quadBoxes(part[u"quads"].toArray());
        REQUIRE_FALSE(quads.isEmpty());
        double left = quads.front().x1;
        double right = quads.front().x2;
        for (const PdfBox &q : quads) {
            left = std::min(left, q.x1);
            right = std::max(right, q.x2);
        }
        for (const Word &w : words(file, page, height)) {
            // Words of this column only: side by side, the other language is beside it.
            const double centre = (w.box.x1 + w.box.x2) / 2;
            if (centre >= left - 2 && centre <= right + 2 && w.box.y2 >= quads.back().y1 - 2 &&
                w.box.y1 <= quads.front().y2 + 2) {
                candidates.append(w);
                quadsOfCandidate.append(quads);
            }
        }
    }
    const QString wanted = withoutSpaces(a.quote);
    for (qsizetype start = 0; start < candidates.size(); ++start) {
        QString joined;
        for (qsizetype end = start; end < candidates.size() && joined.size() < wanted.size(); ++end) {
            joined += candidates[end].text;
            if (joined == wanted) {
                for (qsizetype k = start; k <= end; ++k) {
                    INFO("word " << candidates[k].text.toStdString());
                    CHECK(inside(candidates[k].box, quadsOfCandidate[k]));
                }
                return;
            }
        }
    }
    FAIL("the words of the highlight were not found on its page(s)");
}

} // namespace

TEST_CASE("both languages extract exactly from every layout", "[pdf][text]")
{
    const Paper &paper = marked().paper;
    const QString en = exported(PdfExportOptions::Layout::English);
    const QString zh = exported(PdfExportOptions::Layout::Chinese);
    const QString both = exported(PdfExportOptions::Layout::SideBySide);
    const QString interleaved = exported(PdfExportOptions::Layout::Interleaved);
    const QJsonArray size = inspect(both)[u"pages"].toArray()[0].toArray();
    const double width = size[2].toDouble();
    const double height = size[3].toDouble();
    // The text area: beside the unit numbers in the left margin (64 pt), above the page numbers; side
    // by side, the columns split in the middle of the gutter between them.
    const double gutter = (64 + width - 46) / 2;
    const QString enText = withoutSpaces(extract(en, 56, 40, width - 56, height - 90));
    const QString zhText = withoutSpaces(extract(zh, 56, 40, width - 56, height - 90));
    const QString leftColumn = withoutSpaces(extract(both, 56, 40, gutter - 56, height - 90));
    const QString rightColumn = withoutSpaces(extract(both, gutter, 40, width - gutter, height - 90));
    const QString interleavedText = withoutSpaces(extract(interleaved, 56, 40, width - 56, height - 90));
    for (const Unit &unit : paper.units) {
        INFO("unit " << unit.seq);
        CHECK(enText.contains(withoutSpaces(unit.en)));
        CHECK(zhText.contains(withoutSpaces(unit.zh)));
        CHECK(leftColumn.contains(withoutSpaces(unit.en)));
        CHECK(rightColumn.contains(withoutSpaces(unit.zh)));
        CHECK(interleavedText.contains(withoutSpaces(unit.en) + withoutSpaces(unit.zh)));
    }
    // The words the design notes name, in the plain (non-raw) extraction a reader would use.
    const QString plain = QString::fromUtf8(run(QStringLiteral("pdftotext"), {both, QStringLiteral("-")}).out);
    CHECK(plain.contains(u"小院高墙"));
    CHECK_FALSE(plain.contains(u"⼩院⾼墙"));
    CHECK(withoutSpaces(plain).contains(u"“smallyard,highfence”"));
    // The title page carries the metadata in both scripts.
    const QString title = QString::fromUtf8(
        run(QStringLiteral("pdftotext"), {QStringLiteral("-l"), QStringLiteral("1"), both, QStringLiteral("-")}).out);
    CHECK(title.contains(paper.meta.titleZh));
    CHECK(title.contains(u"Gu Xueming 顾学明"));
    CHECK(title.contains(u"Citation:"));
    // The same reference as Copy with Citation gives in the program.
    CHECK(title.contains(u"Citation: Gu Xueming 顾学明 and Liu Yiming 刘一鸣 (2023)"));
}

TEST_CASE("side by side, every unit starts level in both columns, across page breaks too", "[pdf][layout]")
{
    const QString file = exported(PdfExportOptions::Layout::SideBySide);
    const Run r = run(QStringLiteral("pdftotext"), {QStringLiteral("-bbox-layout"), file, QStringLiteral("-")});
    REQUIRE(r.exitCode == 0);
    const QString html = QString::fromUtf8(r.out);
    static const QRegularExpression blockRx(
        QStringLiteral(R"re(<block xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)</block>)re"),
        QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression wordRx(QStringLiteral(R"re(>([^<]+)</word>)re"));
    const double width = inspect(file)[u"pages"].toArray()[0].toArray()[2].toDouble();
    const double gutter = (64 + width - 46) / 2;
    int rowsChecked = 0;
    int continuations = 0;
    const QStringList pages = html.split(QStringLiteral("<page "));
    // Page 1 is the title page; the appendices follow the paper and are not in two columns.
    for (qsizetype p = 2; p < pages.size(); ++p) {
        QList<double> left;
        QList<double> right;
        QList<double> numbers; // the unit numbers in the left margin mark where rows start
        auto it = blockRx.globalMatch(pages[p]);
        while (it.hasNext()) {
            const QRegularExpressionMatch m = it.next();
            const double x = m.captured(1).toDouble();
            const double y = m.captured(2).toDouble();
            QStringList words;
            for (auto w = wordRx.globalMatch(m.captured(5)); w.hasNext();)
                words << w.next().captured(1);
            if (x < 56 && words.size() == 1 && words.front().toInt() > 0)
                numbers << y;
            else if (x >= 56 && x < gutter)
                left << y;
            else if (x >= gutter && x < width - 46)
                right << y;
        }
        if (numbers.isEmpty())
            break; // past the paper: the appendices
        auto near = [](const QList<double> &ys, double y) {
            return std::any_of(ys.begin(), ys.end(), [y](double v) { return std::abs(v - y) < 1.5; });
        };
        for (double n : numbers) {
            INFO("page " << p << ", row at y " << n);
            // The row's first English and first Chinese line start where its number does.
            const auto en = std::find_if(left.begin(), left.end(), [n](double v) { return std::abs(v - n) < 2.5; });
            REQUIRE(en != left.end());
            CHECK(near(right, *en));
            ++rowsChecked;
        }
        // A row continued from the page before goes on at the top of each column it continues in
        // (the shorter Chinese often ended on the page before).
        const double firstRow = *std::min_element(numbers.begin(), numbers.end());
        const double leftTop = left.isEmpty() ? 1e9 : *std::min_element(left.begin(), left.end());
        const double rightTop = right.isEmpty() ? 1e9 : *std::min_element(right.begin(), right.end());
        if (leftTop + 2.5 < firstRow && rightTop + 2.5 < firstRow) {
            INFO("page " << p);
            CHECK(std::abs(leftTop - rightTop) < 1.5);
            ++continuations;
        }
    }
    CHECK(rowsChecked >= 50);
    CHECK(continuations >= 1);
}

TEST_CASE("a Chinese heading is set like the English heading beside it: same ink, same indent", "[pdf][layout]")
{
    for (const auto layout : {PdfExportOptions::Layout::Interleaved, PdfExportOptions::Layout::SideBySide}) {
        const QString file = exported(layout);
        INFO(PdfExportOptions::layoutCode(layout).toStdString());
        const QJsonArray box = inspect(file)[u"pages"].toArray()[1].toArray();
        const double height = box[3].toDouble();
        const QList<Word> page = words(file, 1, height); // the paper starts on page 2 with "I. Introduction"
        auto find = [&](QStringView text) {
            const auto it = std::find_if(page.begin(), page.end(), [&](const Word &w) { return w.text == text; });
            REQUIRE(it != page.end());
            return it->box;
        };
        const PdfBox numberEn = find(u"I.");
        const PdfBox numberZh = find(u"一、");
        const PdfBox labelEn = find(u"Introduction");
        const PdfBox labelZh = find(u"引言");
        if (layout == PdfExportOptions::Layout::Interleaved)
            CHECK(std::abs(numberZh.x1 - numberEn.x1) < 1.0); // not indented like the Chinese paragraphs
        else
            CHECK(std::abs(numberZh.y2 - numberEn.y2) < 3.0); // side by side, on one line

        // The ink of each heading: its darkest pixel, which a coloured heading would give away.
        const QString png = QFileInfo(file).absolutePath() + u"/heading-" + PdfExportOptions::layoutCode(layout);
        REQUIRE(run(QStringLiteral("pdftoppm"), {QStringLiteral("-r"), QStringLiteral("72"), QStringLiteral("-f"),
                                                 QStringLiteral("2"), QStringLiteral("-l"), QStringLiteral("2"),
                                                 QStringLiteral("-singlefile"), QStringLiteral("-png"), file, png})
                    .exitCode == 0);
        const QImage image(png + u".png");
        REQUIRE_FALSE(image.isNull());
        auto darkest = [&](const PdfBox &b) {
            QColor best = Qt::white;
            for (int y = int(height - b.y2); y <= int(height - b.y1); ++y) {
                for (int x = int(b.x1); x <= int(b.x2); ++x) {
                    const QColor c = image.pixelColor(x, y);
                    if (c.lightness() < best.lightness())
                        best = c;
                }
            }
            return best;
        };
        const QColor en = darkest(labelEn);
        const QColor zh = darkest(labelZh);
        INFO("English " << en.name().toStdString() << ", Chinese " << zh.name().toStdString());
        CHECK(en.lightness() < 80);
        CHECK(zh.lightness() < 80);
        // Neutral ink in both: no red-brown for the Chinese.
        CHECK(std::abs(zh.red() - zh.blue()) < 30);
        CHECK(std::abs(zh.red() - en.red()) < 40);
    }
}

TEST_CASE("fonts are embedded TrueType subsets, never Type 3 or a CFF CJK face", "[pdf][fonts]")
{
    for (const auto layout : {PdfExportOptions::Layout::SideBySide, PdfExportOptions::Layout::Chinese}) {
        const Run fonts = run(QStringLiteral("pdffonts"), {exported(layout)});
        REQUIRE(fonts.exitCode == 0);
        const QStringList lines = QString::fromUtf8(fonts.out).split(u'\n', Qt::SkipEmptyParts).mid(2);
        REQUIRE(lines.size() >= 2);
        bool cjk = false;
        for (const QString &line : lines) {
            INFO(line.toStdString());
            CHECK(line.contains(u"TrueType"));
            CHECK_FALSE(line.contains(u"Type 3"));
            CHECK_FALSE(line.contains(u"Noto"));
            // name type encoding emb sub uni object: emb is the fourth field from the end but three.
            const QStringList fields = line.simplified().split(u' ');
            CHECK(fields[fields.size() - 5] == u"yes");
            // sub: only the used glyphs are embedded and the name says so ("ABCDEF+WenQuanYiMicroHei").
            CHECK(fields[fields.size() - 4] == u"yes");
            CHECK(QRegularExpression(QStringLiteral("^[A-Z]{6}\\+")).match(fields[0]).hasMatch());
            cjk = cjk || line.contains(u"WenQuanYi");
        }
        CHECK(cjk);
    }
}

TEST_CASE("qpdf finds no errors, metadata in both scripts", "[pdf][qpdf]")
{
    for (const auto layout : {PdfExportOptions::Layout::SideBySide, PdfExportOptions::Layout::Interleaved,
                              PdfExportOptions::Layout::English, PdfExportOptions::Layout::Chinese}) {
        const Run check = run(QStringLiteral("qpdf"), {QStringLiteral("--check"), exported(layout)});
        INFO(check.out.toStdString() << check.err.toStdString());
        CHECK(check.exitCode == 0);
        CHECK(check.out.contains("No syntax or stream encoding errors"));
    }
    const QJsonObject info = inspect(exported(PdfExportOptions::Layout::SideBySide))[u"info"].toObject();
    CHECK(info[u"Title"].toString().contains(u"技术权力视角下美国对华技术竞争及中国应对"));
    CHECK(info[u"Title"].toString().contains(u"U.S. Technology Competition"));
    CHECK(info[u"Author"].toString().contains(u"Gu Xueming 顾学明"));
    CHECK(info[u"Subject"].toString().contains(u"中英对照"));
    CHECK(info[u"Keywords"].toString().contains(u"power 实力竞争"));
    CHECK(info[u"Creator"].toString().startsWith(u"Duizhao"));
}

TEST_CASE("the outline mirrors the structure tree at every level", "[pdf][outline]")
{
    const Paper &paper = marked().paper;
    const QJsonObject pdf = inspect(exported(PdfExportOptions::Layout::SideBySide));
    const QJsonArray outline = pdf[u"outline"].toArray();
    REQUIRE(outline.size() >= paper.nodes.size() + 2);
    int lastPage = 1;
    for (int i = 0; i < paper.nodes.size(); ++i) {
        const TreeNode &node = paper.nodes[i];
        const QJsonObject item = outline[i].toObject();
        INFO("node " << i << ": " << item[u"title"].toString().toStdString());
        CHECK(item[u"level"].toInt() == node.depth);
        CHECK(item[u"title"].toString().startsWith(node.numberEn));
        CHECK(item[u"title"].toString().contains(node.labelZh.left(4)));
        CHECK(item[u"page"].toInt() >= lastPage);
        lastPage = item[u"page"].toInt();
    }
    QStringList appendices;
    for (qsizetype i = paper.nodes.size(); i < outline.size(); ++i) {
        CHECK(outline[i].toObject()[u"level"].toInt() == 0);
        appendices.append(outline[i].toObject()[u"title"].toString());
    }
    CHECK(appendices == QStringList{u"Notes · 批注"_qs, u"Citations index · 引文索引"_qs});
}

TEST_CASE("highlights cover their words and carry their notes, every mark has an appearance", "[pdf][annotations]")
{
    for (const auto layout : {PdfExportOptions::Layout::SideBySide, PdfExportOptions::Layout::English,
                              PdfExportOptions::Layout::Chinese, PdfExportOptions::Layout::Interleaved}) {
        INFO("layout " << PdfExportOptions::layoutCode(layout).toStdString());
        const QString file = exported(layout);
        const QJsonObject pdf = inspect(file);
        for (const Annotation &a : marked().marks) {
            const bool shown = a.isUnitScope() || layout == PdfExportOptions::Layout::SideBySide ||
                               layout == PdfExportOptions::Layout::Interleaved ||
                               (a.lang == Lang::En) == (layout == PdfExportOptions::Layout::English);
            const QList<QJsonObject> parts = annotationsNamed(pdf, a.uuid);
            if (!shown) {
                CHECK(parts.isEmpty());
                continue;
            }
            REQUIRE_FALSE(parts.isEmpty());
            for (const QJsonObject &part : parts) {
                CHECK(part[u"subtype"].toString() == (a.isUnitScope() ? u"/Square" : u"/Highlight"));
                CHECK(part[u"has_appearance"].toBool());
                CHECK(part[u"contents"].toString() == a.note);
                CHECK(part[u"author"].toString() == u"Tester");
                CHECK(part[u"modified"].toString().startsWith(u"D:20"));
                CHECK(part[u"created"].toString().startsWith(u"D:20"));
                CHECK(part[u"color"].toArray().size() == 3);
            }
            if (!a.note.isEmpty()) {
                const QList<QJsonObject> notes = annotationsNamed(pdf, a.uuid + u"-note");
                REQUIRE(notes.size() == 1);
                CHECK(notes.front()[u"subtype"].toString() == u"/Text");
                CHECK(notes.front()[u"contents"].toString() == a.note);
                CHECK(notes.front()[u"has_appearance"].toBool());
                CHECK(notes.front()[u"has_popup"].toBool());
            }
            if (!a.isUnitScope())
                checkHighlightCoversWords(file, pdf, a);
        }
    }
    // Without annotations: no marks at all, only links.
    const QJsonObject plain = inspect(exported(PdfExportOptions::Layout::SideBySide, false));
    CHECK(plain[u"annotations"].toArray().isEmpty());
    CHECK_FALSE(plain[u"links"].toArray().isEmpty());
}

TEST_CASE("a whole-unit code's note icon comes first in its row, above the notes of marks inside the pair",
          "[pdf][annotations]")
{
    PdfExportInput input = marked().input();
    // A highlight with a note on the first words of unit 13, which is coded as a whole.
    const auto coded = std::find_if(input.annotations.begin(), input.annotations.end(),
                                    [](const Annotation &a) { return a.isUnitScope() && a.unitSeq == 13; });
    REQUIRE(coded != input.annotations.end());
    const QString codedUuid = coded->uuid; // the list grows below
    const Unit &unit = input.paper.units[12];
    Annotation inside = *std::find_if(input.annotations.begin(), input.annotations.end(),
                                      [](const Annotation &a) { return !a.isUnitScope(); });
    inside.id = 1000;
    inside.uuid = QStringLiteral("inside-the-coded-unit");
    inside.unitSeq = 13;
    inside.lang = Lang::En;
    inside.start = 0;
    inside.length = int(unit.en.indexOf(u' '));
    inside.quote = unit.en.left(inside.length);
    inside.note = QStringLiteral("A note inside the coded pair.");
    input.annotations.append(inside);

    for (const auto layout : {PdfExportOptions::Layout::SideBySide, PdfExportOptions::Layout::Interleaved}) {
        PdfExportOptions options;
        options.layout = layout;
        const PdfGeometry geometry = PdfExporter::build(input, options).geometry;
        PdfBox unitIcon;
        PdfBox markIcon;
        int unitPage = 0;
        int markPage = 0;
        for (const PdfMark &m : geometry.marks) {
            if (!m.first || m.noteIcon.width() <= 0)
                continue;
            if (m.annotation.uuid == codedUuid) {
                unitIcon = m.noteIcon;
                unitPage = m.page;
            } else if (m.annotation.uuid == inside.uuid) {
                markIcon = m.noteIcon;
                markPage = m.page;
            }
        }
        INFO(PdfExportOptions::layoutCode(layout).toStdString());
        REQUIRE(unitIcon.width() > 0);
        REQUIRE(markIcon.width() > 0);
        REQUIRE(unitPage == markPage);
        // PDF y grows upwards: the unit's icon is higher on the page, and they do not overlap.
        CHECK(unitIcon.y1 >= markIcon.y2);
    }
}

TEST_CASE("margin notes print each note beside its mark and the text stays exact", "[pdf][annotations]")
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("margin.pdf"));
    PdfExportOptions options;
    options.layout = PdfExportOptions::Layout::SideBySide;
    options.marginNotes = true;
    PdfExporter::exportToFile(marked().input(), options, file);
    const QJsonObject pdf = inspect(file);
    const QJsonArray size = pdf[u"pages"].toArray()[0].toArray();
    const double width = size[2].toDouble();
    const double height = size[3].toDouble();
    // The body gives up a margin of 150 pt for the notes; every unit is still there, whole, in its
    // column (split in the middle of the gutter, as in the test above).
    const double right = width - 150;
    const double gutter = (64 + right) / 2;
    const QString left = withoutSpaces(extract(file, 56, 40, gutter - 56, height - 90));
    const QString chinese = withoutSpaces(extract(file, gutter, 40, right - gutter, height - 90));
    for (const Unit &unit : marked().paper.units) {
        INFO("unit " << unit.seq);
        CHECK(left.contains(withoutSpaces(unit.en)));
        CHECK(chinese.contains(withoutSpaces(unit.zh)));
    }
    int printed = 0;
    struct Start
    {
        int page;
        double markTop; // PDF y, upwards
        double iconTop;
    };
    QList<Start> starts;
    for (const Annotation &a : marked().marks) {
        if (a.note.isEmpty() || a.isUnitScope())
            continue;
        INFO("note " << a.note.toStdString());
        const QList<QJsonObject> parts = annotationsNamed(pdf, a.uuid);
        REQUIRE_FALSE(parts.isEmpty());
        const QString page = QString::number(parts.front()[u"page"].toInt() + 1);
        const Run margin = run(QStringLiteral("pdftotext"),
                               {QStringLiteral("-f"), page, QStringLiteral("-l"), page, QStringLiteral("-x"),
                                QString::number(int(width - 150 + 16)), QStringLiteral("-y"), QStringLiteral("0"),
                                QStringLiteral("-W"), QStringLiteral("150"), QStringLiteral("-H"),
                                QString::number(int(height)), file, QStringLiteral("-")});
        REQUIRE(margin.exitCode == 0);
        // On the very page of its mark, in the right margin.
        CHECK(withoutSpaces(QString::fromUtf8(margin.out)).contains(withoutSpaces(a.note.section(u'\n', 0, 0))));
        ++printed;
        // Its icon starts level with the mark's first line, or below icons placed above it.
        const QList<QJsonObject> icons = annotationsNamed(pdf, a.uuid + u"-note");
        REQUIRE(icons.size() == 1);
        const double markTop = parts.front()[u"quads"].toArray()[1].toDouble(); // y of the upper-left corner
        const double iconTop = icons.front()[u"rect"].toArray()[3].toDouble();
        starts.append({parts.front()[u"page"].toInt(), markTop, iconTop});
        CHECK(iconTop <= markTop + 3);
    }
    CHECK(printed >= 2);
    // Down the page, icons come in the order of their marks, whichever column the mark is in.
    std::sort(starts.begin(), starts.end(), [](const Start &a, const Start &b) {
        return a.page != b.page ? a.page < b.page : a.markTop > b.markTop;
    });
    for (qsizetype i = 1; i < starts.size(); ++i) {
        if (starts[i].page == starts[i - 1].page)
            CHECK(starts[i].iconTop < starts[i - 1].iconTop);
    }
}

TEST_CASE("the notes appendix lists every mark by section, with its note and its tags", "[pdf][annotations]")
{
    const QString file = exported(PdfExportOptions::Layout::SideBySide);
    const QString text =
        withoutSpaces(QString::fromUtf8(run(QStringLiteral("pdftotext"), {file, QStringLiteral("-")}).out));
    const qsizetype start = text.indexOf(u"Notes批注");
    const qsizetype end = text.indexOf(u"Citationsindex", start);
    REQUIRE(start >= 0);
    REQUIRE(end > start);
    const QString appendix = text.mid(start, end - start);
    QHash<QString, QString> tagNames;
    for (const Tag &tag : marked().store->tags())
        tagNames.insert(tag.name, tag.displayName());

    const Paper &paper = marked().paper;
    QList<Annotation> marks = marked().marks;
    std::sort(marks.begin(), marks.end(),
              [](const Annotation &a, const Annotation &b) { return a.unitSeq < b.unitSeq; });
    qsizetype previousUnit = 0;
    for (const Annotation &a : marks) {
        INFO("mark on unit " << a.unitSeq << ": " << a.note.toStdString());
        // Units in the paper's order, under the heading of their section.
        const qsizetype unitAt = appendix.indexOf(QStringLiteral("■Unit%1·").arg(a.unitSeq));
        REQUIRE(unitAt >= 0);
        CHECK(unitAt >= previousUnit);
        previousUnit = unitAt;
        const Unit &unit = paper.units[a.unitSeq - 1];
        const int section = unit.kind == UnitKind::Heading ? unit.node : unit.section;
        if (section >= 0)
            CHECK(appendix.lastIndexOf(withoutSpaces(paper.nodes[section].labelEn).left(30), unitAt) >= 0);
        // One entry of the unit is this mark: where, what it quotes, its note, its tags, its author.
        const QString where =
            a.isUnitScope()
                ? QStringLiteral("■Unit%1·bothlanguages").arg(a.unitSeq)
                : QStringLiteral("■Unit%1·%2").arg(a.unitSeq).arg(a.lang == Lang::En ? u"English"_qs : u"Chinese"_qs);
        bool found = false;
        for (qsizetype at = appendix.indexOf(where); at >= 0 && !found; at = appendix.indexOf(where, at + 1)) {
            QString entry = appendix.mid(at + where.size(), 500);
            entry.truncate(entry.indexOf(u'■') >= 0 ? entry.indexOf(u'■') : entry.size());
            bool all = entry.contains(u"Tester") && entry.contains(withoutSpaces(a.note));
            if (!a.isUnitScope())
                all = all && entry.contains(withoutSpaces(a.quote).left(12));
            for (const QString &tag : a.tags)
                all = all && entry.contains(withoutSpaces(tagNames.value(tag, u"?"_qs)));
            found = all;
        }
        CHECK(found);
    }
}

TEST_CASE("citations link to the citations index and back, external links are web links", "[pdf][links]")
{
    const QJsonObject pdf = inspect(exported(PdfExportOptions::Layout::SideBySide));
    const int pages = int(pdf[u"pages"].toArray().size());
    int citationsPage = -1;
    for (const QJsonValue &item : pdf[u"outline"].toArray()) {
        if (item.toObject()[u"title"].toString().startsWith(u"Citations index"))
            citationsPage = item.toObject()[u"page"].toInt();
    }
    REQUIRE(citationsPage > 1);
    int toIndex = 0;
    int backToText = 0;
    int web = 0;
    for (const QJsonValue &v : pdf[u"links"].toArray()) {
        const QJsonObject link = v.toObject();
        if (link.contains(u"uri")) {
            ++web;
            CHECK(link[u"uri"].toString().startsWith(u"https://"));
            continue;
        }
        const int dest = link[u"dest_page"].toInt();
        CHECK(dest >= 0);
        CHECK(dest < pages);
        if (link[u"page"].toInt() < citationsPage && dest >= citationsPage)
            ++toIndex;
        if (link[u"page"].toInt() >= citationsPage && dest < citationsPage && dest > 0)
            ++backToText;
    }
    CHECK(toIndex >= 46); // 23 citations in each language, some broken over two lines
    CHECK(backToText >= 20);
    CHECK(web >= 1); // the source URL on the title page
}

TEST_CASE("the measures appendix lists the rows it is given and the text links to them", "[pdf][measures]")
{
    PdfExportOptions options;
    options.measures = {{QStringLiteral("CHIPS and Science Act"),
                         QStringLiteral("芯片和科学法案"),
                         QStringLiteral("law"),
                         QStringLiteral("2022-08"),
                         QStringLiteral("power"),
                         {13}},
                        {QStringLiteral("Critical and Emerging Technologies List"),
                         QStringLiteral("关键和新兴技术清单"),
                         QStringLiteral("list"),
                         {},
                         QStringLiteral("power"),
                         {12}}};
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("measures.pdf"));
    PdfExporter::exportToFile(marked().input(), options, path);
    const QJsonObject pdf = inspect(path);
    int measuresPage = -1;
    for (const QJsonValue &item : pdf[u"outline"].toArray()) {
        if (item.toObject()[u"title"].toString() == u"Measures · 措施")
            measuresPage = item.toObject()[u"page"].toInt();
    }
    REQUIRE(measuresPage > 0);
    int toMeasures = 0;
    for (const QJsonValue &v : pdf[u"links"].toArray()) {
        if (v.toObject()[u"page"].toInt() < measuresPage && v.toObject()[u"dest_page"].toInt() == measuresPage)
            ++toMeasures;
    }
    CHECK(toMeasures >= 4); // each name in English and in Chinese
    const QString text =
        QString::fromUtf8(run(QStringLiteral("pdftotext"),
                              {QStringLiteral("-f"), QString::number(measuresPage + 1), path, QStringLiteral("-")})
                              .out);
    CHECK(text.contains(u"CHIPS and Science Act"));
    CHECK(text.contains(u"芯片和科学法案"));
    CHECK(text.contains(u"2022-08"));
}

TEST_CASE("a cancelled export and an unwritable path leave no file", "[pdf][errors]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("cancelled.pdf"));
    int calls = 0;
    try {
        PdfExporter::exportToFile(marked().input(), {}, path, [&](int done, int total) {
            ++calls;
            CHECK(total > 50);
            return done < 10;
        });
        FAIL("not cancelled");
    } catch (const Error &error) {
        CHECK(error.kind() == Error::Kind::Cancelled);
    }
    CHECK(calls > 1);
    CHECK(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).isEmpty());

    const QString missing = dir.filePath(QStringLiteral("no/such/folder/out.pdf"));
    try {
        PdfExporter::exportToFile(marked().input(), {}, missing);
        FAIL("no error");
    } catch (const Error &error) {
        CHECK(error.kind() == Error::Kind::Io);
        CHECK(error.file() == missing);
        CHECK(error.message().contains(u"folder does not exist"));
    }
    CHECK_THROWS_AS(PdfExporter::exportToFile(marked().input(), {}, dir.path()), Error);

    // Root can write anywhere on a normal file system: a read-only mount is unwritable even for root.
    TmpfsMount readOnly(QStringLiteral("ro,size=1m"));
    if (!readOnly.mounted) {
        WARN("mount not permitted here: the read-only folder case is not run");
        return;
    }
    const QString locked = readOnly.dir.filePath(QStringLiteral("out.pdf"));
    try {
        PdfExporter::exportToFile(marked().input(), {}, locked);
        FAIL("no error");
    } catch (const Error &error) {
        CHECK(error.kind() == Error::Kind::Io);
        CHECK(error.message().contains(u"cannot write the PDF"));
    }
    CHECK(QDir(readOnly.dir.path()).entryList(QDir::Files | QDir::Hidden).isEmpty());
}

TEST_CASE("a full disk is refused with a clear message, no half-written file, an older file kept", "[pdf][errors]")
{
    // A real full disk: a 64 KiB tmpfs, smaller than the PDF.
    TmpfsMount tiny(QStringLiteral("size=64k"));
    if (!tiny.mounted) {
        WARN("mount not permitted here: the full-disk case is not run");
        return;
    }
    const QString path = tiny.dir.filePath(QStringLiteral("paper.pdf"));
    writeFile(path, "an older export");
    try {
        PdfExporter::exportToFile(marked().input(), {}, path);
        FAIL("no error");
    } catch (const Error &error) {
        CHECK(error.kind() == Error::Kind::Io);
        CHECK(error.file() == path);
        CHECK(error.message().contains(u"disk full"));
    }
    CHECK(QDir(tiny.dir.path()).entryList(QDir::Files | QDir::Hidden) == QStringList{u"paper.pdf"_qs});
    CHECK(readFile(path) == "an older export");
}

TEST_CASE("XFDF matches the PDF's pages, is well-formed and round-trips", "[pdf][xfdf]")
{
    const PdfExportInput input = marked().input();
    const PdfExporter::Result pdf = PdfExporter::build(input, {});
    const QByteArray xfdf = Xfdf::write(input, pdf.geometry, QStringLiteral("paper.pdf"));

    QXmlStreamReader xml(xfdf);
    int highlights = 0;
    int squares = 0;
    int notes = 0;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == u"highlight") {
            ++highlights;
            const QStringList coords = xml.attributes().value(QLatin1String("coords")).toString().split(u',');
            CHECK(coords.size() % 8 == 0);
            CHECK(xml.attributes().value(QLatin1String("page")).toInt() >= 1);
            CHECK(xml.attributes().value(QLatin1String("color")).startsWith(u'#'));
            CHECK(xml.attributes().value(QLatin1String("creationdate")).startsWith(u"D:"));
        }
        squares += xml.name() == u"square" ? 1 : 0;
        notes += xml.name() == u"text" ? 1 : 0;
    }
    INFO(xml.errorString().toStdString());
    REQUIRE_FALSE(xml.hasError());
    CHECK(highlights >= 4);
    CHECK(squares >= 1);
    CHECK(notes == 4);

    // The same marks come back in another library with the paper; a second import adds nothing.
    QTemporaryDir dir;
    Library library(dir.filePath(QStringLiteral("other.duizhao")));
    const qint64 doc = addBundledPaper(library).documentId;
    AnnotationStore store(library);
    const AnnotationImportResult first = Xfdf::importBytes(store, xfdf, QStringLiteral("paper.xfdf"));
    CHECK(first.added == 5);
    AnnotationFilter filter;
    filter.documentId = doc;
    const QList<Annotation> imported = store.list(filter);
    REQUIRE(imported.size() == marked().marks.size());
    for (const Annotation &original : marked().marks) {
        const std::optional<Annotation> copy = store.findByUuid(original.uuid);
        REQUIRE(copy);
        CHECK(copy->unitSeq == original.unitSeq);
        CHECK(copy->scope == original.scope);
        CHECK(copy->lang == original.lang);
        CHECK(copy->start == original.start);
        CHECK(copy->length == original.length);
        CHECK(copy->quote == original.quote);
        CHECK(copy->note == original.note);
        CHECK(copy->color == original.color);
        CHECK(copy->tags == original.tags);
        CHECK(copy->author == original.author);
        CHECK(copy->created.toSecsSinceEpoch() == original.created.toSecsSinceEpoch()); // PDF dates: seconds
    }
    const QByteArray before = libraryFingerprint(library.path());
    CHECK(Xfdf::importBytes(store, xfdf, QStringLiteral("paper.xfdf")).added == 0);
    CHECK(libraryFingerprint(library.path()) == before);
}

TEST_CASE("bad XFDF files are refused with the line, the library is unchanged", "[pdf][xfdf][badinput]")
{
    const PdfExportInput input = marked().input();
    const QByteArray good = Xfdf::write(input, PdfExporter::build(input, {}).geometry, {});
    QByteArray invalidUtf8 = good;
    invalidUtf8.insert(good.indexOf("<annots"), "\xFE");
    const QByteArray foreign = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                               "<xfdf xmlns=\"http://ns.adobe.com/xfdf/\" xml:space=\"preserve\">\n"
                               "<annots>\n"
                               "<highlight page=\"0\" rect=\"1,2,3,4\" coords=\"1,4,3,4,1,2,3,2\" name=\"abc\"/>\n"
                               "</annots>\n</xfdf>\n";
    QByteArray noAnchor = good;
    noAnchor.replace(noAnchor.indexOf("<dz:anchor"),
                     noAnchor.indexOf("</dz:anchor>") + 12 - noAnchor.indexOf("<dz:anchor"), "");
    QByteArray oversized(AnnotationJson::MaxFileSize + 1, ' ');
    oversized.prepend(good);
    const QList<BadFile> bads = {
        {"empty.xfdf", QByteArray(), u"the file is empty", 1},
        {"binary.xfdf", QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16), u"binary data", 2},
        {"invalid-utf8.xfdf", invalidUtf8, u"invalid UTF-8", int(good.left(good.indexOf("<annots")).count('\n')) + 1},
        {"truncated.xfdf", good.left(good.size() / 2), u"ends too early", 0},
        {"oversized.xfdf", oversized, u"an XFDF file is text of at most 16 MB", 0},
        {"foreign.xfdf", foreign, u"not written by Duizhao", 4},
        {"no-anchor.xfdf", noAnchor, u"carries no Duizhao anchor", 0},
        {"not-xfdf.xfdf", QByteArray("<html><body>hi</body></html>"), u"not an XFDF file", 1},
    };
    QTemporaryDir dir;
    Library library(dir.filePath(QStringLiteral("bad.duizhao")));
    addBundledPaper(library);
    AnnotationStore store(library);
    const QByteArray before = libraryFingerprint(library.path());
    checkRefused(dir.path(), bads, [&](const QString &path) { Xfdf::importFile(store, path); });
    CHECK(libraryFingerprint(library.path()) == before);
}
