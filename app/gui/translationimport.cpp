#include "translationimport.h"

#include "align/alignmentdrafter.h"
#include "align/sourcereader.h"
#include "alignmentreviewdialog.h"
#include "dialogs.h"
#include "error.h"
#include "text/script.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressDialog>
#include <QPromise>
#include <QPushButton>
#include <QtConcurrent>

namespace duizhao::gui {

namespace {

QString fileFilter()
{
    return QCoreApplication::translate("duizhao::gui::TranslationPairDialog",
                                       "Translations and originals (*.txt *.html *.htm *.pdf);;All files (*)");
}

// The first megabyte of a text file, as script counts.
script::ScriptCounts scriptsOf(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return script::countScripts(QString::fromUtf8(file.read(1 << 20)));
}

// Reads a side; when the language is not known beforehand, tries English, then Chinese.
SourceDocument readSide(const QString &path, std::optional<Lang> lang)
{
    if (lang)
        return SourceReader::read(path, *lang);
    try {
        return SourceReader::read(path, Lang::En);
    } catch (const Error &english) {
        try {
            return SourceReader::read(path, Lang::Zh);
        } catch (const Error &) {
            throw english;
        }
    }
}

} // namespace

TranslationPairDialog::TranslationPairDialog(QWidget *parent)
    : QDialog(parent)
    , m_en(new QLineEdit(this))
    , m_zh(new QLineEdit(this))
{
    setObjectName(QStringLiteral("translationPair"));
    setWindowTitle(tr("Import Translation and Original"));
    m_en->setObjectName(QStringLiteral("englishFile"));
    m_zh->setObjectName(QStringLiteral("chineseFile"));
    m_en->setMinimumWidth(420);
    auto *grid = new QGridLayout(this);
    auto *intro = new QLabel(tr("Pick the English translation and the Chinese original: plain text, a saved web "
                                "page or a PDF each. Their paragraphs are paired, and you can check the pairs "
                                "before anything is imported."),
                             this);
    intro->setWordWrap(true);
    grid->addWidget(intro, 0, 0, 1, 3);
    const struct
    {
        QLineEdit *edit;
        QString label;
        QString title;
    } rows[] = {{m_en, tr("&English (translation):"), tr("The English Translation")},
                {m_zh, tr("&Chinese (original):"), tr("The Chinese Original")}};
    int row = 1;
    for (const auto &r : rows) {
        auto *label = new QLabel(r.label, this);
        label->setBuddy(r.edit);
        auto *browse = new QPushButton(tr("Browse…"), this);
        browse->setAutoDefault(false);
        QLineEdit *edit = r.edit;
        const QString title = r.title;
        connect(browse, &QPushButton::clicked, this, [this, edit, title] {
            const QString start = edit->text().isEmpty() ? QDir::homePath() : QFileInfo(edit->text()).absolutePath();
            const QString file = QFileDialog::getOpenFileName(this, title, start, fileFilter());
            if (!file.isEmpty())
                edit->setText(QDir::toNativeSeparators(file));
        });
        grid->addWidget(label, row, 0);
        grid->addWidget(r.edit, row, 1);
        grid->addWidget(browse, row, 2);
        connect(r.edit, &QLineEdit::textChanged, this, &TranslationPairDialog::updateOk);
        ++row;
    }
    auto *swapButton = new QPushButton(tr("&Swap"), this);
    swapButton->setObjectName(QStringLiteral("swap"));
    swapButton->setToolTip(tr("The English file becomes the Chinese one and the other way round"));
    swapButton->setAutoDefault(false);
    connect(swapButton, &QPushButton::clicked, this, &TranslationPairDialog::swap);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("&Align"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    grid->addWidget(swapButton, row, 1, Qt::AlignLeft);
    grid->addWidget(buttons, row + 1, 0, 1, 3);
    updateOk();
}

void TranslationPairDialog::setFiles(const QString &en, const QString &zh)
{
    m_en->setText(QDir::toNativeSeparators(en));
    m_zh->setText(QDir::toNativeSeparators(zh));
}

QString TranslationPairDialog::englishFile() const
{
    return QDir::fromNativeSeparators(m_en->text().trimmed());
}

QString TranslationPairDialog::chineseFile() const
{
    return QDir::fromNativeSeparators(m_zh->text().trimmed());
}

void TranslationPairDialog::swap()
{
    const QString en = m_en->text();
    m_en->setText(m_zh->text());
    m_zh->setText(en);
}

void TranslationPairDialog::updateOk()
{
    m_ok->setEnabled(!englishFile().isEmpty() && !chineseFile().isEmpty());
}

DraftJob::DraftJob(const QString &first, const QString &second, bool ordered, QWidget *parent)
    : QObject(parent)
    , m_first(first)
    , m_second(second)
    , m_ordered(ordered)
    , m_parent(parent)
{
    connect(&m_watcher, &QFutureWatcher<DraftOutcome>::finished, this, [this] {
        if (m_progress)
            m_progress->reset();
        DraftOutcome outcome;
        if (m_watcher.future().resultCount() > 0)
            outcome = m_watcher.result();
        else
            outcome.cancelled = true;
        emit finished(outcome);
    });
}

DraftOutcome DraftJob::run(const QString &first, const QString &second, bool ordered, const Progress &progress)
{
    // Reading is a tenth of the work each side, aligning the rest.
    constexpr int Total = 1000;
    DraftOutcome outcome;
    try {
        QString en = first;
        QString zh = second;
        // Dropped files: the first one's script says which side it is.
        if (!ordered && readSide(first, std::nullopt).lang == Lang::Zh)
            std::swap(en, zh);
        const AlignmentDrafter::Progress report = [&](AlignmentDrafter::Stage stage, int done, int total) {
            const int base = stage == AlignmentDrafter::Stage::ReadingEn   ? 0
                             : stage == AlignmentDrafter::Stage::ReadingZh ? 100
                                                                           : 200;
            const int span = stage == AlignmentDrafter::Stage::Aligning ? 800 : 100;
            return !progress || progress(base + int(qint64(done) * span / std::max(total, 1)), Total);
        };
        try {
            outcome.draft = AlignmentDrafter::draft(en, zh, {}, report);
        } catch (const Error &error) {
            // Both dropped files in one language: ask the user which is which.
            const bool sameFile = QFileInfo(en).canonicalFilePath() == QFileInfo(zh).canonicalFilePath();
            if (ordered || sameFile || error.kind() != Error::Kind::Data || error.file().isEmpty())
                throw;
            const Lang other = error.file() == en ? Lang::Zh : Lang::En;
            try {
                SourceReader::read(error.file(), other);
            } catch (const Error &) {
                throw error;
            }
            outcome.unclear = true;
        }
    } catch (const Error &error) {
        if (error.kind() == Error::Kind::Cancelled)
            outcome.cancelled = true;
        else
            outcome.error = error.text();
    }
    return outcome;
}

void DraftJob::start()
{
    m_progress = new QProgressDialog(m_parent);
    m_progress->setWindowTitle(tr("Aligning"));
    m_progress->setLabelText(tr("Reading %1 and %2 and pairing their paragraphs…")
                                 .arg(QFileInfo(m_first).fileName(), QFileInfo(m_second).fileName()));
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setMinimumDuration(400);
    m_progress->setRange(0, 1000);
    connect(m_progress, &QProgressDialog::canceled, &m_watcher, &QFutureWatcher<DraftOutcome>::cancel);
    connect(&m_watcher, &QFutureWatcher<DraftOutcome>::progressValueChanged, m_progress, &QProgressDialog::setValue);
    const QString first = m_first;
    const QString second = m_second;
    const bool ordered = m_ordered;
    m_watcher.setFuture(QtConcurrent::run([first, second, ordered](QPromise<DraftOutcome> &promise) {
        promise.setProgressRange(0, 1000);
        DraftOutcome outcome = run(first, second, ordered, [&promise](int done, int total) {
            promise.setProgressValue(int(qint64(done) * 1000 / std::max(total, 1)));
            return !promise.isCanceled();
        });
        if (!outcome.cancelled)
            promise.addResult(std::move(outcome));
    }));
}

bool DraftJob::isRunning() const
{
    return m_watcher.isRunning();
}

void DraftJob::waitForFinished()
{
    m_watcher.waitForFinished();
}

void DraftJob::cancel()
{
    m_watcher.cancel();
}

TranslationImport::TranslationImport(std::function<QString()> libraryPath, QWidget *window)
    : QObject(window)
    , m_libraryPath(std::move(libraryPath))
    , m_window(window)
    , m_action(new QAction(this))
{
    m_action->setObjectName(QStringLiteral("importTranslation"));
    m_action->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    connect(m_action, &QAction::triggered, this, [this] { pick(); });
    window->installEventFilter(this);
    retranslate();
}

bool TranslationImport::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && event->type() == QEvent::LanguageChange)
        retranslate();
    return QObject::eventFilter(watched, event);
}

void TranslationImport::retranslate()
{
    m_action->setText(tr("Import &Translation and Original…"));
    m_action->setToolTip(tr("Import a translation and its original from two files, pairing their paragraphs (%1)")
                             .arg(m_action->shortcut().toString(QKeySequence::NativeText)));
}

bool TranslationImport::looksLikePair(const QStringList &files)
{
    if (files.size() != 2)
        return false;
    for (const QString &file : files) {
        const QString suffix = QFileInfo(file).suffix().toLower();
        if (suffix == u"pdf" || suffix == u"html" || suffix == u"htm")
            return true;
    }
    const script::ScriptCounts a = scriptsOf(files[0]);
    const script::ScriptCounts b = scriptsOf(files[1]);
    auto chinese = [](const script::ScriptCounts &c) { return c.han > 0 && c.han * 3 >= c.latin; };
    // English only: at most a Chinese word in fifty Latin letters (a gloss), not an interleaved paper.
    auto english = [](const script::ScriptCounts &c) { return c.latin > 0 && c.han * 50 < c.latin; };
    return (chinese(a) && english(b)) || (english(a) && chinese(b));
}

void TranslationImport::pick(const QString &en, const QString &zh)
{
    TranslationPairDialog dialog(m_window);
    dialog.setFiles(en, zh);
    if (dialog.exec() != QDialog::Accepted)
        return;
    start(dialog.englishFile(), dialog.chineseFile(), true);
}

void TranslationImport::start(const QString &first, const QString &second, bool ordered)
{
    if (m_job && m_job->isRunning()) {
        Dialogs::show(m_window, Dialogs::Kind::Information, tr("Import"), tr("An import is already running."));
        return;
    }
    m_first = first;
    m_second = second;
    m_job = new DraftJob(first, second, ordered, m_window);
    connect(m_job, &DraftJob::finished, this, &TranslationImport::drafted);
    m_job->start();
}

void TranslationImport::drafted(const DraftOutcome &outcome)
{
    if (m_job)
        m_job->deleteLater();
    if (outcome.cancelled)
        return;
    if (outcome.unclear) {
        pick(m_first, m_second);
        return;
    }
    if (!outcome.error.isEmpty()) {
        Dialogs::show(m_window, Dialogs::Kind::Error, tr("Import Failed"),
                      tr("Nothing was imported; the library is unchanged.\n\n%1").arg(outcome.error));
        return;
    }
    m_review = new AlignmentReviewDialog(outcome.draft, AlignmentReviewDialog::importInto(m_libraryPath()), m_window);
    m_review->setAttribute(Qt::WA_DeleteOnClose);
    AlignmentReviewDialog *review = m_review;
    connect(review, &QDialog::accepted, this, [this, review] { emit imported(review->documentId()); });
    review->open();
}

} // namespace duizhao::gui
