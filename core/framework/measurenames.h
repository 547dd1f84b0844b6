#pragma once

#include <QString>

namespace duizhao {

struct Measure;

// Whether a measure has a proper name — an act, an agency, a strategy, a list the paper names as
// such ("Export Control Reform Act", "Section 301", "5G Clean Path", "《芯片与科学法案》") — or is a
// general instrument the paper names with a common noun phrase ("control lists", "blacklist",
// "deemed export"). Table 1 lists the named measures first and the general instruments apart.
//
// Named when any of these holds:
// - it has an acronym, or its Chinese name is set in title marks 《…》;
// - its English name has a digit ("Section 301", "CHIPS and Science Act of 2022", "100-Day Report"),
//   a capital inside a word ("CHIPS", "CoRe", "U.S."), or a capitalised word after the first that is
//   not a short function word ("Export Control Reform Act", "Withhold Release Orders"); a name of one
//   word that starts with a capital ("Stuxnet") counts too;
// - its kind is one that always stands for one document or body: law, bill, agreement, statement,
//   report, executive strategy, organization, agency ("the national standardization strategy").
// Otherwise it is general: lower case ("control lists") or only the first word capitalised, as a
// sentence starts ("Control lists").
bool isNamedMeasure(const QString &nameEn, const QString &nameZh, const QString &acronym, const QString &kind);
bool isNamedMeasure(const Measure &measure);

} // namespace duizhao
