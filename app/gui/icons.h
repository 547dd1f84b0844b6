#pragma once

#include "readerview.h"

#include <QIcon>
#include <QStyle>

namespace duizhao::gui::icons {

// Toolbar icons drawn by the program, so they look the same with or without an icon theme and
// follow the palette's text colour (dark themes included).
QIcon viewMode(ReaderView::Mode mode, const QPalette &palette);
QIcon zoom(bool in, const QPalette &palette);
QIcon importPaper(const QPalette &palette);

} // namespace duizhao::gui::icons
