#include "paperreader.h"

#include "error.h"
#include "paperparser.h"
#include "text/textfilecheck.h"

namespace duizhao {

Paper PaperReader::readFile(const QString &path)
{
    return parseBytes(TextFileCheck::read(path, FileKind), path);
}

Paper PaperReader::parseBytes(const QByteArray &raw, const QString &sourceName)
{
    return PaperParser::parse(TextFileCheck::decode(raw, sourceName, FileKind), sourceName);
}

} // namespace duizhao
