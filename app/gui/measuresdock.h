#pragma once

#include "framework/frameworkdata.h"
#include "lazydock.h"

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

class FilterPanel;
class SpanNavigator;

// Every measure the paper names — laws, strategies, lists, agencies, alliances, China's
// initiatives — as a sortable table filtered by level, kind, actor, category, year and words.
// Selecting one marks its mentions in both languages and steps through them.
class MeasuresDock final : public LazyDock
{
    Q_OBJECT

public:
    explicit MeasuresDock(QWidget *parent = nullptr);

    void load(Library *library, qint64 documentId);
    void selectMeasure(qint64 measureId);
    QTreeView *view() { return made(m_view); }
    MeasuresFilterModel *proxy() const { return m_proxy; }
    QComboBox *levelFilter() { return made(m_level); }
    QComboBox *kindFilter() { return made(m_kind); }
    QLineEdit *textFilter() { return made(m_text); }
    SpanNavigator *navigator() { return made(m_navigator); }

signals:
    void mentionsSelected(const QList<duizhao::UnitSpan> &spans);
    void spanShown(const duizhao::UnitSpan &span);
    void candidatesRequested();

protected:
    void buildContent() override;
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void showCandidates();
    void rebuildFilters();
    void applyFilters();
    void showCurrent();

    MeasuresModel *m_model;
    MeasuresFilterModel *m_proxy;
    int m_proposed = 0; // candidates waiting for review
    FilterPanel *m_panel = nullptr;
    QComboBox *m_level = nullptr;
    QComboBox *m_kind = nullptr;
    QComboBox *m_actor = nullptr;
    QLineEdit *m_category = nullptr;
    QSpinBox *m_from = nullptr;
    QSpinBox *m_to = nullptr;
    QLineEdit *m_text = nullptr;
    QTreeView *m_view = nullptr;
    QLabel *m_details = nullptr;
    SpanNavigator *m_navigator = nullptr;
    QPushButton *m_candidates = nullptr;
};

} // namespace duizhao::gui
