#pragma once

// Small readers for the formats Duizhao exports, written from the formats' rules rather than from
// our writers, so a test parses an export the way another program would.

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace duizhao::test {

// RFC 4180: quoted fields may hold commas, quotes ("") and line breaks; rows end with CRLF or LF;
// a UTF-8 byte-order mark is skipped.
QList<QStringList> parseCsv(const QByteArray &bytes);

struct BibEntry
{
    QString type; // lower case: "article"
    QString key;
    QHash<QString, QString> fields; // lower-case names; values unescaped, case-protecting braces removed
};
// @type{key, name = {value} or "value" or number, …}; balanced braces; \& \% \$ \# \_ \{ \}
// \textbackslash{} \textasciitilde{} \textasciicircum{} unescaped.
QList<BibEntry> parseBibtex(const QString &text, QString *error = nullptr);

struct RisRecord
{
    QList<std::pair<QString, QString>> fields; // in order; tags may repeat (AU)
    QStringList values(const QString &tag) const;
    QString value(const QString &tag) const { return values(tag).value(0); }
};
// "TAG  - value" lines; a record starts with TY and ends with ER.
QList<RisRecord> parseRis(const QString &text, QString *error = nullptr);

} // namespace duizhao::test
