#pragma once

#include <QList>
#include <QSet>
#include <QString>
#include <QStringView>

namespace duizhao {

// What a page carries that is not the text: page numbers, running heads and footers. Shared by
// the PDF reader (which knows where on the page a line is) and the text reader (which sees pages
// only where a PDF text dump put form feeds, or where the same line comes back at a steady pace).
class PageFurniture final
{
public:
    // "12", "- 12 -", "— 12 —", "Page 12", "Page 12 of 40", "12 / 40", "第 12 页", "第12页 共40页",
    // "xii": a page number alone on its line.
    static bool isPageNumber(QStringView line);

    // The line with its digits and spaces made uniform, so that "Technology Power 12" and
    // "Technology Power 13" are one running head.
    static QString key(QStringView line);

    // The keys that stand at the same edge of many pages: `edgeKeys` holds, for every page, the
    // keys of the lines at its top (or its bottom). A key counts once per page.
    static QSet<QString> repeatedKeys(const QList<QList<QString>> &edgeKeys);

    // Lines that come back at a steady pace through a text without page breaks: for each key, the
    // indexes of the lines that have it. Returns the indexes of the lines that are furniture.
    static QSet<int> periodicLines(const QList<QString> &keys, const QList<bool> &candidate);
};

} // namespace duizhao
