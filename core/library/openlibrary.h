#pragma once

#include "library/library.h"

#include <memory>

namespace duizhao {

struct OpenedLibrary
{
    std::unique_ptr<Library> library;
    bool created = false;         // the file did not exist before
    qint64 bundledDocumentId = 0; // set when the bundled paper was imported into a new library
};

// Opens the library at `path`, or the per-user default library when `path` is empty. The default
// library is created on first use with the bundled paper in it; a library named by the user
// starts empty.
OpenedLibrary openLibrary(const QString &path, Library::Access access = Library::Access::ReadWrite);

// Imports the paper compiled into the program, with its framework data (PaperImporter).
AddResult addBundledPaper(Library &library);

} // namespace duizhao
