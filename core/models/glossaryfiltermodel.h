#pragma once

#include "model/paper.h"

#include <QCollator>
#include <QSortFilterProxyModel>

namespace duizhao {

// Search and sort for the glossary dock over a GlossaryModel: the text matches a term, its aliases
// and its definitions in both languages ("chokepoint", "卡脖子" and "脖子" all find 卡脖子);
// sorting collates in the chosen language (pinyin order for Chinese).
class GlossaryFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit GlossaryFilterModel(QObject *parent = nullptr);

    void setText(const QString &text);
    void setCategory(const QString &category); // exactly; empty for all
    void setLanguage(Lang lang);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QString m_text;
    QString m_category;
    QCollator m_collator;
};

} // namespace duizhao
