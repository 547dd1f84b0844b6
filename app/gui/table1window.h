#pragma once

#include "export/dataexporter.h"

#include <QWidget>

class QComboBox;
class QTableView;

namespace duizhao {
class Library;
class Table1Model;
} // namespace duizhao

namespace duizhao::gui {

// The paper's missing Table 1, rebuilt from the framework data: the three levels of U.S.
// competition as rows; initiatives, features and representative measures as columns, in either
// language. Every cell links to the units that state it; the table exports as Markdown, HTML, JSON.
class Table1Window final : public QWidget
{
    Q_OBJECT

public:
    explicit Table1Window(QWidget *parent = nullptr);

    void load(Library *library, qint64 documentId);
    QTableView *view() const { return m_view; }
    Table1Model *model() const { return m_model; }

signals:
    void unitsActivated(const QList<int> &units);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void exportAs(DataExporter::Format format);

    Table1Model *m_model;
    QTableView *m_view;
    QComboBox *m_language;
    Library *m_library = nullptr;
    qint64 m_documentId = 0;
    QList<QAction *> m_exports;
};

} // namespace duizhao::gui
