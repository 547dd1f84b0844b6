#include "preferencesdialog.h"

#include "annotations/annotationstore.h"
#include "settings.h"
#include "storage/backups.h"

#include <QComboBox>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

namespace duizhao::gui {

PreferencesDialog::PreferencesDialog(QWidget *parent)
    : QDialog(parent)
    , m_language(new QComboBox)
    , m_name(new QLineEdit)
    , m_backupsSummary(new QLabel)
    , m_backupsFolder(new QLabel)
    , m_openBackups(new QPushButton(tr("Open &Folder")))
{
    setWindowTitle(tr("Preferences"));
    m_language->addItem(tr("System default"), QStringLiteral("system"));
    // Each language named in itself, so it can be found whatever the current one is.
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("简体中文"), QStringLiteral("zh_CN"));
    const int current = m_language->findData(Settings::value(Settings::Key::UiLanguage).toString());
    m_language->setCurrentIndex(current >= 0 ? current : 0);

    // Empty means the account's name, which the placeholder shows.
    m_name->setText(Settings::value(Settings::Key::AuthorName).toString());
    m_name->setPlaceholderText(AnnotationStore::defaultAuthor());
    m_name->setToolTip(tr("Written into your highlights and notes, and on the title page of PDF exports"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Language:"), m_language);
    form->addRow(tr("Your &name:"), m_name);
    auto *note = new QLabel(tr("The paper is always shown in both of its languages; this sets the language of "
                               "menus, panels and messages."));
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);

    // Backups: what they cost is the user's to see, and the folder theirs to clean up.
    auto *backups = new QGroupBox(tr("Automatic backups"));
    auto *policy = new QLabel(tr("Duizhao keeps a copy of the library from each of the last %1 days it was "
                                 "changed, taken in the background once a day, and a copy from before each of the "
                                 "last %2 upgrades of its format. Older ones are deleted.")
                                  .arg(Backups::KeepDaily)
                                  .arg(Backups::KeepOther));
    policy->setWordWrap(true);
    m_backupsSummary->setObjectName(QStringLiteral("backupsSummary"));
    m_backupsSummary->setTextFormat(Qt::PlainText);
    m_backupsFolder->setObjectName(QStringLiteral("backupsFolder"));
    m_backupsFolder->setTextFormat(Qt::PlainText);
    m_backupsFolder->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_backupsFolder->setWordWrap(true);
    m_openBackups->setObjectName(QStringLiteral("openBackupsFolder"));
    connect(m_openBackups, &QPushButton::clicked, this,
            [this] { QDesktopServices::openUrl(QUrl::fromLocalFile(m_backupsPath)); });
    auto *backupsLayout = new QVBoxLayout(backups);
    backupsLayout->addWidget(policy);
    backupsLayout->addWidget(m_backupsSummary);
    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_backupsFolder, 1);
    folderRow->addWidget(m_openBackups, 0, Qt::AlignTop);
    backupsLayout->addLayout(folderRow);
    setLibraryPath(QString());

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(backups);
    layout->addStretch();
    layout->addWidget(buttons);
    resize(480, sizeHint().height());
}

void PreferencesDialog::setLibraryPath(const QString &libraryPath)
{
    if (libraryPath.isEmpty()) {
        m_backupsPath.clear();
        m_backupsSummary->setText(tr("No library is open."));
        m_backupsFolder->clear();
        m_openBackups->setEnabled(false);
        return;
    }
    const BackupUsage usage = Backups::usage(libraryPath);
    m_backupsPath = usage.folder;
    const QString size = locale().formattedDataSize(usage.bytes);
    m_backupsSummary->setText(usage.count == 0 ? tr("This library has no backups yet.")
                              : usage.count == 1
                                  ? tr("This library has one backup, taking %1.").arg(size)
                                  : tr("This library has %1 backups, taking %2.").arg(usage.count).arg(size));
    m_backupsFolder->setText(QDir::toNativeSeparators(usage.folder));
    m_openBackups->setEnabled(QFileInfo(usage.folder).isDir());
}

QString PreferencesDialog::authorName() const
{
    return m_name->text().trimmed();
}

QString PreferencesDialog::language() const
{
    return m_language->currentData().toString();
}

} // namespace duizhao::gui
