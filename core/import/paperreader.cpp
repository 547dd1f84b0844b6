#include "paperreader.h"

#include "error.h"
#include "paperparser.h"
#include "text/textfilecheck.h"

namespace duizhao {

Paper PaperReader::readFile(const QString &path)
{
    return parseBytes(TextFileCheck::read(path, MaxFileSize, QStringLiteral("a paper")), path);
}

Paper PaperReader::parseBytes(const QByteArray &raw, const QString &sourceName)
{
    if (raw.size() > MaxFileSize)
        throw Error(Error::Kind::Data, QStringLiteral("the text is larger than a paper can be"), sourceName);
    const QString text = TextFileCheck::decode(raw, sourceName, QStringLiteral("a paper"));
    if (text.trimmed().isEmpty())
        throw Error(Error::Kind::Data, QStringLiteral("the file is empty"), sourceName, 1);
    return PaperParser::parse(text, sourceName);
}

} // namespace duizhao
