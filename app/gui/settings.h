#pragma once

#include <QByteArray>
#include <QSettings>
#include <QStringList>
#include <QVariant>

#include <memory>

namespace duizhao::gui {

// Typed access to the program's settings, with every default in one table (settings.cpp).
// Tests use a temporary file through Settings::useFile().
class Settings final
{
public:
    enum class Key
    {
        SettingsVersion,
        WindowGeometry,
        WindowState,
        LibraryPath, // empty: the per-user library
        RecentLibraries,
        DocumentId,
        ReadingUnit,
        ReadingOffset,
        Zoom,
        ViewMode,       // "side-by-side", "english", "chinese", "interleaved"
        TreeLabels,     // "english", "chinese", "both"
        UiLanguage,     // "system", "en", "zh_CN"
        HighlightColor, // "#RRGGBB", the last colour used
        AuthorName,     // written into marks and PDFs; empty: the login name
        ExportLayout,   // "side-by-side", "interleaved", "en", "zh"
        ExportPaper,    // "a4", "letter"
        ExportMarginNotes,
    };

    static QVariant value(Key key);
    static void setValue(Key key, const QVariant &value);

    // Point the settings at a file (tests, screenshots); empty restores the platform default.
    static void useFile(const QString &path);
    static void sync();

    static void addRecentLibrary(const QString &path);

private:
    static QSettings &store();
    static void migrate(QSettings &settings);
};

} // namespace duizhao::gui
