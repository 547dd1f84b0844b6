#pragma once

#include <QByteArray>

namespace duizhao::bench {

// Paper `index` of a synthetic library made from the bundled paper: the same structure, with
// about one word in twelve (English) and one character in twelve (Chinese) swapped for another of
// the paper's own, chosen by a generator seeded with the index, so every paper differs, is a valid
// paper and searches like real text. 500 of them make about 33 MB.
QByteArray variantPaper(int index);

} // namespace duizhao::bench
