#pragma once

#include "migrator.h"

namespace duizhao {

// The library file's schema history, oldest first. Never edit a released step: add a new one.
const QList<Migration> &libraryMigrations();

// Written into every library file (PRAGMA application_id) so a Duizhao library can be told from
// any other SQLite file: "DZLB".
constexpr int LibraryApplicationId = 0x445A4C42;

} // namespace duizhao
