#pragma once

#include "study/studystatistics.h"

#include <QWidget>

namespace duizhao::gui {

// Mastery per framework level as bars: the mean predicted recall of the level's cards, in the level's
// colour, with its name in the UI's language and how many of its cards are mature.
class MasteryChart final : public QWidget
{
    Q_OBJECT

public:
    explicit MasteryChart(QWidget *parent = nullptr);

    void setMastery(const QList<LevelMastery> &mastery);
    const QList<LevelMastery> &mastery() const { return m_mastery; }
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

    // The bar's label: the level's name (translated), "Other cards" for cards of no level.
    static QString levelLabel(FrameworkLevel level);

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    int rowHeight() const;

    QList<LevelMastery> m_mastery; // levels with cards only
};

} // namespace duizhao::gui
