#pragma once

#include "model/paper.h"

#include <QAbstractTableModel>

#include <algorithm>

namespace duizhao {

// What the framework's table models share: a language the text is shown in, switched without a
// reset (views keep their selection and scroll position), and flat row and column counts.
class BilingualTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    Lang language() const { return m_lang; }
    // Emits dataChanged for every cell and headerDataChanged for both headers.
    void setLanguage(Lang lang);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;

protected:
    explicit BilingualTableModel(QObject *parent = nullptr);

    virtual int modelRows() const = 0;
    virtual int modelColumns() const = 0;

    // Replaces a model's rows wholesale, with the reset views expect.
    template<typename T>
    void replaceRows(QList<T> &target, QList<T> rows)
    {
        beginResetModel();
        target = std::move(rows);
        endResetModel();
    }

    // The row of the item with `id` (measures and terms have library ids), -1 when absent.
    template<typename T>
    static int rowWithId(const QList<T> &items, qint64 id)
    {
        const auto it = std::find_if(items.cbegin(), items.cend(), [id](const T &item) { return item.id == id; });
        return it == items.cend() ? -1 : int(it - items.cbegin());
    }

private:
    Lang m_lang = Lang::En;
};

} // namespace duizhao
