#include "testpapers.h"

#include "bundledpaper.h"

#include <QList>

namespace duizhao::test {

QByteArray repeatedPaper(int times)
{
    const QList<QByteArray> lines = BundledPaper::bytes().split('\n');
    // The title, blank lines and summary come first; the citation line closes the paper.
    qsizetype citation = lines.size() - 1;
    while (citation > 0 && !lines[citation].contains("https://"))
        --citation;
    constexpr qsizetype bodyStart = 5; // after the title (line 1) and the summary (line 4)
    QList<QByteArray> out = lines.mid(0, bodyStart);
    const QList<QByteArray> body = lines.mid(bodyStart, citation - bodyStart);
    for (int i = 0; i < times; ++i)
        out += body;
    out += lines.mid(citation);
    return out.join('\n');
}

} // namespace duizhao::test
