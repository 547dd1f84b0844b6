#include "openlibrary.h"

#include "framework/frameworkloader.h"
#include "library/paperimporter.h"

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

AddResult addBundledPaper(Library &library)
{
    const ImportResult result = PaperImporter(library).import({PaperSource::bundled()});
    if (!result.errors.isEmpty())
        throw result.errors.front(); // a build with a broken resource
    return {result.papers.front().documentId, result.papers.front().added};
}

} // namespace duizhao
