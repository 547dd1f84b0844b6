#pragma once

#include "lazydock.h"
#include "model/paper.h"

class QComboBox;
class QLineEdit;
class QTreeView;

namespace duizhao {
class AnnotationFilterProxy;
class AnnotationStore;
class AnnotationsModel;
} // namespace duizhao

namespace duizhao::gui {

class FilterPanel;

// Every mark on the paper in one list, filtered by tag, colour, language, section and text;
// each jumps to its place, opens for editing with a double click, and goes with Delete.
class AnnotationsDock final : public LazyDock
{
    Q_OBJECT

public:
    explicit AnnotationsDock(QWidget *parent = nullptr);

    // The store of the open library (nullptr when none is open) and the paper shown.
    void setStore(AnnotationStore *store);
    void setPaper(qint64 documentId, const Paper &paper);
    void select(qint64 annotationId);
    QTreeView *view() { return made(m_view); }
    AnnotationFilterProxy *proxy() const { return m_proxy; }
    QComboBox *tagFilter() { return made(m_tag); }
    QLineEdit *textFilter() { return made(m_text); }

signals:
    void annotationActivated(qint64 id, int unitSeq, const QString &lang, int start, int length);
    void editRequested(qint64 id);
    void removeRequested(qint64 id);

protected:
    void buildContent() override;
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslate();
    void setUpColumns();
    void shareColumns();
    void reloadTags();
    void rebuildSections();
    void applyFilters();

    AnnotationStore *m_store = nullptr;
    AnnotationsModel *m_model = nullptr;
    AnnotationFilterProxy *m_proxy;
    Paper m_paper;
    qint64 m_documentId = 0;
    FilterPanel *m_panel = nullptr;
    QComboBox *m_tag = nullptr;
    QComboBox *m_color = nullptr;
    QComboBox *m_language = nullptr;
    QComboBox *m_section = nullptr;
    QLineEdit *m_text = nullptr;
    QTreeView *m_view = nullptr;
};

} // namespace duizhao::gui
