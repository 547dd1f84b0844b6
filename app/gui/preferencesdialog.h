#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace duizhao::gui {

// Preferences: the UI language (system default, English, Simplified Chinese) and the name the
// user's marks and PDF exports carry; and where the open library's automatic backups are, how
// many there are and the space they take.
class PreferencesDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit PreferencesDialog(QWidget *parent = nullptr);
    QString language() const;   // "system", "en", "zh_CN"
    QString authorName() const; // as typed, trimmed; empty: the account's name
    QLineEdit *authorField() const { return m_name; }
    // The library whose backups the dialog describes; empty: none open.
    void setLibraryPath(const QString &libraryPath);

private:
    QComboBox *m_language;
    QLineEdit *m_name;
    QLabel *m_backupsSummary;
    QLabel *m_backupsFolder;
    QPushButton *m_openBackups;
    QString m_backupsPath;
};

} // namespace duizhao::gui
