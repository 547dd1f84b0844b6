#pragma once

#include "lazydock.h"
#include "model/paper.h"

class QTreeView;

namespace duizhao {
class AlignmentNotesModel;
}

namespace duizhao::gui {

// Where the source's two languages disagree, each row jumping to its unit.
class NotesDock final : public LazyDock
{
    Q_OBJECT

public:
    explicit NotesDock(QWidget *parent = nullptr);
    void setPaper(const Paper &paper);
    QTreeView *view() { return made(m_view); }

signals:
    void unitActivated(int unitSeq);

protected:
    void buildContent() override;
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    AlignmentNotesModel *m_model;
    QTreeView *m_view = nullptr;
};

} // namespace duizhao::gui
