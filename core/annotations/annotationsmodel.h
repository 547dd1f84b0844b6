#pragma once

#include "annotation.h"

#include <QAbstractTableModel>
#include <QHash>

namespace duizhao {

class AnnotationStore;

// The marks of one document as a table, for the Annotations dock. Refreshes itself when the
// store announces a change to its document. Sort and filter with AnnotationFilterProxy.
class AnnotationsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AnnotationsModel)

public:
    enum Column
    {
        UnitColumn,
        LanguageColumn,
        QuoteColumn,
        NoteColumn,
        TagsColumn,
        ColorColumn,
        ModifiedColumn,
        ColumnCount
    };

    // The same in every column of a row, for delegates, "jump to" and the proxy.
    enum Role
    {
        IdRole = Qt::UserRole + 1, // qint64
        UuidRole,
        UnitSeqRole,   // int
        ScopeRole,     // "range" / "unit"
        LangRole,      // "en" / "zh" / "" for a unit mark
        StartRole,     // int, UTF-16
        LengthRole,    // int
        ColorRole,     // "#RRGGBB"
        TagsRole,      // QStringList of tag names
        NoteRole,      // QString
        SearchTextRole // quote, note and tags in one string, for text filtering
    };

    explicit AnnotationsModel(AnnotationStore &store, QObject *parent = nullptr);
    ~AnnotationsModel() override;

    // 0 shows nothing.
    void setDocument(qint64 documentId);
    qint64 documentId() const { return m_documentId; }
    void reload();

    const Annotation &annotationAt(int row) const { return m_annotations.at(row); }
    // The row of the mark with this id, or -1.
    int rowOf(qint64 id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    void onChanged(qint64 documentId);

    AnnotationStore &m_store;
    qint64 m_documentId = 0;
    QList<Annotation> m_annotations;
    QHash<QString, Tag> m_tags;
    QHash<int, QString> m_unitTexts; // unit seq → English text, for unit marks' quote column
};

} // namespace duizhao
