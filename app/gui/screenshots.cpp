#include "screenshots.h"

#include "align/aligner.h"
#include "align/alignmenteditor.h"
#include "alignmentreviewdialog.h"
#include "annotations/annotationcontroller.h"
#include "annotations/annotationpalette.h"
#include "annotationsdock.h"
#include "citationsdock.h"
#include "diagramwindow.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "measuresdock.h"
#include "searchdock.h"
#include "structuredock.h"
#include "study/cardstore.h"
#include "study/reviewdialog.h"
#include "study/studycontroller.h"
#include "study/studydock.h"
#include "table1window.h"

#include <QApplication>
#include <QDir>
#include <QLineEdit>
#include <QPalette>
#include <QStyleFactory>
#include <QTableView>
#include <QTemporaryDir>
#include <QTreeView>

namespace duizhao::gui {

namespace {

void settle()
{
    for (int i = 0; i < 5; ++i)
        QApplication::processEvents();
}

QString save(MainWindow &window, const QString &folder, const QString &name)
{
    settle();
    const QString path = QDir(folder).filePath(name);
    window.grab().save(path);
    return path;
}

// The paper on show as a translator's two files would have it, with what translators do: two
// Chinese paragraphs merged into one, one split in two, one English paragraph left untranslated.
AlignmentDraft sampleDraft(const Paper &paper)
{
    AlignmentDraft draft;
    draft.en = {QStringLiteral("technology-power-en.html"), Lang::En, QStringLiteral("html"), {}, {}};
    draft.zh = {QStringLiteral("technology-power-zh.pdf"), Lang::Zh, QStringLiteral("pdf"), {}, {}};
    for (const Unit &unit : paper.units) {
        if (!unit.en.isEmpty())
            draft.en.paragraphs.append({unit.en, unit.kind == UnitKind::Heading, 0, 0});
        if (!unit.zh.isEmpty())
            draft.zh.paragraphs.append({unit.zh, unit.kind == UnitKind::Heading, 1, 0});
    }
    QList<SourceParagraph> &zh = draft.zh.paragraphs;
    if (zh.size() > 20) {
        zh[8].text += zh[9].text;
        zh.removeAt(9);
        const qsizetype stop = zh[14].text.indexOf(u'。');
        if (stop > 0 && stop + 1 < zh[14].text.size()) {
            zh.insert(15, {zh[14].text.mid(stop + 1), false, 1, 0});
            zh[14].text.truncate(stop + 1);
        }
        draft.en.paragraphs.removeAt(4);
    }
    draft.alignment = Aligner::align(draft.en.paragraphs, draft.zh.paragraphs);
    draft.meta = paper.meta;
    return draft;
}

int firstSectionUnit(const Paper &paper)
{
    for (const TreeNode &node : paper.nodes) {
        if (node.kind == NodeKind::Section)
            return node.unitSeq;
    }
    return 1;
}

QPalette darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x2b, 0x2d, 0x31));
    p.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::Base, QColor(0x1f, 0x21, 0x24));
    p.setColor(QPalette::AlternateBase, QColor(0x26, 0x28, 0x2c));
    p.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9d, 0xa3));
    p.setColor(QPalette::Button, QColor(0x33, 0x36, 0x3a));
    p.setColor(QPalette::ButtonText, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::Highlight, QColor(0x3d, 0x7e, 0xd6));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x7c, 0xb3, 0xff));
    p.setColor(QPalette::ToolTipBase, QColor(0x33, 0x36, 0x3a));
    p.setColor(QPalette::ToolTipText, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::Mid, QColor(0x45, 0x48, 0x4d));
    return p;
}

// Three weeks of study in the bundled paper's library: cards of every level learnt, reviewed and
// some forgotten, so the Study panel's counts, chart and weak spots have something to show.
void makeStudyHistory(CardStore &store, qint64 documentId, const QDateTime &now)
{
    QList<StudyCard> cards = store.cards(documentId);
    int n = 0;
    for (const StudyCard &card : cards) {
        if (n++ % 4 != 0) // a quarter of the cards: some of each deck and level
            continue;
        QDateTime at = now.addDays(-24 + n % 9);
        store.review(card.id, n % 3 ? Rating::Good : Rating::Easy, at);
        for (int round = 0; round < 4; ++round) {
            const StudyCard current = store.requireCard(card.id);
            at = std::max(current.schedule.due, at.addSecs(60));
            if (at >= now)
                break;
            // Every seventh card is forgotten now and then.
            store.review(card.id, (n % 7 == 0 && round % 2 == 0) ? Rating::Again : Rating::Good, at);
        }
    }
}

} // namespace

QStringList renderScreenshots(MainWindow &window, const QString &folder)
{
    QDir().mkpath(folder);
    QStringList written;
    // The window as it first opens (1280×820, the default layout), then on a small screen.
    window.resize(1280, 820);
    window.show();
    window.setViewMode(ReaderView::Mode::SideBySide);
    settle();
    const int section = firstSectionUnit(window.reader()->paper());
    window.reader()->scrollToUnit(section);
    written.append(save(window, folder, QStringLiteral("main-window.png")));
    window.resize(1024, 700);
    settle();
    window.reader()->scrollToUnit(section);
    written.append(save(window, folder, QStringLiteral("small-window.png")));
    // A new, empty library: the page that offers the ways in.
    {
        QTemporaryDir empty;
        MainWindow fresh;
        if (fresh.openLibrary(empty.filePath(QStringLiteral("empty.duizhao")))) {
            fresh.resize(1280, 820);
            fresh.show();
            written.append(save(fresh, folder, QStringLiteral("empty-library.png")));
            fresh.hide();
        }
    }
    window.resize(1440, 900);
    settle();
    window.reader()->scrollToUnit(section);

    const QString language = LanguageManager::current();
    LanguageManager::apply(QStringLiteral("zh_CN"));
    written.append(save(window, folder, QStringLiteral("main-window-zh.png")));
    LanguageManager::apply(language);

    window.setViewMode(ReaderView::Mode::Interleaved);
    window.reader()->scrollToUnit(section);
    written.append(save(window, folder, QStringLiteral("interleaved.png")));
    window.setViewMode(ReaderView::Mode::SideBySide);

    // Highlights, a note and a coded unit, with the Annotations panel.
    {
        AnnotationController *annotations = window.annotations();
        const Paper &paper = window.reader()->paper();
        auto mark = [&](int seq, Lang lang, QStringView words, const QString &color, const QString &note,
                        const QStringList &tags) {
            const Unit &unit = paper.units[seq - 1];
            const int start = int((lang == Lang::En ? unit.en : unit.zh).indexOf(words));
            if (start < 0)
                return;
            Annotation a;
            a.documentId = window.documentId();
            a.unitSeq = seq;
            a.lang = lang;
            a.start = start;
            a.length = int(words.size());
            a.color = color;
            a.note = note;
            a.tags = tags;
            annotations->add(a);
        };
        int shift = 0;
        for (const Unit &unit : paper.units) {
            if (unit.en.startsWith(u"(2) There is a shift from"))
                shift = unit.seq;
        }
        if (shift > 0) {
            mark(shift, Lang::En, u"small yard, high fence.”", AnnotationPalette::resolve(u"yellow"),
                 QStringLiteral("The Biden-era formula: narrow the controls, raise them."), {QStringLiteral("power")});
            mark(shift, Lang::Zh, u"小院高墙", AnnotationPalette::resolve(u"green"), QString(),
                 {QStringLiteral("power")});
            mark(shift, Lang::En, u"Sacks (2019) argues", AnnotationPalette::resolve(u"pink"),
                 QStringLiteral("Three criteria"), {});
            Annotation code;
            code.documentId = window.documentId();
            code.unitSeq = shift + 1;
            code.scope = AnnotationScope::Unit;
            code.color = AnnotationPalette::resolve(u"blue");
            code.note = QStringLiteral("Defensive and offensive policies combined: CHIPS and Science Act.");
            code.tags = {QStringLiteral("power")};
            annotations->add(code);
            window.reader()->scrollToUnit(shift);
            window.annotationsDock()->show();
            window.annotationsDock()->raise();
            written.append(save(window, folder, QStringLiteral("annotations.png")));
            window.searchDock()->raise();
        }
    }

    // The framework views: the Measures panel on the CHIPS and Science Act, Table 1, the map, the timeline.
    if (!window.measuresDock()->view()->model()->rowCount()) {
        // No framework data for this paper: nothing to show.
    } else {
        MeasuresDock *measures = window.measuresDock();
        measures->textFilter()->setText(QStringLiteral("CHIPS and Science"));
        const QModelIndex chips = measures->view()->model()->index(0, 0);
        measures->view()->setCurrentIndex(chips);
        measures->show();
        measures->raise();
        written.append(save(window, folder, QStringLiteral("measures.png")));
        measures->textFilter()->clear();
        window.searchDock()->raise();
        auto grabWindow = [&](QWidget *w, const QString &name) {
            w->show();
            settle();
            const QString path = QDir(folder).filePath(name);
            w->grab().save(path);
            w->hide();
            return path;
        };
        written.append(grabWindow(window.table1(), QStringLiteral("table1.png")));
        written.append(grabWindow(window.frameworkMap(), QStringLiteral("framework-map.png")));
        written.append(grabWindow(window.timeline(), QStringLiteral("timeline.png")));
    }

    // Study mode: the Study panel after three weeks of reviews, and a card with its answer shown.
    if (StudyController *study = window.study(); study->store() && study->refreshCards()) {
        makeStudyHistory(*study->store(), window.documentId(), QDateTime::currentDateTimeUtc());
        StudyDock *dock = study->dock();
        dock->show();
        dock->raise();
        dock->ensureContent();
        study->refreshCards();
        // Tall enough for the chart and the weak spots; the search results above keep a few rows.
        window.resizeDocks({window.searchDock(), dock}, {120, 720}, Qt::Vertical);
        written.append(save(window, folder, QStringLiteral("study-progress.png")));
        LanguageManager::apply(QStringLiteral("zh_CN"));
        written.append(save(window, folder, QStringLiteral("study-progress-zh.png")));
        LanguageManager::apply(language);
        if (ReviewDialog *review = study->startReview()) {
            review->resize(640, 480);
            review->showAnswer();
            settle();
            written.append(QDir(folder).filePath(QStringLiteral("study-card.png")));
            review->grab().save(written.back());
            LanguageManager::apply(QStringLiteral("zh_CN"));
            settle();
            written.append(QDir(folder).filePath(QStringLiteral("study-card-zh.png")));
            review->grab().save(written.back());
            LanguageManager::apply(language);
            review->close();
        }
        window.resizeDocks({window.searchDock(), window.citationsDock()}, {420, 360}, Qt::Vertical);
        window.searchDock()->raise();
        window.citationsDock()->raise();
    }

    window.searchField()->setText(QStringLiteral("脱钩"));
    window.searchNow();
    window.findChild<SearchJob *>()->waitForFinished();
    settle(); // the results arrive as an event
    window.searchDock()->step(+1);
    written.append(save(window, folder, QStringLiteral("search.png")));

    const QPalette original = QApplication::palette();
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QApplication::setPalette(darkPalette());
    written.append(save(window, folder, QStringLiteral("dark.png")));
    QApplication::setPalette(original);

    // The alignment review with an unsure link selected.
    {
        AlignmentReviewDialog review(sampleDraft(window.reader()->paper()), {}, &window);
        review.resize(1300, 860);
        review.show();
        int link = -1;
        for (int k = 0; k < review.editor()->links().size() && link < 0; ++k) {
            if (!review.editor()->links()[k].sure)
                link = k;
        }
        review.setCurrentLink(link >= 0 ? link : review.editor()->nextToReview(-1));
        settle();
        const QString path = QDir(folder).filePath(QStringLiteral("alignment-review.png"));
        review.grab().save(path);
        written.append(path);
    }
    window.searchField()->clear();
    window.searchNow();
    return written;
}

} // namespace duizhao::gui
