#pragma once

#include "model/paper.h"

#include <QDockWidget>

class QTreeView;

namespace duizhao::gui {

// Where the source's two languages disagree, each row jumping to its unit.
class NotesDock final : public QDockWidget
{
    Q_OBJECT

public:
    explicit NotesDock(QWidget *parent = nullptr);
    void setPaper(const Paper &paper);
    QTreeView *view() const { return m_view; }

signals:
    void unitActivated(int unitSeq);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QTreeView *m_view;
};

} // namespace duizhao::gui
