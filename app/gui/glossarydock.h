#pragma once

#include "framework/frameworkdata.h"

#include <QDockWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTreeView;

namespace duizhao {
class GlossaryFilterModel;
class GlossaryModel;
class Library;
} // namespace duizhao

namespace duizhao::gui {

class SpanNavigator;

// The paper's key terms in both languages with a definition each, searchable in either language;
// selecting a term marks its occurrences (translator's glosses included) and steps through them.
class GlossaryDock final : public QDockWidget
{
    Q_OBJECT

public:
    explicit GlossaryDock(QWidget *parent = nullptr);

    void load(Library *library, qint64 documentId);
    const QList<GlossaryTerm> &terms() const;
    QTreeView *view() const { return m_view; }
    QLineEdit *searchField() const { return m_search; }
    SpanNavigator *navigator() const { return m_navigator; }

signals:
    void occurrencesSelected(const QList<duizhao::UnitSpan> &spans);
    void spanShown(const duizhao::UnitSpan &span);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void showCurrent();

    GlossaryModel *m_model;
    GlossaryFilterModel *m_proxy;
    QLineEdit *m_search;
    QComboBox *m_category;
    QTreeView *m_view;
    QLabel *m_details;
    SpanNavigator *m_navigator;
};

} // namespace duizhao::gui
