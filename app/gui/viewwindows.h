#pragma once

class QWidget;

namespace duizhao::gui {

// What the framework views (the map, the timeline, Table 1) share as windows of their own beside
// the main window.
namespace ViewWindows {

// Escape and the platform's Close keys (Ctrl+W) close the window.
void addCloseKeys(QWidget *window);

// A view is not kept above the main window (as a transient window would be): when a click in it
// leads to a passage, the reader can come forward over it. Call once the window has a handle.
void detachFromMainWindow(QWidget *window);

// After a click that led to the text: the main window (the view's parent) comes forward, active,
// with the passage the click led to; the view goes behind it.
void showReader(QWidget *window);

} // namespace ViewWindows

} // namespace duizhao::gui
