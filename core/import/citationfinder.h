#pragma once

#include <QList>
#include <QString>

namespace duizhao {

struct FoundCitation
{
    int start = 0; // the citation itself ("Ren Lin, 2013"), without its parentheses
    int length = 0;
    QString author; // spaces normalised: "Huang Rihan et al.", "黄日涵等"
    QString year;
    bool narrative = false;
};

// In-text author–year citations, in either language and in text order:
//   parenthetical   (Zhang Cheng et al., 2021)  (任琳, 2013; 黄日涵等, 2022)  ( 马骦,  2021)
//   narrative       Sacks (2019) argues   周建军(2017) 指出
// Stray and no-break spaces anywhere inside are tolerated. Parentheses that hold something else
// — acronyms, glosses, "(1)" — are not citations.
QList<FoundCitation> findCitations(QStringView text);

// A key under which two author forms count as the same person in the same language:
// lower-cased surname and given names, "et al."/"等" dropped.
QString authorKey(QStringView author);

} // namespace duizhao
