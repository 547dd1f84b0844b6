#include "openlibrary.h"

#include "bundledpaper.h"
#include "framework/frameworkloader.h"
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
    // A library from before the framework layer, or one with a paper whose curated data has
    // shipped since, gets its framework rows now.
    if (access == Library::Access::ReadWrite)
        FrameworkLoader::attachMissing(*opened.library);
    return opened;
}

AddResult addBundledPaper(Library &library, const Progress &progress)
{
    const Paper paper = PaperReader::parseBytes(BundledPaper::bytes(), BundledPaper::fileName());
    const AddResult result = library.addPaper(paper, progress);
    if (result.added)
        FrameworkLoader::attachTo(library, result.documentId, paper);
    return result;
}

} // namespace duizhao
