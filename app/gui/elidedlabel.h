#pragma once

#include <QLabel>

namespace duizhao::gui {

// A one-line label that shows as much of its text as its width allows, eliding the middle, and
// elides again whenever its width changes. The status bar's section path is one: its width is
// known only once the window is laid out, and changes with the window.
class ElidedLabel final : public QLabel
{
    Q_OBJECT

public:
    explicit ElidedLabel(QWidget *parent = nullptr);

    // The whole text; what shows is this, elided to the label's width.
    void setFullText(const QString &text);
    const QString &fullText() const { return m_fullText; }

    QSize minimumSizeHint() const override;

protected:
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void elide();

    QString m_fullText;
};

} // namespace duizhao::gui
