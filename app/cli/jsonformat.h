#pragma once

#include "library/library.h"

#include <QJsonObject>

namespace duizhao::cli {

// JSON shapes shared by several commands. Keys are snake_case and stable; QJsonObject sorts them.
QJsonObject documentJson(const DocumentInfo &info);
QJsonObject statsJson(const PaperStats &stats);
QString authorsText(const QList<Author> &authors); // "Gu Xueming 顾学明, Liu Yiming 刘一鸣"

} // namespace duizhao::cli
