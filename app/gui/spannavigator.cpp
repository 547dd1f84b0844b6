#include "spannavigator.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

namespace duizhao::gui {

SpanNavigator::SpanNavigator(QWidget *parent)
    : QWidget(parent)
    , m_previous(new QToolButton)
    , m_next(new QToolButton)
    , m_label(new QLabel)
{
    m_previous->setArrowType(Qt::LeftArrow);
    m_next->setArrowType(Qt::RightArrow);
    m_previous->setAutoRaise(true);
    m_next->setAutoRaise(true);
    m_label->setTextFormat(Qt::PlainText);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_previous);
    layout->addWidget(m_label, 1, Qt::AlignCenter);
    layout->addWidget(m_next);
    connect(m_previous, &QToolButton::clicked, this, [this] { step(-1); });
    connect(m_next, &QToolButton::clicked, this, [this] { step(+1); });
    update();
}

void SpanNavigator::clear()
{
    m_spans.clear();
    m_current = -1;
    m_empty.clear();
    update();
}

void SpanNavigator::setSpans(const QList<UnitSpan> &spans)
{
    m_spans = spans;
    m_empty = tr("Not found in the text");
    m_current = -1;
    update();
    if (!m_spans.isEmpty())
        step(+1);
}

void SpanNavigator::step(int direction)
{
    if (m_spans.isEmpty())
        return;
    const int n = int(m_spans.size());
    m_current = m_current < 0 ? (direction > 0 ? 0 : n - 1) : ((m_current + direction) % n + n) % n;
    update();
    emit spanShown(m_spans[m_current]);
}

void SpanNavigator::update()
{
    m_previous->setEnabled(m_spans.size() > 1);
    m_next->setEnabled(m_spans.size() > 1);
    m_previous->setToolTip(tr("Previous place"));
    m_next->setToolTip(tr("Next place"));
    m_previous->setAccessibleName(tr("Previous place"));
    m_next->setAccessibleName(tr("Next place"));
    if (m_spans.isEmpty())
        m_label->setText(m_empty);
    else
        m_label->setText(tr("%1 of %2 · unit %3")
                             .arg(m_current + 1)
                             .arg(m_spans.size())
                             .arg(m_spans[std::max(0, m_current)].unitSeq));
}

void SpanNavigator::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        update();
}

} // namespace duizhao::gui
