#pragma once

#include "framework/frameworkdata.h"

#include <QWidget>

class QLabel;
class QToolButton;

namespace duizhao::gui {

// "◀ 2 of 7 ▶": steps through where a measure is mentioned or a term occurs, in both languages.
class SpanNavigator final : public QWidget
{
    Q_OBJECT

public:
    explicit SpanNavigator(QWidget *parent = nullptr);

    void setSpans(const QList<UnitSpan> &spans); // shows the first one
    void clear();                                // nothing selected
    const QList<UnitSpan> &spans() const { return m_spans; }
    int current() const { return m_current; }
    void step(int direction);

signals:
    void spanShown(const duizhao::UnitSpan &span);

protected:
    void changeEvent(QEvent *event) override;

private:
    void update();

    QList<UnitSpan> m_spans;
    int m_current = -1;
    QString m_empty;
    QToolButton *m_previous;
    QToolButton *m_next;
    QLabel *m_label;
};

} // namespace duizhao::gui
