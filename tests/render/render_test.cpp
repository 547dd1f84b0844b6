// The framework map and the timeline as a user sees them: every node drawn and clickable, nothing
// overlapping or cut off, Chinese drawn with a font that has it, and exports that open.

#include "bundledpaper.h"
#include "framework/frameworklinker.h"
#include "framework/frameworkloader.h"
#include "import/paperreader.h"
#include "render/frameworkmaprenderer.h"
#include "render/timelinerenderer.h"
#include "support/testsupport.h"

#include <QFontMetricsF>
#include <QImage>
#include <QPainterPath>
#include <QPainterPathStroker>
#include <QSet>
#include <QXmlStreamReader>

using namespace duizhao;
using namespace duizhao::test;

namespace {

const Paper &paper()
{
    static const Paper p = PaperReader::parseBytes(BundledPaper::bytes(), BundledPaper::fileName());
    return p;
}

const LinkedFramework &linked()
{
    static const LinkedFramework l = FrameworkLinker::link(FrameworkLoader::bundledData().front(), paper());
    return l;
}

// How much of `a` lies inside `b`, in square pixels.
qreal overlap(const QRectF &a, const QRectF &b)
{
    const QRectF i = a.intersected(b);
    return i.isValid() ? i.width() * i.height() : 0;
}

// Every line of the text fits the rectangle it is drawn in.
void checkTextFits(const FrameworkMapRenderer::Text &text)
{
    const QFontMetricsF metrics(text.font);
    const QRectF needed = metrics.boundingRect(QRectF(text.rect.left(), text.rect.top(), text.rect.width(), 100000),
                                               text.flags, text.text);
    INFO(text.text.toStdString());
    CHECK(needed.height() <= text.rect.height() + 1);
    CHECK(needed.width() <= text.rect.width() + 1);
}

// Share of pixels that differ from the background: a drawing, not an empty canvas.
double inked(const QImage &image, QRgb background)
{
    qint64 count = 0;
    for (int y = 0; y < image.height(); y += 2) {
        const auto *line = reinterpret_cast<const QRgb *>(image.constScanLine(y));
        for (int x = 0; x < image.width(); x += 2)
            count += (line[x] & 0xffffff) != (background & 0xffffff) ? 1 : 0;
    }
    return double(count) / (double(image.width() / 2) * (image.height() / 2));
}

} // namespace

TEST_CASE("the framework map draws every node, clickable, with nothing overlapping or cut off", "[render][map]")
{
    for (Lang lang : {Lang::En, Lang::Zh}) {
        for (bool dark : {false, true}) {
            INFO("lang " << langCode(lang).toStdString() << (dark ? " dark" : " light"));
            const FrameworkMapRenderer map(linked().data.nodes, linked().data.relations, DiagramStyle(lang, dark));
            const QRectF canvas(QPointF(0, 0), map.size());

            // Every node has a box, and a click in it (clear of the boxes inside it) finds that node.
            for (const FrameworkNode &node : linked().data.nodes) {
                INFO(node.key.toStdString());
                const QRectF rect = map.nodeRect(node.key);
                REQUIRE(rect.isValid());
                CHECK(canvas.contains(rect));
                CHECK(map.nodeAt(rect.topLeft() + QPointF(3, 3)) == node.key);
            }
            CHECK(map.nodeAt(QPointF(2, 2)).isEmpty());

            // Boxes nest or stand apart.
            const QList<FrameworkMapRenderer::Box> &boxes = map.boxes();
            for (qsizetype i = 0; i < boxes.size(); ++i) {
                for (qsizetype j = i + 1; j < boxes.size(); ++j) {
                    const QRectF &a = boxes[i].rect;
                    const QRectF &b = boxes[j].rect;
                    if (a.contains(b) || b.contains(a))
                        continue;
                    INFO(boxes[i].key.toStdString() << " and " << boxes[j].key.toStdString());
                    CHECK(overlap(a, b) < 1);
                }
            }
            // Every text fits its place, inside the canvas, and no two texts meet.
            const QList<FrameworkMapRenderer::Text> &texts = map.texts();
            for (qsizetype i = 0; i < texts.size(); ++i) {
                checkTextFits(texts[i]);
                CHECK(canvas.contains(texts[i].rect));
                for (qsizetype j = i + 1; j < texts.size(); ++j) {
                    INFO(texts[i].text.toStdString() << " / " << texts[j].text.toStdString());
                    CHECK(overlap(texts[i].rect, texts[j].rect) < 1);
                }
            }
            // Chinese labels are drawn with a font that has every character.
            if (lang == Lang::Zh) {
                for (const FrameworkMapRenderer::Text &text : texts) {
                    const QFontMetricsF metrics(text.font);
                    for (const QChar ch : text.text) {
                        if (ch.unicode() >= 0x4E00 && ch.unicode() <= 0x9FFF) {
                            INFO(text.text.toStdString());
                            CHECK(metrics.inFont(ch));
                        }
                    }
                }
            }
            const QImage image = map.toImage(1);
            CHECK(image.size() == map.size().toSize());
            CHECK(inked(image, map.style().background().rgb()) > 0.15);
        }
    }
}

TEST_CASE("the framework map exports SVG with its text and PNG at the asked scale", "[render][map]")
{
    const FrameworkMapRenderer map(linked().data.nodes, linked().data.relations, DiagramStyle(Lang::Zh));
    const QByteArray svg = map.toSvg();
    QXmlStreamReader xml(svg);
    QString text;
    int elements = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement())
            ++elements;
        if (xml.isCharacters())
            text += xml.text();
    }
    INFO(xml.errorString().toStdString());
    CHECK_FALSE(xml.hasError());
    CHECK(elements > 100);
    CHECK(text.contains(u"技术性权力"));
    CHECK(text.contains(u"中国应对美国技术竞争的对策"));

    QTemporaryDir dir;
    map.exportPng(dir.filePath(QStringLiteral("map.png")), 1.5);
    const QImage png(dir.filePath(QStringLiteral("map.png")));
    CHECK(png.width() == qRound(map.size().width() * 1.5));
    CHECK_THROWS(map.exportSvg(dir.filePath(QStringLiteral("no/such/folder/map.svg"))));
}

TEST_CASE("the timeline spans the paper's years and its labels never overlap", "[render][timeline]")
{
    const auto [first, last] = TimelineRenderer::yearRange(paper(), linked().data.measures);
    // The paper's dated measures start with the 1998 standardization strategy; the latest year it
    // names is 2025, when Intel's Ohio plant is to produce chips.
    CHECK(first == 1998);
    CHECK(last == 2025);
    int dated = 0;
    for (const Measure &m : linked().data.measures)
        dated += m.year() > 0 ? 1 : 0;

    for (Lang lang : {Lang::En, Lang::Zh}) {
        const TimelineRenderer timeline(linked().data.measures, DiagramStyle(lang), first, last);
        CHECK(timeline.measures().size() == dated);
        const QList<TimelineRenderer::Label> &labels = timeline.labels();
        REQUIRE(labels.size() == dated);
        const QRectF canvas(QPointF(0, 0), timeline.size());
        for (qsizetype i = 0; i < labels.size(); ++i) {
            INFO(labels[i].text.toStdString());
            CHECK(canvas.contains(labels[i].rect));
            CHECK(timeline.measureAt(labels[i].rect.center()) == labels[i].measure);
            CHECK(timeline.measureAt(labels[i].dot) == labels[i].measure);
            // The dot sits within a dot's width of its date.
            CHECK(std::abs(labels[i].dot.x() - timeline.xOf(timeline.measures()[labels[i].measure].date)) < 30);
            for (qsizetype j = i + 1; j < labels.size(); ++j) {
                CHECK(overlap(labels[i].rect.adjusted(-2, -2, 2, 2), labels[j].rect) < 1);
                // No two dots cover each other.
                CHECK(QLineF(labels[i].dot, labels[j].dot).length() >= 12);
                // On one side, leaders keep the order of their dots, so none crosses another.
                const bool sameSide =
                    (labels[i].rect.top() < labels[i].dot.y()) == (labels[j].rect.top() < labels[j].dot.y());
                if (sameSide && labels[i].dot.x() < labels[j].dot.x())
                    CHECK(labels[i].stemX <= labels[j].stemX);
            }
        }
        CHECK(timeline.measureAt(QPointF(1, 1)) == -1);
        const QImage image = timeline.toImage(1);
        CHECK(inked(image, Qt::white) > 0.02);
    }
}

TEST_CASE("the timeline gives a crowded month room and a lone measure its place", "[render][timeline]")
{
    QList<Measure> crowded;
    for (int i = 0; i < 12; ++i) {
        Measure m;
        m.key = QStringLiteral("m%1").arg(i);
        m.nameEn = QStringLiteral("Measure number %1 with a long descriptive name").arg(i);
        m.date = QStringLiteral("2020-0%1").arg(1 + i % 3);
        m.level = frameworkLevels()[i % 5];
        crowded.append(m);
    }
    const TimelineRenderer timeline(crowded, DiagramStyle(), 2000, 2025);
    const QList<TimelineRenderer::Label> &labels = timeline.labels();
    REQUIRE(labels.size() == 12);
    for (qsizetype i = 0; i < labels.size(); ++i) {
        for (qsizetype j = i + 1; j < labels.size(); ++j)
            CHECK(overlap(labels[i].rect, labels[j].rect) < 1);
    }
    Measure undated;
    undated.nameEn = QStringLiteral("Undated");
    const TimelineRenderer empty({undated}, DiagramStyle(), 0, 0);
    CHECK(empty.labels().isEmpty());
    CHECK(empty.size().height() > 0);
}

namespace {

// Whether a leader, drawn with its pen, touches a rectangle: computed from the layout's geometry.
bool touches(const QPolygonF &leader, const QRectF &rect)
{
    QPainterPath path;
    path.addPolygon(leader);
    QPainterPathStroker stroker;
    stroker.setWidth(TimelineRenderer::leaderWidth());
    return stroker.createStroke(path).intersects(rect);
}

void checkLeadersMissYears(const TimelineRenderer &timeline)
{
    REQUIRE_FALSE(timeline.years().isEmpty());
    for (const TimelineRenderer::Label &label : timeline.labels()) {
        INFO(label.text.toStdString() << " " << label.date.toStdString());
        REQUIRE(label.leader.size() >= 2);
        // From the dot to the label's near edge.
        CHECK(label.leader.front() == label.dot);
        const bool above = label.rect.center().y() < label.dot.y();
        CHECK(label.leader.back().y() == Approx(above ? label.rect.bottom() : label.rect.top()));
        for (const TimelineRenderer::Year &year : timeline.years()) {
            INFO(year.year);
            CHECK_FALSE(touches(label.leader, year.rect));
        }
    }
    // Every year of the axis, or every other year when crowded, has its label.
    const int every = timeline.years().size() > 1 ? timeline.years()[1].year - timeline.years()[0].year : 1;
    CHECK(timeline.years().size() == (timeline.lastYear() - timeline.firstYear()) / every + 1);
}

} // namespace

TEST_CASE("the timeline's leaders pass between the year labels, never across them", "[render][timeline]")
{
    SECTION("the bundled paper, in both languages")
    {
        const auto [first, last] = TimelineRenderer::yearRange(paper(), linked().data.measures);
        for (Lang lang : {Lang::En, Lang::Zh})
            checkLeadersMissYears(TimelineRenderer(linked().data.measures, DiagramStyle(lang), first, last));
    }
    SECTION("measures in every month of a few years, and a long span labelled every other year")
    {
        for (const auto &[from, to] : {std::pair{2019, 2023}, std::pair{1950, 2030}}) {
            QList<Measure> measures;
            for (int i = 0; i < 40; ++i) {
                Measure m;
                m.key = QStringLiteral("m%1").arg(i);
                m.nameEn = QStringLiteral("Made-up Measure %1").arg(i);
                const int year = from + (i * 7) % (to - from + 1);
                m.date = i % 3 == 0 ? QString::number(year)
                                    : QStringLiteral("%1-%2").arg(year).arg(1 + i % 12, 2, 10, QLatin1Char('0'));
                m.level = frameworkLevels()[i % 5];
                measures.append(m);
            }
            const TimelineRenderer timeline(measures, DiagramStyle(), from, to);
            REQUIRE(timeline.labels().size() == 40);
            checkLeadersMissYears(timeline);
        }
    }
}
