#pragma once

#include "lazydock.h"
#include "study/studystatistics.h"

#include <functional>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QTimer;
class QTreeWidget;

namespace duizhao {
class CardStore;
}

namespace duizhao::gui {

class MasteryChart;

// The Study panel: what is due today and how the paper's cards stand (new, learning, young,
// mature), retention over the last 30 days, mastery per framework level as a chart, and the weak
// spots, each leading to its paragraph. Its filters (deck, level, tag) narrow the review and the
// quiz; the day's limits are the library's study settings for the paper.
class StudyDock final : public LazyDock
{
    Q_OBJECT

public:
    using Clock = std::function<QDateTime()>;

    explicit StudyDock(QWidget *parent = nullptr);

    // The store of the open library and the paper (null: none); the counts are read again.
    void setStore(CardStore *store, qint64 documentId);
    void setClock(Clock clock);
    // Reads the counts, the chart and the weak spots again (after an answer, when the data changed).
    void refresh();
    // The same a moment later, once: after answers, so the next card shows first and a quick run of
    // answers reads the statistics once.
    void refreshSoon();

    CardFilter filter() const;
    int quizSize() const;
    const StudyProgress &progress() const { return m_progress; }

    QLabel *dueCount() { return made(m_due); }
    QLabel *newCount() { return made(m_new); }
    QLabel *learningCount() { return made(m_learning); }
    QLabel *youngCount() { return made(m_young); }
    QLabel *matureCount() { return made(m_mature); }
    QLabel *retention() { return made(m_retention); }
    MasteryChart *chart() { return made(m_chart); }
    QTreeWidget *weakSpots() { return made(m_weakSpots); }
    QComboBox *deckFilter() { return made(m_deck); }
    QComboBox *levelFilter() { return made(m_level); }
    QComboBox *tagFilter() { return made(m_tag); }
    QSpinBox *newPerDay() { return made(m_newPerDay); }
    QSpinBox *dailyLimit() { return made(m_dailyLimit); }
    QDoubleSpinBox *desiredRetention() { return made(m_desiredRetention); }
    QSpinBox *quizSizeBox() { return made(m_quizSize); }
    QPushButton *reviewButton() { return made(m_review); }
    QPushButton *quizButton() { return made(m_quiz); }

signals:
    void unitActivated(int unitSeq);
    // The panel is about to read the cards for the first time: the controller makes them first.
    void contentNeeded();
    void reviewRequested();
    void quizRequested();

protected:
    void buildContent() override;
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void loadTags();
    void fillFilters();
    void fillProgress();
    void updateReviewButton();
    void saveSettings();
    QDateTime now() const;

    CardStore *m_store = nullptr;
    qint64 m_documentId = 0;
    Clock m_clock;
    StudyProgress m_progress;
    QStringList m_tags;
    int m_dueWithFilter = 0;
    bool m_filling = false;
    QTimer *m_refreshTimer;

    QList<QLabel *> m_captions; // retranslated
    QLabel *m_due = nullptr;
    QLabel *m_new = nullptr;
    QLabel *m_learning = nullptr;
    QLabel *m_young = nullptr;
    QLabel *m_mature = nullptr;
    QLabel *m_today = nullptr;
    QLabel *m_retention = nullptr;
    MasteryChart *m_chart = nullptr;
    QTreeWidget *m_weakSpots = nullptr;
    QComboBox *m_deck = nullptr;
    QComboBox *m_level = nullptr;
    QComboBox *m_tag = nullptr;
    QSpinBox *m_newPerDay = nullptr;
    QSpinBox *m_dailyLimit = nullptr;
    QDoubleSpinBox *m_desiredRetention = nullptr;
    QSpinBox *m_quizSize = nullptr;
    QPushButton *m_review = nullptr;
    QPushButton *m_quiz = nullptr;
};

} // namespace duizhao::gui
