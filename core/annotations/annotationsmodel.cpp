#include "annotationsmodel.h"

#include "annotationpalette.h"
#include "annotationstore.h"
#include "library/library.h"
#include "storage/statement.h"

#include <QColor>
#include <QLocale>

namespace duizhao {

namespace {
constexpr int QuotePreview = 120;
}

AnnotationsModel::AnnotationsModel(AnnotationStore &store, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
{
    connect(&store, &AnnotationStore::changed, this, &AnnotationsModel::onChanged);
    connect(&store, &AnnotationStore::tagsChanged, this, &AnnotationsModel::reload);
}

AnnotationsModel::~AnnotationsModel() = default;

void AnnotationsModel::setDocument(qint64 documentId)
{
    m_documentId = documentId;
    reload();
}

void AnnotationsModel::onChanged(qint64 documentId)
{
    if (documentId == m_documentId)
        reload();
}

void AnnotationsModel::reload()
{
    beginResetModel();
    m_annotations.clear();
    m_tags.clear();
    m_unitTexts.clear();
    if (m_documentId > 0) {
        AnnotationFilter filter;
        filter.documentId = m_documentId;
        m_annotations = m_store.list(filter);
        for (const Tag &tag : m_store.tags())
            m_tags.insert(tag.name, tag);
        Statement units(m_store.library().database(),
                        "SELECT seq, en FROM units WHERE document_id = ?1 AND seq IN "
                        "(SELECT unit_seq FROM annotations WHERE document_id = ?1 AND scope = 'unit')");
        units.bind(1, m_documentId);
        while (units.step())
            m_unitTexts.insert(units.integer(0), units.text(1));
    }
    endResetModel();
}

int AnnotationsModel::rowOf(qint64 id) const
{
    for (int row = 0; row < m_annotations.size(); ++row) {
        if (m_annotations[row].id == id)
            return row;
    }
    return -1;
}

int AnnotationsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_annotations.size());
}

int AnnotationsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AnnotationsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Annotation &a = m_annotations.at(index.row());
    QString quote = a.isUnitScope() ? m_unitTexts.value(a.unitSeq) : a.quote;
    if (quote.size() > QuotePreview)
        quote = quote.left(QuotePreview - 1) + u'…';
    QStringList tagNames;
    for (const QString &name : a.tags)
        tagNames.append(m_tags.contains(name) ? m_tags.value(name).displayName() : name);

    switch (role) {
    case IdRole:
        return a.id;
    case UuidRole:
        return a.uuid;
    case UnitSeqRole:
        return a.unitSeq;
    case ScopeRole:
        return annotationScopeCode(a.scope);
    case LangRole:
        return a.isUnitScope() ? QString() : langCode(a.lang);
    case StartRole:
        return a.start;
    case LengthRole:
        return a.length;
    case ColorRole:
        return a.color;
    case TagsRole:
        return a.tags;
    case NoteRole:
        return a.note;
    case SearchTextRole:
        return QStringList{a.quote, a.note, tagNames.join(u' ')}.join(u'\n');
    default:
        break;
    }

    if (role == Qt::DisplayRole || role == Qt::EditRole) {
        switch (index.column()) {
        case UnitColumn:
            return a.unitSeq;
        case LanguageColumn:
            return a.isUnitScope() ? tr("both") : (a.lang == Lang::En ? tr("English") : tr("Chinese"));
        case QuoteColumn:
            return quote;
        case NoteColumn:
            return role == Qt::EditRole ? a.note : a.note.section(u'\n', 0, 0);
        case TagsColumn:
            return tagNames.join(QStringLiteral(", "));
        case ColorColumn:
            return AnnotationPalette::nameOf(a.color);
        case ModifiedColumn:
            return role == Qt::EditRole ? QVariant(a.modified)
                                        : QVariant(QLocale().toString(a.modified.toLocalTime(), QLocale::ShortFormat));
        default:
            return {};
        }
    }
    // The quote carries its highlight colour too, so a narrow view can hide the colour column.
    if (role == Qt::DecorationRole && (index.column() == ColorColumn || index.column() == QuoteColumn))
        return QColor::fromString(a.color);
    if (role == Qt::ToolTipRole)
        return a.note.isEmpty() ? quote : a.note;
    return {};
}

QVariant AnnotationsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case UnitColumn:
        return tr("Unit");
    case LanguageColumn:
        return tr("Language");
    case QuoteColumn:
        return tr("Quote");
    case NoteColumn:
        return tr("Note");
    case TagsColumn:
        return tr("Tags");
    case ColorColumn:
        return tr("Colour");
    case ModifiedColumn:
        return tr("Modified");
    default:
        return {};
    }
}

QHash<int, QByteArray> AnnotationsModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert({{IdRole, "id"},
                  {UuidRole, "uuid"},
                  {UnitSeqRole, "unit"},
                  {ScopeRole, "scope"},
                  {LangRole, "lang"},
                  {StartRole, "start"},
                  {LengthRole, "length"},
                  {ColorRole, "color"},
                  {TagsRole, "tags"},
                  {NoteRole, "note"},
                  {SearchTextRole, "searchText"}});
    return names;
}

} // namespace duizhao
