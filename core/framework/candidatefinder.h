#pragma once

#include "framework/frameworkdata.h"

namespace duizhao {

// Proposes the measures a paper seems to name, for papers without curated data:
//  - every 《…》 title in the Chinese text;
//  - in the English, acronyms with their expansion ("Export Control Reform Act (ECRA)") and
//    capitalised names of acts, strategies, lists, reports, programmes, initiatives, orders,
//    agreements and the like ("Indo-Pacific Strategy", "5G Clean Path");
// paired across the two languages of a unit: by the acronym where the Chinese repeats it
// ("《出口管制改革法案》(ECRA)", "美国外国投资委员会(CFIUS)"), otherwise a title with the English
// name of the same kind, otherwise in order when both sides found as many. Finds of the same name
// in several units are one candidate with all their mentions.
class CandidateFinder final
{
public:
    // Candidates overlapping a mention of a `known` measure are left out: the paper's curated
    // measures need no proposing.
    static QList<MeasureCandidate> find(const Paper &paper, const QList<Measure> &known = {});

    // The kind a name suggests ("…Act" → law, "…战略" → executive-strategy); empty when it says none.
    static QString kindOf(const QString &name);
};

} // namespace duizhao
