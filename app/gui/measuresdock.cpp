#include "measuresdock.h"

#include "filterpanel.h"
#include "framework/frameworklevel.h"
#include "framework/measurestore.h"
#include "frameworkstyle.h"
#include "languagemanager.h"
#include "models/frameworkroles.h"
#include "models/measuresfiltermodel.h"
#include "models/measuresmodel.h"
#include "spannavigator.h"

#include <QComboBox>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSet>
#include <QSpinBox>
#include <QTreeView>

#include <functional>

namespace duizhao::gui {

MeasuresDock::MeasuresDock(QWidget *parent)
    : LazyDock(parent)
    , m_model(new MeasuresModel(this))
    , m_proxy(new MeasuresFilterModel(this))
{
    setObjectName(QStringLiteral("measuresDock"));
    m_proxy->setSourceModel(m_model);
    retranslate();
}

void MeasuresDock::buildContent()
{
    m_panel = new FilterPanel(m_proxy);
    m_level = m_panel->addChoice(0, 0);
    m_kind = m_panel->addChoice(0, 1);
    m_actor = m_panel->addChoice(1, 0);
    m_category = m_panel->addText(1, 1);
    std::tie(m_from, m_to) = m_panel->addYearRange(2, 0);
    m_text = m_panel->addText(2, 1);
    m_view = m_panel->view();
    m_panel->addList(3);
    m_navigator = new SpanNavigator;
    m_panel->addBelow(m_navigator);
    m_details = m_panel->addDetails(1);
    m_candidates = new QPushButton;
    m_panel->addBelow(m_candidates);
    setWidget(m_panel);

    m_view->header()->setSectionResizeMode(MeasuresModel::Name, QHeaderView::Stretch);
    m_view->header()->setStretchLastSection(false);
    for (int column : {int(MeasuresModel::Date), int(MeasuresModel::Level), int(MeasuresModel::Mentions)})
        m_view->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    for (int column : {int(MeasuresModel::OtherName), int(MeasuresModel::Acronym), int(MeasuresModel::Kind),
                       int(MeasuresModel::Actor), int(MeasuresModel::Category)})
        m_view->setColumnHidden(column, true);

    connect(m_panel, &FilterPanel::filtersChanged, this, &MeasuresDock::applyFilters);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &MeasuresDock::showCurrent);
    connect(m_navigator, &SpanNavigator::spanShown, this, &MeasuresDock::spanShown);
    connect(m_candidates, &QPushButton::clicked, this, &MeasuresDock::candidatesRequested);
    showCandidates();
    retranslate();
}

void MeasuresDock::load(Library *library, qint64 documentId)
{
    if (library && documentId > 0) {
        m_model->load(*library, documentId);
        m_proposed = int(MeasureStore(*library).candidates(documentId, QStringLiteral("proposed")).size());
    } else {
        m_model->setMeasures({});
        m_proposed = 0;
    }
    m_model->setLanguage(LanguageManager::lang());
    m_proxy->setLanguage(LanguageManager::lang());
    if (!m_view)
        return;
    showCandidates();
    rebuildFilters();
    m_details->clear();
    m_navigator->clear();
}

void MeasuresDock::showCandidates()
{
    m_candidates->setVisible(m_proposed > 0);
    m_candidates->setText(tr("Review %1 proposed measures…").arg(m_proposed));
}

void MeasuresDock::selectMeasure(qint64 measureId)
{
    const int row = m_model->rowOf(measureId);
    if (row < 0)
        return;
    ensureContent();
    QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!index.isValid()) {
        m_panel->clearFilters();
        index = m_proxy->mapFromSource(m_model->index(row, 0));
    }
    if (!isVisible())
        show();
    raise();
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
}

void MeasuresDock::showCurrent()
{
    const QModelIndex index = m_view->currentIndex();
    if (!index.isValid()) {
        m_details->clear();
        m_navigator->clear();
        return;
    }
    const Measure &measure = m_model->measureAt(m_proxy->mapToSource(index).row());
    const Lang lang = LanguageManager::lang();
    QStringList lines;
    lines.append(measure.nameEn +
                 (measure.acronym.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(measure.acronym)));
    lines.append(measure.nameZh);
    QStringList facts;
    if (!measure.kind.isEmpty())
        facts.append(measureKindName(measure.kind, lang));
    const QString actor = lang == Lang::En ? measure.actorEn : measure.actorZh;
    if (!actor.isEmpty())
        facts.append(actor);
    if (!measure.date.isEmpty())
        facts.append(measure.date);
    if (!measure.category.isEmpty())
        facts.append(measure.category);
    lines.append(facts.join(QStringLiteral(" · ")));
    for (const MeasureFigure &figure : measure.figures)
        lines.append(QStringLiteral("• ") + (lang == Lang::En ? figure.en : figure.zh));
    const QString note = lang == Lang::En ? measure.noteEn : measure.noteZh;
    if (!note.isEmpty())
        lines.append(note);
    if (!measure.nameEnInText)
        lines.append(tr("The English translation does not give this name; it is the editors' translation."));
    m_details->setText(lines.join(u'\n'));
    emit mentionsSelected(measure.mentions);
    m_navigator->setSpans(measure.mentions);
}

void MeasuresDock::rebuildFilters()
{
    const Lang lang = LanguageManager::lang();
    QSet<QString> kinds;
    QSet<QString> actors;
    for (const Measure &m : m_model->measures()) {
        if (!m.kind.isEmpty())
            kinds.insert(m.kind);
        const QString actor = lang == Lang::En ? m.actorEn : m.actorZh;
        if (!actor.isEmpty())
            actors.insert(actor);
    }
    // Shown by name, in the UI's language; filtered by value (a kind's code).
    auto sorted = [](const QSet<QString> &values, const std::function<QString(const QString &)> &shown) {
        QList<FilterPanel::Choice> choices;
        for (const QString &value : values)
            choices.append({shown(value), value, {}});
        std::sort(choices.begin(), choices.end(), [](const FilterPanel::Choice &a, const FilterPanel::Choice &b) {
            return QString::localeAwareCompare(a.text, b.text) < 0;
        });
        return choices;
    };
    // Levels only mean something for a paper with a framework: otherwise no filter and no column.
    const bool levels = m_model->hasLevels();
    if (!levels)
        m_level->setCurrentIndex(0);
    m_level->setVisible(levels);
    m_view->setColumnHidden(MeasuresModel::Level, !levels);
    FilterPanel::setChoices(m_kind, tr("All kinds"),
                            sorted(kinds, [lang](const QString &kind) { return measureKindName(kind, lang); }));
    FilterPanel::setChoices(m_actor, tr("All actors"), sorted(actors, [](const QString &actor) { return actor; }));
    applyFilters();
}

void MeasuresDock::applyFilters()
{
    const QString level = m_level->currentData().toString();
    m_proxy->setLevel(level.isEmpty() ? std::nullopt : levelFromCode(level));
    m_proxy->setKind(m_kind->currentData().toString());
    m_proxy->setActor(m_actor->currentData().toString());
    m_proxy->setCategory(m_category->text());
    m_proxy->setYearRange(m_from->value(), m_to->value());
    m_proxy->setText(m_text->text());
}

void MeasuresDock::retranslate()
{
    setWindowTitle(tr("Measures"));
    m_model->setLanguage(LanguageManager::lang());
    m_proxy->setLanguage(LanguageManager::lang());
    if (!m_view)
        return;
    m_text->setPlaceholderText(tr("Filter by name, alias, note…"));
    m_category->setPlaceholderText(tr("Category, e.g. export control"));
    m_from->setToolTip(tr("From the year"));
    m_to->setToolTip(tr("Up to the year"));
    m_view->setAccessibleName(tr("Measures the paper names"));
    QList<FilterPanel::Choice> levels;
    for (const QString &level : FrameworkStyle::levels())
        levels.append({FrameworkStyle::name(level), level, FrameworkStyle::icon(level)});
    FilterPanel::setChoices(m_level, tr("All levels"), levels);
    showCandidates();
    rebuildFilters();
    showCurrent();
}

void MeasuresDock::changeEvent(QEvent *event)
{
    QDockWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
}

} // namespace duizhao::gui
