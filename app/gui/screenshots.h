#pragma once

#include <QString>

namespace duizhao::gui {

class MainWindow;

// Renders the screenshots the README and the issue ask for into a folder: the main window on
// section II (i) side by side, the same in the Chinese UI, the interleaved view, the search dock
// with results, and a dark theme. Returns the files written.
QStringList renderScreenshots(MainWindow &window, const QString &folder);

} // namespace duizhao::gui
