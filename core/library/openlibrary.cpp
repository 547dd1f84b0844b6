#include "openlibrary.h"

#include "bundledpaper.h"
#include "import/paperreader.h"

#include <QFileInfo>

namespace duizhao {

OpenedLibrary openLibrary(const QString &path, Library::Access access)
{
    OpenedLibrary opened;
    const bool isDefault = path.isEmpty();
    const QString file = isDefault ? Library::defaultPath() : path;
    opened.created = !QFileInfo::exists(file);
    opened.library = std::make_unique<Library>(file, access);
    if (isDefault && opened.created && access == Library::Access::ReadWrite)
        opened.bundledDocumentId = addBundledPaper(*opened.library).documentId;
    return opened;
}

AddResult addBundledPaper(Library &library, const Progress &progress)
{
    return library.addPaper(PaperReader::parseBytes(BundledPaper::bytes(), BundledPaper::fileName()), progress);
}

} // namespace duizhao
