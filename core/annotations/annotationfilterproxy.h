#pragma once

#include "model/paper.h"

#include <QSortFilterProxyModel>

#include <functional>
#include <optional>

namespace duizhao {

// Filters an AnnotationsModel the way the Annotations dock offers: by tag, colour, language,
// section (a unit range: the GUI turns a tree node into its first and last unit) and text.
// Sorts by the column's edit value, so units sort as numbers and times as times.
class AnnotationFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AnnotationFilterProxy)

public:
    explicit AnnotationFilterProxy(QObject *parent = nullptr);
    ~AnnotationFilterProxy() override;

    void setTag(const QString &tag);     // empty: any
    void setColor(const QString &color); // palette name or #RRGGBB; empty: any
    void setLanguage(std::optional<Lang> lang);
    void setUnitRange(int from, int to); // 0, 0: the whole paper
    void setText(const QString &text);   // in the quote, note or tags, case-insensitive
    void clearFilters();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    void changeFilter(const std::function<void()> &change);

    QString m_tag;
    QString m_color;
    std::optional<Lang> m_lang;
    int m_from = 0;
    int m_to = 0;
    QString m_text;
};

} // namespace duizhao
