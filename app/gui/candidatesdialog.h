#pragma once

#include <QDialog>

class QTreeWidget;

namespace duizhao {
class Library;
}

namespace duizhao::gui {

// For a paper without curated data: the measures Duizhao proposes (《…》 titles, acts, strategies,
// lists, acronyms with their expansions, paired across the languages), to accept, edit or reject.
class CandidatesDialog final : public QDialog
{
    Q_OBJECT

public:
    CandidatesDialog(Library &library, qint64 documentId, QWidget *parent = nullptr);
    bool changed() const { return m_changed; }

private:
    void reload();
    qint64 currentId() const;
    void accept();
    void reject();
    void edit();

    Library &m_library;
    qint64 m_documentId;
    QTreeWidget *m_list;
    bool m_changed = false;
};

} // namespace duizhao::gui
