#pragma once

#include <QDialog>

class QComboBox;

namespace duizhao::gui {

// Preferences: the UI language (system default, English, Simplified Chinese).
class PreferencesDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit PreferencesDialog(QWidget *parent = nullptr);
    QString language() const; // "system", "en", "zh_CN"

private:
    QComboBox *m_language;
};

} // namespace duizhao::gui
