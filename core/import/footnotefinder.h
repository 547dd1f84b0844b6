#pragma once

#include "model/paper.h"

namespace duizhao {

// Footnote markers in the English text. Extraction from PDF glued the note numbers to the text:
//   persons.”1   assessments2   (CETL).3   August 20224 (the year 2022, note 4)   ability. 5 As
// A digit after a word is just as often part of the text ("G20", "COVID-19", "52.7"), so the
// finder only takes candidates that continue the sequence 1, 2, 3… in reading order. The text is
// never changed: a marker is a range over the note's digits.
QList<FootnoteMarker> findFootnotes(const QList<Unit> &units);

} // namespace duizhao
