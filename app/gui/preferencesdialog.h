#pragma once

#include <QDialog>

class QComboBox;
class QLineEdit;

namespace duizhao::gui {

// Preferences: the UI language (system default, English, Simplified Chinese) and the name the
// user's marks and PDF exports carry.
class PreferencesDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit PreferencesDialog(QWidget *parent = nullptr);
    QString language() const;   // "system", "en", "zh_CN"
    QString authorName() const; // as typed, trimmed; empty: the account's name
    QLineEdit *authorField() const { return m_name; }

private:
    QComboBox *m_language;
    QLineEdit *m_name;
};

} // namespace duizhao::gui
