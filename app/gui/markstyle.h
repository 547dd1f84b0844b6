#pragma once

#include <QColor>
#include <QPalette>

namespace duizhao::gui {

// How the program marks text, in the reader and in the lists that quote it: search hits, the range
// being shown, ranges pointed at, glossary terms, the selection, the alignment-notes badge. Marks
// that follow the theme are made from the palette; the few fixed colours are defined here and
// nowhere else. The colours of the framework's levels come from FrameworkStyle (levelColor()),
// those of highlights from the annotation palette.
class MarkStyle final
{
public:
    explicit MarkStyle(const QPalette &palette);

    // Fixed: readable on light and dark backgrounds alike.
    static QColor searchHit();
    static QColor activeRange(); // the hit or citation being shown
    static QColor notesBadge();
    static QColor notesBadgeText();

    // From the palette.
    QColor text() const { return m_palette.color(QPalette::Text); }
    QColor muted() const { return m_palette.color(QPalette::PlaceholderText); }
    QColor background() const { return m_palette.color(QPalette::Base); }
    QColor rule() const;          // between units
    QColor termUnderline() const; // glossary terms: a light dotted line
    QColor focus() const;         // behind ranges pointed at (a measure's mentions)
    QColor focusUnderline() const;
    QBrush selection() const { return m_palette.brush(QPalette::Highlight); }
    QBrush selectedText() const { return m_palette.brush(QPalette::HighlightedText); }
    QColor interleavedBar() const;           // beside the Chinese of a unit, interleaved
    static QColor unitCodeTint(QColor code); // behind a unit coded as a whole

private:
    QPalette m_palette;
};

} // namespace duizhao::gui
