#pragma once

#include "paper.h"

namespace duizhao {

// How a paper is cited when its text is quoted: authors in both scripts, year, title in both
// languages, publisher, URL. "Gu Xueming 顾学明 and Liu Yiming 刘一鸣 (2023). “…” [中文]. Interpret: China. https://…"
QString formatReference(const PaperMeta &meta);

// What "Copy with Citation" copies: the units' English, then their Chinese, then the paper's
// reference and where the units stand ("— Gu Xueming … (unit 12, II. › (i))"). The place is
// written in the interface's language. Empty without units.
QString quotationWithReference(const Paper &paper, const QList<int> &unitSeqs);

// The unit's section path, outermost first: "II. › (i) › 2." with labels, in one language.
QString sectionPath(const Paper &paper, int unitSeq, Lang lang, bool withLabels = true);

// The node a unit is shown under in the structure tree: its own node, else the heading it
// belongs to; -1 before the first heading.
int treeNodeOfUnit(const Paper &paper, int unitSeq);

} // namespace duizhao
