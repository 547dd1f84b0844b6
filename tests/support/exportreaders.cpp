#include "exportreaders.h"

#include <QRegularExpression>

namespace duizhao::test {

QList<QStringList> parseCsv(const QByteArray &bytes)
{
    QString text = QString::fromUtf8(bytes);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    bool fieldStarted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < text.size() && text[i + 1] == u'"') {
                    field += u'"';
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field += c;
            }
            continue;
        }
        if (c == u'"' && !fieldStarted) {
            quoted = true;
            fieldStarted = true;
        } else if (c == u',') {
            row.append(field);
            field.clear();
            fieldStarted = false;
        } else if (c == u'\r' || c == u'\n') {
            if (c == u'\r' && i + 1 < text.size() && text[i + 1] == u'\n')
                ++i;
            row.append(field);
            rows.append(row);
            row.clear();
            field.clear();
            fieldStarted = false;
        } else {
            field += c;
            fieldStarted = true;
        }
    }
    if (fieldStarted || !row.isEmpty()) {
        row.append(field);
        rows.append(row);
    }
    return rows;
}

namespace {

QString unescapeBibtex(const QString &raw)
{
    QString s = raw;
    s.replace(QStringLiteral("\\textbackslash{}"), QStringLiteral("\x01"));
    s.replace(QStringLiteral("\\textasciitilde{}"), QStringLiteral("~"));
    s.replace(QStringLiteral("\\textasciicircum{}"), QStringLiteral("^"));
    for (const char *c : {"&", "%", "$", "#", "_"})
        s.replace(u'\\' + QString::fromLatin1(c), QString::fromLatin1(c));
    s.replace(QStringLiteral("\\{"), QStringLiteral("\x02"));
    s.replace(QStringLiteral("\\}"), QStringLiteral("\x03"));
    // What braces are left protect case; they are not text.
    s.remove(u'{').remove(u'}');
    s.replace(u'\x01', u'\\').replace(u'\x02', u'{').replace(u'\x03', u'}');
    return s;
}

} // namespace

QList<BibEntry> parseBibtex(const QString &text, QString *error)
{
    QList<BibEntry> entries;
    qsizetype i = 0;
    const qsizetype n = text.size();
    auto fail = [&](const QString &why) {
        if (error)
            *error = QStringLiteral("at %1: %2").arg(i).arg(why);
        return entries;
    };
    auto skipSpace = [&] {
        while (i < n && text[i].isSpace())
            ++i;
    };
    while (true) {
        const qsizetype at = text.indexOf(u'@', i);
        if (at < 0)
            break;
        i = at + 1;
        BibEntry entry;
        while (i < n && text[i].isLetter())
            entry.type += text[i++].toLower();
        skipSpace();
        if (i >= n || text[i] != u'{')
            return fail(QStringLiteral("expected { after @%1").arg(entry.type));
        ++i;
        while (i < n && text[i] != u',')
            entry.key += text[i++];
        entry.key = entry.key.trimmed();
        ++i;
        while (true) {
            skipSpace();
            if (i >= n)
                return fail(QStringLiteral("entry %1 not closed").arg(entry.key));
            if (text[i] == u'}') {
                ++i;
                break;
            }
            QString name;
            while (i < n && (text[i].isLetterOrNumber() || text[i] == u'-' || text[i] == u'_'))
                name += text[i++].toLower();
            skipSpace();
            if (i >= n || text[i] != u'=')
                return fail(QStringLiteral("expected = after %1").arg(name));
            ++i;
            skipSpace();
            QString raw;
            if (text[i] == u'{') {
                int depth = 0;
                do {
                    if (text[i] == u'\\' && i + 1 < n) {
                        raw += text[i];
                        raw += text[i + 1];
                        i += 2;
                        continue;
                    }
                    if (text[i] == u'{')
                        ++depth;
                    else if (text[i] == u'}')
                        --depth;
                    raw += text[i++];
                } while (i < n && depth > 0);
                if (depth != 0)
                    return fail(QStringLiteral("unbalanced braces in %1").arg(name));
                raw = raw.mid(1, raw.size() - 2);
            } else if (text[i] == u'"') {
                ++i;
                while (i < n && text[i] != u'"')
                    raw += text[i++];
                ++i;
            } else {
                while (i < n && text[i].isDigit())
                    raw += text[i++];
            }
            if (entry.fields.contains(name))
                return fail(QStringLiteral("field %1 twice in %2").arg(name, entry.key));
            entry.fields.insert(name, unescapeBibtex(raw));
            skipSpace();
            if (i < n && text[i] == u',')
                ++i;
        }
        entries.append(entry);
    }
    return entries;
}

QStringList RisRecord::values(const QString &tag) const
{
    QStringList list;
    for (const auto &[t, v] : fields) {
        if (t == tag)
            list.append(v);
    }
    return list;
}

QList<RisRecord> parseRis(const QString &text, QString *error)
{
    static const QRegularExpression line(QStringLiteral("^([A-Z][A-Z0-9])  - ?(.*)$"));
    QList<RisRecord> records;
    RisRecord current;
    bool open = false;
    int number = 0;
    for (QString l : text.split(u'\n')) {
        ++number;
        if (l.endsWith(u'\r'))
            l.chop(1);
        if (l.trimmed().isEmpty())
            continue;
        const QRegularExpressionMatch m = line.match(l);
        if (!m.hasMatch()) {
            if (error)
                *error = QStringLiteral("line %1 is not a RIS field: %2").arg(number).arg(l);
            return records;
        }
        const QString tag = m.captured(1);
        if (tag == u"TY") {
            if (open && error)
                *error = QStringLiteral("line %1: TY before ER").arg(number);
            current = RisRecord();
            open = true;
        } else if (!open) {
            if (error)
                *error = QStringLiteral("line %1: %2 outside a record").arg(number).arg(tag);
            return records;
        }
        if (tag == u"ER") {
            records.append(current);
            open = false;
            continue;
        }
        current.fields.append({tag, m.captured(2)});
    }
    if (open && error)
        *error = QStringLiteral("the last record has no ER");
    return records;
}

} // namespace duizhao::test
