#pragma once

#include "model/paper.h"

#include <QByteArray>
#include <QDate>

namespace duizhao {

// One person as a reference manager stores it. Chinese names are given as the Chinese text
// writes them, split family/given (张 / 程); the other form is the name in the other script
// ("Zhang Cheng" for 张程, "威尔逊" for Wilson), kept so no form the paper uses is lost.
struct PersonName
{
    QString family;
    QString given;
    QString otherForm;
};

// A reference ready for BibTeX, RIS and CSL-JSON: the paper itself, or a work it cites. The paper
// gives only author and year for cited works, so their title is a bracketed description of how the
// paper cites them (the cataloguing convention for a supplied title) for the user to complete.
struct Reference
{
    QString id; // citation key: "gu2023", "zhang2021"
    bool isPaper = false;
    QList<PersonName> authors;
    bool etAl = false; // the paper names only the first authors
    QString title;
    QString originalTitle; // the paper's Chinese title
    int year = 0;
    QDate originalDate; // the Chinese original's publication
    QString container;  // "Interpret: China"
    QString url;
    QString language; // "en", "zh"
    QString note;     // the other forms, and where the paper cites the work
};

// Exports a paper's own reference and the works it cites so Zotero (and BibTeX, and any CSL
// processor) imports them: UTF-8 throughout, BibTeX special characters escaped, RIS with
// TY/AU/PY/TI/…/ER, CSL-JSON with family/given names and date-parts.
class ReferenceExport final
{
public:
    static QList<Reference> references(const Paper &paper);

    static QByteArray bibtex(const QList<Reference> &references);
    static QByteArray ris(const QList<Reference> &references);
    static QByteArray cslJson(const QList<Reference> &references);

    // BibTeX's special characters escaped (\&, \%, \{, …); braces around words whose capitals
    // must survive a style's sentence case ("{U.S.}", "{CHIPS}").
    static QString bibtexEscape(const QString &text, bool protectCapitals = false);
    // Whether a romanised name reads as Hanyu Pinyin syllables ("Zhang Cheng", "Ma"): how a
    // cited Chinese author is told from a Western one the Chinese text transliterates (威尔逊).
    static bool isPinyin(const QString &name);
};

} // namespace duizhao
