#pragma once

#include "framework/frameworkdata.h"
#include "model/paper.h"

#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;
class QScrollArea;

namespace duizhao {
class FrameworkMapRenderer;
class Library;
class TimelineRenderer;
} // namespace duizhao

namespace duizhao::gui {

class DiagramCanvas;

// A window with one of the paper's diagrams: the framework map (the three powers and their
// relations, the three competitions with their initiatives and features, the dilemmas, the
// countermeasures) or the timeline of dated measures. Every node or measure is clickable; the
// diagram exports as SVG and PNG, in English or Chinese. A click that leads to the text brings the
// reader forward; Escape and Ctrl+W close the window.
class DiagramWindow final : public QWidget
{
    Q_OBJECT

public:
    enum class Kind
    {
        FrameworkMap,
        Timeline
    };

    DiagramWindow(Kind kind, QWidget *parent = nullptr);
    ~DiagramWindow() override;

    void load(Library *library, qint64 documentId, const Paper &paper);
    Kind kind() const { return m_kind; }
    DiagramCanvas *canvas() const { return m_canvas; }
    bool isEmpty() const;
    // The diagram as the export writes it.
    QByteArray svg() const;
    QImage image(qreal scale = 2) const;
    // Where a node (map) or a measure (timeline, by key) is drawn, in canvas coordinates (tests).
    QPoint pointOf(const QString &key) const;

signals:
    // The map: a node's key and where the paper states it; the timeline: a measure's id and mentions.
    void nodeActivated(const QString &key, const QList<duizhao::UnitSpan> &spans);
    void measureActivated(qint64 measureId, const QList<duizhao::UnitSpan> &spans);

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void rebuild();
    void retranslate();
    void exportAs(const QString &format);

    Kind m_kind;
    QList<FrameworkNode> m_nodes;
    QList<FrameworkRelation> m_relations;
    QList<Measure> m_measures;
    std::pair<int, int> m_years{0, 0};
    std::unique_ptr<FrameworkMapRenderer> m_map;
    std::unique_ptr<TimelineRenderer> m_timeline;
    QComboBox *m_language;
    QComboBox *m_zoom;
    QLabel *m_hint;
    QScrollArea *m_area;
    DiagramCanvas *m_canvas;
    QAction *m_exportSvg;
    QAction *m_exportPng;
};

} // namespace duizhao::gui
