#include "measuresdock.h"

#include "framework/frameworklevel.h"
#include "framework/measurestore.h"
#include "frameworkstyle.h"
#include "languagemanager.h"
#include "models/frameworkroles.h"
#include "models/measuresfiltermodel.h"
#include "models/measuresmodel.h"
#include "plaintext.h"
#include "spannavigator.h"

#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSet>
#include <QSpinBox>
#include <QTreeView>
#include <QVBoxLayout>

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
    m_level = new QComboBox;
    m_kind = new QComboBox;
    m_actor = new QComboBox;
    m_category = new QLineEdit;
    m_from = new QSpinBox;
    m_to = new QSpinBox;
    m_text = new QLineEdit;
    m_view = new QTreeView;
    m_details = new QLabel;
    m_navigator = new SpanNavigator;
    m_candidates = new QPushButton;
    m_view->setModel(m_proxy);
    m_view->setRootIsDecorated(false);
    m_view->setAlternatingRowColors(true);
    m_view->setUniformRowHeights(true);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(-1, Qt::AscendingOrder);
    m_view->header()->setSectionResizeMode(MeasuresModel::Name, QHeaderView::Stretch);
    m_view->header()->setStretchLastSection(false);
    for (int column : {int(MeasuresModel::Date), int(MeasuresModel::Level), int(MeasuresModel::Mentions)})
        m_view->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    for (int column : {int(MeasuresModel::OtherName), int(MeasuresModel::Acronym), int(MeasuresModel::Kind),
                       int(MeasuresModel::Actor), int(MeasuresModel::Category)})
        m_view->setColumnHidden(column, true);
    PlainToolTips::install(m_view);
    for (QSpinBox *year : {m_from, m_to}) {
        year->setRange(0, 2100);
        year->setSpecialValueText(QStringLiteral("—"));
    }
    m_text->setClearButtonEnabled(true);
    m_category->setClearButtonEnabled(true);
    m_details->setWordWrap(true);
    m_details->setTextFormat(Qt::PlainText);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setAlignment(Qt::AlignTop | Qt::AlignLeft);

    auto *filters = new QGridLayout;
    filters->setContentsMargins(0, 0, 0, 0);
    filters->addWidget(m_level, 0, 0);
    filters->addWidget(m_kind, 0, 1);
    filters->addWidget(m_actor, 1, 0);
    filters->addWidget(m_category, 1, 1);
    auto *years = new QHBoxLayout;
    years->addWidget(m_from);
    years->addWidget(new QLabel(QStringLiteral("–")));
    years->addWidget(m_to);
    filters->addLayout(years, 2, 0);
    filters->addWidget(m_text, 2, 1);

    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(filters);
    layout->addWidget(m_view, 3);
    layout->addWidget(m_navigator);
    layout->addWidget(m_details, 1);
    layout->addWidget(m_candidates);
    setWidget(content);

    for (QComboBox *box : {m_level, m_kind, m_actor})
        connect(box, &QComboBox::currentIndexChanged, this, &MeasuresDock::applyFilters);
    for (QLineEdit *edit : {m_text, m_category})
        connect(edit, &QLineEdit::textChanged, this, &MeasuresDock::applyFilters);
    for (QSpinBox *year : {m_from, m_to})
        connect(year, &QSpinBox::valueChanged, this, &MeasuresDock::applyFilters);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &MeasuresDock::showCurrent);
    connect(m_navigator, &SpanNavigator::spanShown, this, &MeasuresDock::spanShown);
    connect(m_candidates, &QPushButton::clicked, this, &MeasuresDock::candidatesRequested);
    showCandidates();
    retranslate();
}

QTreeView *MeasuresDock::view()
{
    ensureContent();
    return m_view;
}

QComboBox *MeasuresDock::levelFilter()
{
    ensureContent();
    return m_level;
}

QLineEdit *MeasuresDock::textFilter()
{
    ensureContent();
    return m_text;
}

SpanNavigator *MeasuresDock::navigator()
{
    ensureContent();
    return m_navigator;
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
        m_level->setCurrentIndex(0);
        m_kind->setCurrentIndex(0);
        m_actor->setCurrentIndex(0);
        m_category->clear();
        m_from->setValue(0);
        m_to->setValue(0);
        m_text->clear();
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
        facts.append(measure.kind);
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
    auto refill = [](QComboBox *box, const QString &all, QStringList values) {
        const QString current = box->currentData().toString();
        const QSignalBlocker blocker(box);
        box->clear();
        box->addItem(all, QString());
        values.sort();
        for (const QString &value : values)
            box->addItem(value, value);
        box->setCurrentIndex(std::max(0, box->findData(current)));
    };
    refill(m_kind, tr("All kinds"), QStringList(kinds.begin(), kinds.end()));
    refill(m_actor, tr("All actors"), QStringList(actors.begin(), actors.end()));
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
    {
        const QSignalBlocker blocker(m_level);
        const int current = m_level->currentIndex();
        m_level->clear();
        m_level->addItem(tr("All levels"), QString());
        for (const QString &level : FrameworkStyle::levels())
            m_level->addItem(FrameworkStyle::icon(level), FrameworkStyle::name(level), level);
        m_level->setCurrentIndex(std::max(0, current));
    }
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
