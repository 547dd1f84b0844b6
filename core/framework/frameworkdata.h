#pragma once

#include "framework/frameworklevel.h"
#include "model/paper.h"

#include <QList>
#include <QString>
#include <QStringList>

// Plain value types for a paper's curated framework data (framework.json, measures.json,
// glossary.json) and for what the library stores of it once it is linked to the paper's units.
// Text offsets are UTF-16 indexes into units.en / units.zh, as everywhere in Duizhao.
namespace duizhao {

// A place in one unit's text.
struct UnitSpan
{
    int unitSeq = 0;
    Lang lang = Lang::En;
    int start = 0;
    int length = 0;
    // The text is in the other language: a translator's gloss such as "[话语权 (voice, influence)]"
    // in the English. Only glossary occurrences have it.
    bool gloss = false;

    friend bool operator==(const UnitSpan &, const UnitSpan &) = default;
};

// The units a list of spans touches, sorted, each once.
QList<int> unitsOf(const QList<UnitSpan> &spans);

struct FrameworkNode
{
    QString key;       // "competition-over-power"
    QString kind;      // concept, power, competition, initiative, feature, dilemma, dilemma-point, …
    QString parentKey; // empty at the top
    QString goalKey;   // competitions: the power they fight for
    QString labelEn;
    QString labelZh;
    QString summaryEn;
    QString summaryZh;
    QStringList anchors;                         // exact substrings of one English paragraph each
    FrameworkLevel level = FrameworkLevel::None; // derived from the kind and the ancestors
    QList<UnitSpan> spans;                       // the anchors, resolved
    int line = 0;                                // where it is defined in its file, for messages

    friend bool operator==(const FrameworkNode &, const FrameworkNode &) = default;
};

struct FrameworkRelation
{
    QString fromKey;
    QString toKey;
    QString kind; // foundation, space, endorsement
    QString labelEn;
    QString labelZh;
    QStringList anchors;
    QList<UnitSpan> spans;
    int line = 0;

    friend bool operator==(const FrameworkRelation &, const FrameworkRelation &) = default;
};

// One row of the paper's Table 1 as the data file gives it: keys of nodes and measures.
struct Table1Spec
{
    FrameworkLevel level = FrameworkLevel::None; // power, order or values
    QStringList initiatives;                     // node keys
    QStringList features;                        // node keys
    QStringList measures;                        // measure keys
    int line = 0;

    friend bool operator==(const Table1Spec &, const Table1Spec &) = default;
};

struct MeasureFigure
{
    QString en;
    QString zh;

    friend bool operator==(const MeasureFigure &, const MeasureFigure &) = default;
};

struct Measure
{
    qint64 id = 0;   // in the library; 0 before it is stored
    QString key;     // "chips-and-science-act"
    QString origin;  // "curated" (from measures.json) or "candidate" (accepted by the user)
    QString nameEn;  // as the English text writes it
    QString nameZh;  // as the Chinese text writes it, 《…》 included
    QString acronym; // "ECRA"
    QStringList aliasesEn;
    QStringList aliasesZh;
    QString kind; // law, bill, executive-strategy, control-list, agency-action, …
    QString actorEn;
    QString actorZh;
    QString date; // "", "2018", "2022-08" or "2022-08-09": as precisely as the paper gives it
    FrameworkLevel level = FrameworkLevel::None;
    QString category; // "offensive / industrial policy"
    QList<MeasureFigure> figures;
    QString noteEn;
    QString noteZh;
    bool nameEnInText = true; // false: the English text lost the name; nameEn is our translation
    QList<UnitSpan> mentions;
    int line = 0;

    int year() const; // 0 when undated
    QString name(Lang lang) const { return lang == Lang::En ? nameEn : nameZh; }

    friend bool operator==(const Measure &, const Measure &) = default;
};

// A measure kind as a reader reads it: "executive-strategy" → "Executive strategy" / "行政战略".
// A code it does not know is shown with spaces for its hyphens.
QString measureKindName(const QString &kind, Lang lang);

struct GlossaryTerm
{
    qint64 id = 0;
    QString key;
    QString termEn;
    QString termZh;
    QStringList aliasesEn;
    QStringList aliasesZh;
    QString definitionEn;
    QString definitionZh;
    QString category;
    QList<UnitSpan> occurrences;
    int line = 0;

    QString term(Lang lang) const { return lang == Lang::En ? termEn : termZh; }
    QString definition(Lang lang) const { return lang == Lang::En ? definitionEn : definitionZh; }

    friend bool operator==(const GlossaryTerm &, const GlossaryTerm &) = default;
};

// The three files of one paper's curated data, as read and validated.
struct FrameworkData
{
    QString paperTitleEn; // matched against the document's English title
    QList<FrameworkNode> nodes;
    QList<FrameworkRelation> relations;
    QList<Table1Spec> table1;
    QList<Measure> measures;
    QList<GlossaryTerm> terms;
    // Where each file came from (a path or a ":/framework/…" resource), for messages.
    QString frameworkFile;
    QString measuresFile;
    QString glossaryFile;
    QByteArray hash; // MD5 over the three files, hex: tells whether stored data is current

    const FrameworkNode *node(QStringView key) const;
    const Measure *measure(QStringView key) const;
};

// A measure the paper seems to name, found by CandidateFinder in a paper without curated data (or
// missed by the curated data), for the user to accept, edit or reject.
struct MeasureCandidate
{
    qint64 id = 0;
    QString nameEn;
    QString nameZh;
    QString acronym;
    QString kind;
    FrameworkLevel level = FrameworkLevel::None;
    QString category;
    QString actorEn;
    QString actorZh;
    QString date;
    QString source; // how it was found: "title" (《…》), "acronym" (Full Name (ACR)), "name"
    QString status = QStringLiteral("proposed"); // proposed, accepted, rejected
    qint64 measureId = 0;                        // the measure it became once accepted
    QList<UnitSpan> mentions;

    friend bool operator==(const MeasureCandidate &, const MeasureCandidate &) = default;
};

// Table 1 as a view shows it: one row per level, three cells, each cell a list of items that link
// to the units stating them.
struct Table1Item
{
    QString key; // node or measure key
    QString labelEn;
    QString labelZh;
    QStringList detailsEn; // an initiative's sub-initiatives: "import controls", …
    QStringList detailsZh;
    QList<int> units;
    // A measure without a proper name ("control lists", "deemed export"): listed after the named
    // ones, under "General instruments" (see isNamedMeasure()).
    bool general = false;

    QString text(Lang lang) const; // "Defensive policies (import controls, export controls, …)"
};

struct Table1Cell
{
    QList<Table1Item> items; // a measures cell: the named measures first, then the general ones

    // How many items come before the general instruments.
    qsizetype namedCount() const;
    QString text(Lang lang, QStringView separator = u"\n") const;
    QList<int> units() const;
};

struct Table1Row
{
    FrameworkLevel level = FrameworkLevel::None;
    QString labelEn; // the competition of the level: "Competition over power"
    QString labelZh;
    Table1Cell initiatives;
    Table1Cell features;
    Table1Cell measures;
};

} // namespace duizhao
