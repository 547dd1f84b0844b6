#pragma once

#include "model/paper.h"

namespace duizhao {

// The closing citation line of a paper, in the form Interpret: China uses:
//   顾学明 (Gu Xueming)刘一鸣 (Liu Yiming) (2023). "English Title [中文标题]". Publisher,
//   Original work published November 17, 2022, https://…
// Authors may also be given in one script only ("Smith, J. and Li W. (2021). …").
bool looksLikeCitationLine(QStringView line);

// Fills authors, year, English and Chinese title, publisher, original date and URL.
// Leaves a field empty when the line does not give it.
void parseCitationLine(QStringView line, PaperMeta &meta);

} // namespace duizhao
