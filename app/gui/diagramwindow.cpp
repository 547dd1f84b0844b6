#include "diagramwindow.h"

#include "diagramcanvas.h"
#include "dialogs.h"
#include "framework/frameworkstore.h"
#include "framework/measurestore.h"
#include "languagemanager.h"
#include "render/frameworkmaprenderer.h"
#include "render/timelinerenderer.h"
#include "viewwindows.h"

#include <QAction>
#include <QBuffer>
#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QSaveFile>
#include <QScrollArea>
#include <QToolButton>
#include <QVBoxLayout>

namespace duizhao::gui {

DiagramWindow::DiagramWindow(Kind kind, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_kind(kind)
    , m_language(new QComboBox)
    , m_zoom(new QComboBox)
    , m_hint(new QLabel)
    , m_area(new QScrollArea)
    , m_canvas(new DiagramCanvas)
    , m_exportSvg(new QAction(this))
    , m_exportPng(new QAction(this))
{
    setObjectName(kind == Kind::FrameworkMap ? QStringLiteral("frameworkMap") : QStringLiteral("timeline"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("中文"), QStringLiteral("zh"));
    m_language->setCurrentIndex(LanguageManager::current() == u"zh_CN" ? 1 : 0);
    for (qreal zoom : {0.0, 0.5, 0.75, 1.0, 1.5, 2.0})
        m_zoom->addItem(zoom == 0 ? QString() : QStringLiteral("%1%").arg(qRound(zoom * 100)), zoom);
    m_hint->setForegroundRole(QPalette::PlaceholderText);
    m_area->setWidget(m_canvas);
    m_area->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    m_area->setBackgroundRole(QPalette::Base);

    auto *svg = new QToolButton;
    svg->setDefaultAction(m_exportSvg);
    auto *png = new QToolButton;
    png->setDefaultAction(m_exportPng);
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_language);
    bar->addWidget(m_zoom);
    bar->addWidget(m_hint, 1);
    bar->addWidget(svg);
    bar->addWidget(png);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(bar);
    layout->addWidget(m_area, 1);

    connect(m_language, &QComboBox::currentIndexChanged, this, &DiagramWindow::rebuild);
    connect(m_zoom, &QComboBox::currentIndexChanged, this,
            [this] { m_canvas->setZoom(m_zoom->currentData().toReal()); });
    connect(m_exportSvg, &QAction::triggered, this, [this] { exportAs(QStringLiteral("svg")); });
    connect(m_exportPng, &QAction::triggered, this, [this] { exportAs(QStringLiteral("png")); });
    connect(m_canvas, &DiagramCanvas::activated, this, [this](const QString &key) {
        if (m_kind == Kind::FrameworkMap) {
            for (const FrameworkNode &node : m_nodes) {
                if (node.key == key) {
                    emit nodeActivated(key, node.spans);
                    if (!node.spans.isEmpty())
                        ViewWindows::showReader(this);
                }
            }
            return;
        }
        const int index = key.toInt();
        if (m_timeline && index >= 0 && index < m_timeline->measures().size()) {
            emit measureActivated(m_timeline->measures()[index].id, m_timeline->measures()[index].mentions);
            ViewWindows::showReader(this);
        }
    });
    ViewWindows::addCloseKeys(this);
    resize(kind == Kind::FrameworkMap ? QSize(1100, 800) : QSize(1200, 520));
    retranslate();
}

DiagramWindow::~DiagramWindow() = default;

void DiagramWindow::load(Library *library, qint64 documentId, const Paper &paper)
{
    m_nodes.clear();
    m_relations.clear();
    m_measures.clear();
    if (library && documentId > 0) {
        const FrameworkStore framework(*library);
        m_nodes = framework.nodes(documentId);
        m_relations = framework.relations(documentId);
        m_measures = MeasureStore(*library).measures(documentId);
        m_years = TimelineRenderer::yearRange(paper, m_measures);
    }
    rebuild();
}

bool DiagramWindow::isEmpty() const
{
    return m_kind == Kind::FrameworkMap ? m_nodes.isEmpty() : TimelineRenderer::datedMeasures(m_measures).isEmpty();
}

void DiagramWindow::rebuild()
{
    const Lang lang = m_language->currentData().toString() == u"zh" ? Lang::Zh : Lang::En;
    // The diagram follows the palette: light on a light theme, dark on a dark one.
    const bool dark = palette().color(QPalette::Base).lightness() < 128;
    const DiagramStyle style(lang, dark);
    m_map.reset();
    m_timeline.reset();
    if (m_kind == Kind::FrameworkMap) {
        m_map = std::make_unique<FrameworkMapRenderer>(m_nodes, m_relations, style);
        m_canvas->setDiagram(
            m_map->size(), [this](QPainter &p) { m_map->paint(p); },
            [this](const QPointF &point) { return m_map->nodeAt(point); });
    } else {
        m_timeline = std::make_unique<TimelineRenderer>(m_measures, style, m_years.first, m_years.second);
        m_canvas->setDiagram(
            m_timeline->size(), [this](QPainter &p) { m_timeline->paint(p); },
            [this](const QPointF &point) {
                const int index = m_timeline->measureAt(point);
                return index < 0 ? QString() : QString::number(index);
            });
    }
    m_exportSvg->setEnabled(!isEmpty());
    m_exportPng->setEnabled(!isEmpty());
}

QByteArray DiagramWindow::svg() const
{
    return m_map ? m_map->toSvg() : m_timeline ? m_timeline->toSvg() : QByteArray();
}

QImage DiagramWindow::image(qreal scale) const
{
    return m_map ? m_map->toImage(scale) : m_timeline ? m_timeline->toImage(scale) : QImage();
}

QPoint DiagramWindow::pointOf(const QString &key) const
{
    if (m_map)
        return m_canvas->toWidget(m_map->nodeRect(key).center());
    if (m_timeline) {
        // The timeline is hit-tested by index: scan for the measure's label.
        const QSizeF size = m_timeline->size();
        for (qreal y = 2; y < size.height(); y += 3) {
            for (qreal x = 2; x < size.width(); x += 3) {
                const int index = m_timeline->measureAt({x, y});
                if (index >= 0 && m_timeline->measures()[index].key == key)
                    return m_canvas->toWidget({x, y});
            }
        }
    }
    return {};
}

void DiagramWindow::exportAs(const QString &format)
{
    const QString base = m_kind == Kind::FrameworkMap ? QStringLiteral("framework-map") : QStringLiteral("timeline");
    const QString filter = format == u"svg" ? tr("SVG images (*.svg)") : tr("PNG images (*.png)");
    const QString path =
        QFileDialog::getSaveFileName(this, windowTitle(), QDir::home().filePath(base + u'.' + format), filter);
    if (path.isEmpty())
        return;
    const QByteArray bytes = format == u"svg" ? svg() : [this] {
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        image(2).save(&buffer, "PNG");
        return png;
    }();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        Dialogs::show(this, Dialogs::Kind::Error, windowTitle(),
                      tr("Cannot write %1: %2").arg(path, file.errorString()));
}

void DiagramWindow::retranslate()
{
    setWindowTitle(m_kind == Kind::FrameworkMap ? tr("Framework Map") : tr("Timeline of Measures"));
    m_hint->setText(m_kind == Kind::FrameworkMap ? tr("Click a box to read where the paper states it.")
                                                 : tr("Click a measure to see it in the Measures panel and the text."));
    m_zoom->setItemText(0, tr("Fit"));
    m_language->setAccessibleName(tr("Language of the diagram"));
    m_zoom->setAccessibleName(tr("Zoom"));
    m_exportSvg->setText(tr("Export SVG…"));
    m_exportPng->setText(tr("Export PNG…"));
}

void DiagramWindow::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    else if (event->type() == QEvent::PaletteChange)
        rebuild();
}

void DiagramWindow::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    ViewWindows::detachFromMainWindow(this);
}

void DiagramWindow::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    m_canvas->setZoom(m_zoom->currentData().toReal());
}

} // namespace duizhao::gui
