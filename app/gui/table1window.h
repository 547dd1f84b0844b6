#pragma once

#include "export/dataexporter.h"

#include <QWidget>

class QComboBox;
class QStyledItemDelegate;
class QTableView;

namespace duizhao {
class Library;
class Table1Model;
} // namespace duizhao

namespace duizhao::gui {

// The paper's missing Table 1, rebuilt from the framework data: the three levels of U.S.
// competition as rows; initiatives, features and representative measures as columns, in either
// language. Each cell is a bulleted list, a measures cell with the named measures first and the
// general instruments under their own heading; rows are as tall as their lists. Clicking an item
// shows the reader where the paper states it (the reader comes forward). Escape and Ctrl+W close
// the window. The table exports as Markdown, HTML, JSON.
class Table1Window final : public QWidget
{
    Q_OBJECT

public:
    explicit Table1Window(QWidget *parent = nullptr);

    void load(Library *library, qint64 documentId);
    QTableView *view() const { return m_view; }
    Table1Model *model() const { return m_model; }
    // Where an item of a cell is drawn in the view's viewport, empty if it is not (tests).
    QRect itemRect(const QModelIndex &index, int item) const;
    // The item of a cell under a point of the viewport, -1 if none.
    int itemAt(const QModelIndex &index, const QPoint &point) const;

signals:
    void unitsActivated(const QList<int> &units);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslate();
    void exportAs(DataExporter::Format format);
    void activate(const QModelIndex &index);
    void fitColumns();

    Table1Model *m_model;
    QTableView *m_view;
    QStyledItemDelegate *m_delegate;
    QPoint m_pressedAt; // where the last click went down, in the viewport
    bool m_rowsPending = false;
    QComboBox *m_language;
    Library *m_library = nullptr;
    qint64 m_documentId = 0;
    QList<QAction *> m_exports;
};

} // namespace duizhao::gui
