#pragma once

#include "framework/frameworklinker.h"

#include <QDateTime>
#include <QHash>

#include <optional>

namespace duizhao {

class Database;
class Library;

struct FrameworkInfo
{
    QString source;  // ":/framework/technology-power" or the folder it was loaded from
    QString titleEn; // the paper_title_en it was matched by
    QByteArray dataHash;
    QDateTime loadedAt;
};

// A document's framework in the library: the nodes and relations of framework.json, Table 1,
// and the framework level of every unit. Reading is what views and exports do; writing is
// FrameworkLoader's job (inside its transaction).
class FrameworkStore final
{
public:
    explicit FrameworkStore(Library &library);

    std::optional<FrameworkInfo> info(qint64 documentId) const;
    bool hasFramework(qint64 documentId) const { return info(documentId).has_value(); }

    QList<FrameworkNode> nodes(qint64 documentId) const; // file order, spans and levels filled in
    QList<FrameworkRelation> relations(qint64 documentId) const;
    QList<Table1Row> table1(qint64 documentId) const; // power, order, values

    // For the structure tree's colours: every unit's level (None where the framework says
    // nothing). Empty when the document has no framework data.
    QHash<int, FrameworkLevel> unitLevels(qint64 documentId) const;

    // Replaces what is stored for the document. `measureIds` maps measure keys to their ids in
    // the library (Table 1 links to measures).
    void replace(qint64 documentId, const LinkedFramework &linked, const QString &source,
                 const QHash<QString, qint64> &measureIds);
    void remove(qint64 documentId);

    // The hash of the data last tried on the document (when there was none: a mark naming the
    // data the build that looked shipped, see FrameworkLoader); nothing when Duizhao never
    // looked for the document's data.
    std::optional<QByteArray> checkedHash(qint64 documentId) const;
    // Notes that the document has no curated data (its measures are candidates), or that the data
    // with `dataHash` did not fit it, so opening the library does not try again.
    void markWithoutData(qint64 documentId, const QString &titleEn, const QByteArray &dataHash = {});

    // What opening a library asks: the documents whose checked hash is none of `current` (the
    // hashes this build ships, and its mark for "checked, no data"), and those never checked.
    // One pass over the small framework_sets rows and the documents' key index, so the answer
    // costs about the same whether it is empty or not, and reads no paper.
    struct Unchecked
    {
        qint64 documentId = 0;
        QString titleEn;
        bool everChecked = false;
        bool curated = false;
        QString source;
    };
    QList<Unchecked> unchecked(const QList<QByteArray> &current) const;
    // Gives every document without curated data whose checked hash is none of `current` the
    // hash `checked`: looked at by this build, nothing to attach. One statement.
    void markChecked(const QList<QByteArray> &current, const QByteArray &checked);

private:
    Database &m_db;
};

} // namespace duizhao
