#pragma once

#include <QObject>
#include <QSize>

#include <functional>

class QDockWidget;
class QMainWindow;

namespace duizhao::gui {

// Where the panels go and how wide they are until the user says otherwise. The reader is the
// program: by default it gets the width its side-by-side columns need to be read comfortably
// (Readable characters a line) and at least ReaderShare of the window; the panels share the
// rest. A window wide enough for two panel columns has the paper's own panels (structure,
// library, glossary) on the left and the finding ones (search, annotations, measures, study;
// citations and notes below) on the right; a narrower one has them all in one column on the
// left, tabbed in two groups.
//
// While the layout is the default it follows the window's width. Once the user drags a
// separator, moves, floats or closes a panel, the layout is theirs: it stays as they left it
// and is what state() saves. A saved state from before this default (another version) is set
// aside once, so an old layout gives way to the new default.
class WindowLayout final : public QObject
{
    Q_OBJECT

public:
    // Characters a side-by-side column holds at the default layout, in English and in Chinese.
    static constexpr int ReadableLatin = 47;
    static constexpr int ReadableChinese = 20;
    // The reader's least share of a window that has room for panels.
    static constexpr double ReaderShare = 0.58;
    // The versions saved states carry: a layout the user made, and the default (which keeps the
    // panels in front, and is fitted to the window anew). States of other versions, from before
    // this default, are not restored.
    static constexpr int StateVersion = 2;
    static constexpr int DefaultStateVersion = 3;

    struct Docks
    {
        QList<QDockWidget *> paper;   // structure, library, glossary: tabbed, the first in front
        QList<QDockWidget *> finding; // search, annotations, measures, study
        QList<QDockWidget *> places;  // citations, notes
    };
    struct Plan
    {
        bool twoSides = true;
        int left = 0;  // the left column's width
        int right = 0; // the right column's width; 0 with one side
    };

    // `readerWidth` says how wide the reader must be for the readable columns above.
    WindowLayout(QMainWindow *window, Docks docks, std::function<int()> readerWidth);

    // What the default gives a window `width` wide.
    Plan plan(int width) const;
    // Lays the panels out as the default for the window's width, and follows its width from now.
    void arrange();
    // The layout the user left (from state()); an empty or older state gives the default, as
    // does a saved default (with the panels in front it had). False when the default was used.
    bool restore(const QByteArray &state);
    // The layout to keep; while it is the default, saved as such, so the next start fits it to
    // the window it opens with.
    QByteArray state() const;
    bool isDefault() const { return m_default; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void place(const Plan &plan);
    void resize(const Plan &plan);
    void customised();
    QList<QDockWidget *> all() const;

    QMainWindow *m_window;
    Docks m_docks;
    std::function<int()> m_readerWidth;
    bool m_default = true;
    bool m_arranging = false;
    bool m_twoSides = true;
    bool m_pressed = false; // a mouse button went down on the window's own area: a separator
    QList<QSize> m_sizes;   // of the docks, when it went down
};

} // namespace duizhao::gui
