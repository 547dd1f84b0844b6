#include "referenceexport.h"

#include "text/script.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

namespace duizhao {

namespace {

bool hasHan(QStringView text)
{
    bool han = false;
    script::forEachCodePoint(text, [&](char32_t c, qsizetype) { han = han || script::isHan(c); });
    return han;
}

// Chinese double-character surnames, so 欧阳修 splits 欧阳 / 修 and not 欧 / 阳修.
bool isCompoundSurname(QStringView two)
{
    static const QStringList surnames = {
        QStringLiteral("欧阳"), QStringLiteral("司马"), QStringLiteral("上官"), QStringLiteral("诸葛"),
        QStringLiteral("东方"), QStringLiteral("皇甫"), QStringLiteral("尉迟"), QStringLiteral("公孙"),
        QStringLiteral("慕容"), QStringLiteral("令狐"), QStringLiteral("宇文"), QStringLiteral("长孙"),
        QStringLiteral("司徒"), QStringLiteral("夏侯"), QStringLiteral("轩辕"), QStringLiteral("端木"),
        QStringLiteral("独孤"), QStringLiteral("南宫"), QStringLiteral("西门"), QStringLiteral("澹台")};
    return surnames.contains(two);
}

PersonName chineseName(const QString &zh, const QString &otherForm)
{
    const qsizetype familyLength = zh.size() > 2 && isCompoundSurname(QStringView(zh).left(2)) ? 2 : 1;
    return {zh.left(familyLength), zh.mid(familyLength), otherForm};
}

// "Gu Xueming" (Chinese order) or "Sacks" / "John Smith" (Western order, family name last).
PersonName romanisedName(const QString &en, bool chineseOrder, const QString &otherForm)
{
    const QStringList words = en.split(u' ', Qt::SkipEmptyParts);
    if (words.size() < 2)
        return {en, {}, otherForm};
    if (chineseOrder)
        return {words.front(), words.mid(1).join(u' '), otherForm};
    return {words.back(), words.mid(0, words.size() - 1).join(u' '), otherForm};
}

// The authors of a citation form: "Lazonick and Hopkins" → two; "Zhang Cheng et al." → one, et al.
QStringList splitAuthors(QString text, bool *etAl)
{
    text = script::simplified(text);
    for (const QString &suffix : {QStringLiteral(" et al."), QStringLiteral(" et al"), QStringLiteral("等")}) {
        if (text.endsWith(suffix)) {
            text.chop(suffix.size());
            *etAl = true;
        }
    }
    static const QRegularExpression separators(QStringLiteral(R"(\s+and\s+|\s*&\s*|\s*,\s*|\s*[和与、]\s*)"));
    QStringList names = text.split(separators, Qt::SkipEmptyParts);
    for (QString &name : names)
        name = name.trimmed();
    return names;
}

QString risLine(const char *tag, const QString &value)
{
    // One line per field: a line break would end it early.
    QString clean = value;
    clean.replace(u'\n', u' ').replace(u'\r', u' ');
    return QString::fromLatin1(tag) + QStringLiteral("  - ") + clean + QStringLiteral("\r\n");
}

} // namespace

bool ReferenceExport::isPinyin(const QString &name)
{
    static const QStringList initials = {
        QStringLiteral("zh"), QStringLiteral("ch"), QStringLiteral("sh"), QStringLiteral("b"),
        QStringLiteral("p"),  QStringLiteral("m"),  QStringLiteral("f"),  QStringLiteral("d"),
        QStringLiteral("t"),  QStringLiteral("n"),  QStringLiteral("l"),  QStringLiteral("g"),
        QStringLiteral("k"),  QStringLiteral("h"),  QStringLiteral("j"),  QStringLiteral("q"),
        QStringLiteral("x"),  QStringLiteral("r"),  QStringLiteral("z"),  QStringLiteral("c"),
        QStringLiteral("s"),  QStringLiteral("y"),  QStringLiteral("w"),  QString()};
    static const QStringList finals = {
        QStringLiteral("iang"), QStringLiteral("iong"), QStringLiteral("uang"), QStringLiteral("ang"),
        QStringLiteral("eng"),  QStringLiteral("ing"),  QStringLiteral("ong"),  QStringLiteral("iao"),
        QStringLiteral("ian"),  QStringLiteral("uai"),  QStringLiteral("uan"),  QStringLiteral("ai"),
        QStringLiteral("ei"),   QStringLiteral("ao"),   QStringLiteral("ou"),   QStringLiteral("an"),
        QStringLiteral("en"),   QStringLiteral("er"),   QStringLiteral("ia"),   QStringLiteral("ie"),
        QStringLiteral("iu"),   QStringLiteral("in"),   QStringLiteral("ua"),   QStringLiteral("uo"),
        QStringLiteral("ui"),   QStringLiteral("un"),   QStringLiteral("ue"),   QStringLiteral("ve"),
        QStringLiteral("a"),    QStringLiteral("o"),    QStringLiteral("e"),    QStringLiteral("i"),
        QStringLiteral("u"),    QStringLiteral("v")};
    // Can `word` from `at` be cut into syllables?
    std::function<bool(const QString &, qsizetype)> syllables = [&](const QString &word, qsizetype at) {
        if (at == word.size())
            return true;
        for (const QString &initial : initials) {
            if (!QStringView(word).mid(at).startsWith(initial))
                continue;
            const qsizetype afterInitial = at + initial.size();
            for (const QString &final : finals) {
                if (QStringView(word).mid(afterInitial).startsWith(final) &&
                    syllables(word, afterInitial + final.size()))
                    return true;
            }
        }
        return false;
    };
    const QStringList words =
        name.toLower().split(QRegularExpression(QStringLiteral("[\\s\\-']+")), Qt::SkipEmptyParts);
    if (words.isEmpty())
        return false;
    for (const QString &word : words) {
        for (const QChar ch : word) {
            if (ch < u'a' || ch > u'z')
                return false;
        }
        if (!syllables(word, 0))
            return false;
    }
    return true;
}

QList<Reference> ReferenceExport::references(const Paper &paper)
{
    QList<Reference> list;
    const PaperMeta &meta = paper.meta;
    QStringList authorsZh;
    Reference own;
    own.isPaper = true;
    for (const Author &a : meta.authors) {
        own.authors.append(romanisedName(a.nameEn, hasHan(a.nameZh), a.nameZh));
        if (!a.nameZh.isEmpty())
            authorsZh.append(a.nameZh);
    }
    own.title = meta.titleEn;
    own.originalTitle = meta.titleZh;
    own.year = meta.year;
    own.originalDate = meta.originalDate;
    own.container = meta.publisher;
    own.url = meta.url;
    own.language = QStringLiteral("en");
    QStringList note;
    if (!meta.titleZh.isEmpty()) {
        note.append(QStringLiteral("Translation of %1%2")
                        .arg(meta.titleZh, authorsZh.isEmpty() ? QString() : u" by " + authorsZh.join(u"、")));
    }
    if (meta.originalDate.isValid())
        note.append(QStringLiteral("original work published %1").arg(meta.originalDate.toString(Qt::ISODate)));
    own.note = note.join(QStringLiteral(", ")) + (note.isEmpty() ? QString() : QStringLiteral("."));
    list.append(own);

    const QString citedIn =
        QStringLiteral("%1 (%2)")
            .arg(meta.authors.isEmpty()     ? meta.titleEn
                 : meta.authors.size() == 1 ? own.authors[0].family
                                            : own.authors[0].family + u" and " + own.authors[1].family +
                                                  (meta.authors.size() > 2 ? QStringLiteral(" et al.") : QString()))
            .arg(meta.year);
    for (const CitedWork &work : paper.works) {
        Reference ref;
        bool etAlEn = false;
        bool etAlZh = false;
        const QStringList namesEn = splitAuthors(work.authorEn, &etAlEn);
        const QStringList namesZh = hasHan(work.authorZh) ? splitAuthors(work.authorZh, &etAlZh) : QStringList();
        ref.etAl = etAlEn || etAlZh;
        const bool chinese = !namesEn.isEmpty() && isPinyin(namesEn.front());
        for (qsizetype i = 0; i < namesEn.size(); ++i) {
            const QString zh = i < namesZh.size() ? namesZh[i] : QString();
            if (chinese && !zh.isEmpty())
                ref.authors.append(chineseName(zh, namesEn[i]));
            else
                ref.authors.append(romanisedName(namesEn[i], chinese, zh));
        }
        ref.year = QStringView(work.year).left(4).toInt();
        ref.language = chinese && !namesZh.isEmpty() ? QStringLiteral("zh") : QStringLiteral("en");
        QStringList forms{work.authorEn + u", " + work.year};
        if (!work.authorZh.isEmpty() && work.authorZh != work.authorEn)
            forms.prepend(work.authorZh + u", " + work.year);
        ref.title = QStringLiteral("[Title not given; cited as “%1”]").arg(forms.join(QStringLiteral("” and “")));
        QList<int> units;
        for (int c : work.occurrences) {
            const int seq = paper.citations.value(c).unitSeq;
            if (!units.contains(seq))
                units.append(seq);
        }
        QStringList unitText;
        for (int seq : units)
            unitText.append(QString::number(seq));
        QStringList parts;
        QStringList others;
        for (const PersonName &p : ref.authors) {
            if (!p.otherForm.isEmpty())
                others.append(p.otherForm);
        }
        if (!others.isEmpty())
            parts.append(QStringLiteral("Author as the %1 text writes it: %2%3")
                             .arg(ref.language == u"zh" ? QStringLiteral("English") : QStringLiteral("Chinese"),
                                  others.join(QStringLiteral(", ")),
                                  ref.etAl && ref.language == u"zh" ? QStringLiteral(" et al.") : QString()));
        if (ref.etAl)
            parts.append(QStringLiteral("The paper names only the first author (et al.)"));
        parts.append(QStringLiteral("Cited in %1, paragraph%2 %3")
                         .arg(citedIn, units.size() == 1 ? QString() : QStringLiteral("s"),
                              unitText.join(QStringLiteral(", "))));
        // Sentences, each ending in one full stop ("et al." already has its own).
        for (QString &part : parts) {
            if (!part.endsWith(u'.'))
                part += u'.';
        }
        ref.note = parts.join(u' ');
        list.append(ref);
    }

    // Keys: first author's romanised family name and the year, made unique with a, b, ….
    QHash<QString, int> uses;
    QList<QString> bases;
    for (const Reference &ref : std::as_const(list)) {
        QString family;
        if (!ref.authors.isEmpty()) {
            const PersonName &first = ref.authors.front();
            family = hasHan(first.family) ? first.otherForm.split(u' ').value(0) : first.family;
        }
        QString base;
        for (const QChar ch : family.toLower()) {
            if (ch >= u'a' && ch <= u'z')
                base += ch;
        }
        if (base.isEmpty())
            base = QStringLiteral("ref");
        base += QString::number(ref.year);
        bases.append(base);
        ++uses[base];
    }
    QHash<QString, int> next;
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString &base = bases[i];
        list[i].id = uses[base] > 1 ? base + QChar(u'a' + next[base]++) : base;
    }
    return list;
}

QString ReferenceExport::bibtexEscape(const QString &text, bool protectCapitals)
{
    QString out;
    for (const QChar ch : text) {
        switch (ch.unicode()) {
        case u'\\':
            out += QStringLiteral("\\textbackslash{}");
            break;
        case u'{':
        case u'}':
        case u'&':
        case u'%':
        case u'$':
        case u'#':
        case u'_':
            out += u'\\';
            out += ch;
            break;
        case u'~':
            out += QStringLiteral("\\textasciitilde{}");
            break;
        case u'^':
            out += QStringLiteral("\\textasciicircum{}");
            break;
        default:
            out += ch;
        }
    }
    if (!protectCapitals)
        return out;
    // Words with a capital after their first letter ("U.S.", "CHIPS", "CoRe") keep their case;
    // quotes and brackets around a word do not count as its first letter.
    QStringList words = out.split(u' ');
    for (QString &word : words) {
        qsizetype first = 0;
        while (first < word.size() && !word[first].isLetter())
            ++first;
        int capitals = 0;
        for (qsizetype i = first + 1; i < word.size(); ++i)
            capitals += word[i].isUpper() ? 1 : 0;
        if (capitals > 0 && !word.contains(u'\\'))
            word = u'{' + word + u'}';
    }
    return words.join(u' ');
}

QByteArray ReferenceExport::bibtex(const QList<Reference> &references)
{
    QString out;
    for (const Reference &ref : references) {
        QStringList fields;
        auto add = [&](const char *name, const QString &value, bool protect = false) {
            if (!value.isEmpty())
                fields.append(
                    QStringLiteral("  %1 = {%2}").arg(QString::fromLatin1(name), bibtexEscape(value, protect)));
        };
        QStringList authors;
        for (const PersonName &p : ref.authors) {
            // "Family, Given": the unambiguous form, also for Chinese names.
            const QString family = bibtexEscape(p.family);
            authors.append(p.given.isEmpty() ? family : QString(family + u", " + bibtexEscape(p.given)));
        }
        if (!authors.isEmpty())
            fields.append(QStringLiteral("  author = {%1}").arg(authors.join(QStringLiteral(" and "))));
        add("title", ref.title, true);
        if (ref.isPaper)
            add("journal", ref.container);
        if (ref.year > 0)
            fields.append(QStringLiteral("  year = {%1}").arg(ref.year));
        add("url", ref.url);
        add("language", ref.language);
        add("origtitle", ref.originalTitle);
        if (ref.originalDate.isValid()) {
            add("origdate", ref.originalDate.toString(Qt::ISODate));
            add("origlanguage", QStringLiteral("chinese"));
        }
        add("note", ref.note);
        out += QStringLiteral("@%1{%2,\n%3\n}\n\n")
                   .arg(ref.isPaper ? QStringLiteral("article") : QStringLiteral("misc"), ref.id,
                        fields.join(QStringLiteral(",\n")));
    }
    return out.toUtf8();
}

QByteArray ReferenceExport::ris(const QList<Reference> &references)
{
    QString out;
    for (const Reference &ref : references) {
        out += risLine("TY", ref.isPaper ? QStringLiteral("JOUR") : QStringLiteral("GEN"));
        for (const PersonName &p : ref.authors)
            out += risLine("AU", p.given.isEmpty() ? p.family : QString(p.family + u", " + p.given));
        if (ref.year > 0)
            out += risLine("PY", QString::number(ref.year));
        out += risLine("TI", ref.title);
        if (!ref.container.isEmpty())
            out += risLine("T2", ref.container);
        if (!ref.originalTitle.isEmpty())
            out += risLine("OP", ref.originalTitle); // "original publication"
        if (!ref.url.isEmpty())
            out += risLine("UR", ref.url);
        out += risLine("LA", ref.language);
        if (!ref.note.isEmpty())
            out += risLine("N1", ref.note);
        out += risLine("ID", ref.id);
        out += QStringLiteral("ER  - \r\n\r\n");
    }
    return out.toUtf8();
}

QByteArray ReferenceExport::cslJson(const QList<Reference> &references)
{
    QJsonArray array;
    for (const Reference &ref : references) {
        QJsonArray authors;
        for (const PersonName &p : ref.authors) {
            QJsonObject name{{QStringLiteral("family"), p.family}};
            if (!p.given.isEmpty())
                name.insert(QStringLiteral("given"), p.given);
            authors.append(name);
        }
        QJsonObject item{
            {QStringLiteral("id"), ref.id},
            {QStringLiteral("type"), ref.isPaper ? QStringLiteral("article-journal") : QStringLiteral("document")},
            {QStringLiteral("title"), ref.title},
            {QStringLiteral("author"), authors},
            {QStringLiteral("language"), ref.language},
        };
        if (ref.year > 0)
            item.insert(QStringLiteral("issued"),
                        QJsonObject{{QStringLiteral("date-parts"), QJsonArray{QJsonArray{ref.year}}}});
        if (!ref.container.isEmpty())
            item.insert(QStringLiteral("container-title"), ref.container);
        if (!ref.url.isEmpty())
            item.insert(QStringLiteral("URL"), ref.url);
        if (!ref.originalTitle.isEmpty())
            item.insert(QStringLiteral("original-title"), ref.originalTitle);
        if (ref.originalDate.isValid()) {
            item.insert(QStringLiteral("original-date"),
                        QJsonObject{{QStringLiteral("date-parts"),
                                     QJsonArray{QJsonArray{ref.originalDate.year(), ref.originalDate.month(),
                                                           ref.originalDate.day()}}}});
        }
        if (!ref.note.isEmpty())
            item.insert(QStringLiteral("note"), ref.note);
        array.append(item);
    }
    return QJsonDocument(array).toJson(QJsonDocument::Indented);
}

} // namespace duizhao
