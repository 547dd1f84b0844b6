#include "preferencesdialog.h"

#include "annotations/annotationstore.h"
#include "settings.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace duizhao::gui {

PreferencesDialog::PreferencesDialog(QWidget *parent)
    : QDialog(parent)
    , m_language(new QComboBox)
    , m_name(new QLineEdit)
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

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addStretch();
    layout->addWidget(buttons);
    resize(420, sizeHint().height());
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
