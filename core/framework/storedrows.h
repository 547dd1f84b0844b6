#pragma once

#include "framework/frameworkdata.h"
#include "storage/statement.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>

// Helpers the framework stores share for reading and writing their rows.
namespace duizhao::storedrows {

// A list of strings as the JSON array text stored in aliases columns, and back.
inline QString toJson(const QStringList &list)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(list)).toJson(QJsonDocument::Compact));
}

inline QStringList fromJson(const QString &text)
{
    QStringList list;
    for (const QJsonValue &value : QJsonDocument::fromJson(text.toUtf8()).array())
        list.append(value.toString());
    return list;
}

// Reads the rows of `rows` (whose column 0 is their id) with `make`, then hands each of them the
// spans `spans` returns for it (its column 0 is the owner's id; `span` reads the rest): two queries
// for a whole document instead of one per row.
template<typename T, typename Make, typename ReadSpan>
QList<T> withSpans(Statement &rows, Make make, Statement &spans, ReadSpan span, QList<UnitSpan> T::*member)
{
    QList<T> list;
    QHash<qint64, qsizetype> index;
    while (rows.step()) {
        index.insert(rows.int64(0), list.size());
        list.append(make(rows));
    }
    while (spans.step()) {
        const auto it = index.constFind(spans.int64(0));
        if (it != index.cend())
            (list[*it].*member).append(span(spans));
    }
    return list;
}

} // namespace duizhao::storedrows
