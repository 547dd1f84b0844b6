#pragma once

#include <QString>

namespace duizhao {

// One reverse-DNS id, used everywhere the desktop knows the program: desktop file, metainfo,
// icon names, QSettings (organisation "org.duizhao", application "Duizhao") and data folders.
inline constexpr char AppId[] = "org.duizhao.Duizhao";
inline constexpr char OrganizationName[] = "org.duizhao";
inline constexpr char OrganizationDomain[] = "duizhao.org";
inline constexpr char ApplicationName[] = "Duizhao";

QString version(); // the project version from CMake, "0.1.0"

// Sets the names and version on the running QCoreApplication (or QApplication).
void applyApplicationIdentity();

} // namespace duizhao
