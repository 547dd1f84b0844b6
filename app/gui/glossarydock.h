#pragma once

#include "framework/frameworkdata.h"
#include "lazydock.h"

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
class GlossaryDock final : public LazyDock
{
    Q_OBJECT

public:
    explicit GlossaryDock(QWidget *parent = nullptr);

    void load(Library *library, qint64 documentId);
    const QList<GlossaryTerm> &terms() const;
    QTreeView *view() { return made(m_view); }
    QLineEdit *searchField() { return made(m_search); }
    SpanNavigator *navigator() { return made(m_navigator); }

signals:
    void occurrencesSelected(const QList<duizhao::UnitSpan> &spans);
    void spanShown(const duizhao::UnitSpan &span);

protected:
    void buildContent() override;
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void fillCategories();
    void showCurrent();

    GlossaryModel *m_model;
    GlossaryFilterModel *m_proxy;
    QStringList m_categories; // of the terms loaded, sorted
    QLineEdit *m_search = nullptr;
    QComboBox *m_category = nullptr;
    QTreeView *m_view = nullptr;
    QLabel *m_details = nullptr;
    SpanNavigator *m_navigator = nullptr;
};

} // namespace duizhao::gui
