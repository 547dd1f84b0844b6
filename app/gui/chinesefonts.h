#pragma once

#include <QFont>
#include <QStringList>

namespace duizhao::gui {

// The installed faces that draw Chinese with mainland (Simplified Chinese) glyph shapes, best
// first: 骨, 直 and 说 as a reader in China expects them, not in their Japanese forms.
const QStringList &chineseFamilies();

// For Chinese text: the Chinese faces first, then the font's own for what they lack.
QFont chineseFirst(const QFont &base);

// For the interface: the font's own faces first, then the Chinese ones. Chinese words in labels,
// lists and the Chinese translation come from a Simplified Chinese face, found without asking
// fontconfig for a fallback (which also costs start-up time).
QFont withChineseFallback(const QFont &base);

} // namespace duizhao::gui
