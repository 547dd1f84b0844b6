#pragma once

#include "framework/frameworkdata.h"

#include <QDockWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTreeView;

namespace duizhao {
class Library;
class MeasuresFilterModel;
class MeasuresModel;
} // namespace duizhao

namespace duizhao::gui {

class SpanNavigator;

// Every measure the paper names — laws, strategies, lists, agencies, alliances, China's
// initiatives — as a sortable table filtered by level, kind, actor, category, year and words.
// Selecting one marks its mentions in both languages and steps through them.
class MeasuresDock final : public QDockWidget
{
    Q_OBJECT

public:
    explicit MeasuresDock(QWidget *parent = nullptr);

    void load(Library *library, qint64 documentId);
    void selectMeasure(qint64 measureId);
    QTreeView *view() const { return m_view; }
    MeasuresFilterModel *proxy() const { return m_proxy; }
    QComboBox *levelFilter() const { return m_level; }
    QLineEdit *textFilter() const { return m_text; }
    SpanNavigator *navigator() const { return m_navigator; }

signals:
    void mentionsSelected(const QList<duizhao::UnitSpan> &spans);
    void spanShown(const duizhao::UnitSpan &span);
    void candidatesRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void rebuildFilters();
    void applyFilters();
    void showCurrent();

    MeasuresModel *m_model;
    MeasuresFilterModel *m_proxy;
    QComboBox *m_level;
    QComboBox *m_kind;
    QComboBox *m_actor;
    QLineEdit *m_category;
    QSpinBox *m_from;
    QSpinBox *m_to;
    QLineEdit *m_text;
    QTreeView *m_view;
    QLabel *m_details;
    SpanNavigator *m_navigator;
    QPushButton *m_candidates;
};

} // namespace duizhao::gui
