#pragma once

#include "align/sourcedocument.h"

#include <QByteArray>
#include <QString>

namespace duizhao {

// A saved web page, parsed with gumbo (an HTML5 parser, as browsers parse): the article's
// paragraphs, headings flagged, and what its <meta> tags say about it. Navigation, headers,
// footers, sharing bars, scripts, styles, forms and footnote lists are left out; footnote
// references stay in the text the way it shows them ("August 20224").
class HtmlSourceReader final
{
public:
    // Decodes the page (a BOM, <meta charset> or http-equiv; UTF-8 when it says nothing; GB18030,
    // GBK, GB2312 and Big5 converted) and reads it. Refuses, with Error(Data) naming the file and
    // the line, a page it cannot decode or one without article text.
    static SourceDocument read(const QByteArray &bytes, const QString &fileName, Lang lang);

    // The charset a page declares in its first bytes, lower case; empty when it declares none.
    static QString declaredCharset(const QByteArray &bytes);
};

} // namespace duizhao
