#pragma once

#include "framework/frameworklevel.h"

#include <QCollator>
#include <QSortFilterProxyModel>

#include <optional>

namespace duizhao {

// Sorting and filtering for the measures dock over a MeasuresModel: by level, category, actor,
// kind, a range of years and free text. Text matches names, aliases, acronyms, actors, categories,
// notes and figures in both languages whatever language the table shows, case-insensitively and
// across the source's stray spaces ("芯片 和科学" finds 《2022 年芯片和科学法案》). Sorting compares
// with QCollator in the table's language (pinyin order for Chinese), numbers as numbers.
class MeasuresFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit MeasuresFilterModel(QObject *parent = nullptr);

    void setLevel(std::optional<FrameworkLevel> level);
    void setCategory(const QString &category); // a part of the category: "export control"
    void setActor(const QString &actor);       // a part of the actor, either language
    void setKind(const QString &kind);         // exactly: "law"
    void setYearRange(int from, int to);       // inclusive, 0 for open; undated measures only pass an open range
    void setText(const QString &text);
    void setLanguage(Lang lang); // the collation order
    void clearFilters();

    std::optional<FrameworkLevel> level() const { return m_level; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    void refilter();

    std::optional<FrameworkLevel> m_level;
    QString m_category;
    QString m_actor;
    QString m_kind;
    int m_yearFrom = 0;
    int m_yearTo = 0;
    QString m_text; // folded and lower-cased
    QCollator m_collator;
};

} // namespace duizhao
