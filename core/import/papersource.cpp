#include "papersource.h"

#include "bundledpaper.h"
#include "import/paperreader.h"

#include <QFileInfo>

namespace duizhao {

PaperSource::PaperSource(QString name, qint64 size, std::function<Paper()> read)
    : m_name(std::move(name))
    , m_size(size)
    , m_read(std::move(read))
{}

PaperSource PaperSource::file(const QString &path)
{
    // The size is a stat, not a read: a missing file is 0 here and reported when it is read.
    const QFileInfo info(path);
    return {path, info.isFile() ? info.size() : 0, [path] { return PaperReader::readFile(path); }};
}

PaperSource PaperSource::bytes(const QByteArray &bytes, const QString &name)
{
    return {name, bytes.size(), [bytes, name] { return PaperReader::parseBytes(bytes, name); }};
}

PaperSource PaperSource::bundled()
{
    return bytes(BundledPaper::bytes(), BundledPaper::fileName());
}

} // namespace duizhao
