#pragma once

#include <QList>
#include <QString>

namespace duizhao {

// The highlight colours: few enough to tell apart on paper and in a filter menu, light enough
// that black text stays readable under them.
class AnnotationPalette final
{
public:
    struct Entry
    {
        const char *name; // "yellow"
        const char *hex;  // "#FFE066"
    };

    static const QList<Entry> &entries();
    static QString defaultColor(); // yellow
    // The text drawn over a highlight: dark on every palette colour, in a dark theme too.
    static QString textColor();
    // A palette name ("green") or one of the palette's #RRGGBB values, any case, to #RRGGBB.
    // Returns an empty string for anything else.
    static QString resolve(QStringView nameOrHex);
    // The name of a palette colour, or the hex value itself for one outside the palette.
    static QString nameOf(const QString &hex);
    // "yellow, green, …" for messages.
    static QString namesText();
    // "#RRGGBB" with upper-case digits; empty if `hex` is not of that form.
    static QString normalizedHex(QStringView hex);
};

} // namespace duizhao
