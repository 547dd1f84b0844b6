#include "exportpdfdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace duizhao::gui {

ExportPdfDialog::ExportPdfDialog(const PdfExportOptions &options, bool hasAnnotations, QWidget *parent)
    : QDialog(parent)
    , m_options(options)
    , m_layout(new QComboBox)
    , m_paper(new QComboBox)
    , m_annotations(new QCheckBox(tr("Include my &highlights and notes")))
    , m_marginNotes(new QCheckBox(tr("Also print the notes in the &margin (for paper copies)")))
{
    setWindowTitle(tr("Export PDF"));
    m_layout->addItem(tr("Side by side"), int(PdfExportOptions::Layout::SideBySide));
    m_layout->addItem(tr("Interleaved"), int(PdfExportOptions::Layout::Interleaved));
    m_layout->addItem(tr("English only"), int(PdfExportOptions::Layout::English));
    m_layout->addItem(tr("Chinese only"), int(PdfExportOptions::Layout::Chinese));
    m_layout->setCurrentIndex(m_layout->findData(int(options.layout)));
    m_paper->addItem(tr("A4"), int(PdfExportOptions::PaperSize::A4));
    m_paper->addItem(tr("US Letter"), int(PdfExportOptions::PaperSize::Letter));
    m_paper->setCurrentIndex(m_paper->findData(int(options.paper)));
    m_annotations->setChecked(options.annotations && hasAnnotations);
    m_annotations->setEnabled(hasAnnotations);
    m_marginNotes->setChecked(options.marginNotes);
    m_marginNotes->setEnabled(m_annotations->isChecked());
    connect(m_annotations, &QCheckBox::toggled, m_marginNotes, &QCheckBox::setEnabled);

    auto *form = new QFormLayout;
    form->addRow(tr("&Layout:"), m_layout);
    form->addRow(tr("&Paper:"), m_paper);
    form->addRow(QString(), m_annotations);
    form->addRow(QString(), m_marginNotes);
    auto *about = new QLabel(tr("The PDF has real text in both languages, bookmarks for every heading, links from "
                                "citations to an index, and your highlights as PDF annotations any viewer shows."));
    about->setWordWrap(true);
    about->setForegroundRole(QPalette::PlaceholderText);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Export…"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(about);
    layout->addWidget(buttons);
    resize(460, sizeHint().height());
}

PdfExportOptions ExportPdfDialog::options() const
{
    PdfExportOptions options = m_options;
    options.layout = PdfExportOptions::Layout(m_layout->currentData().toInt());
    options.paper = PdfExportOptions::PaperSize(m_paper->currentData().toInt());
    options.annotations = m_annotations->isChecked();
    options.marginNotes = options.annotations && m_marginNotes->isChecked();
    return options;
}

} // namespace duizhao::gui
