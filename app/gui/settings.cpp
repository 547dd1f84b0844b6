#include "settings.h"

#include <QDir>
#include <QFileInfo>

namespace duizhao::gui {

namespace {

constexpr int CurrentVersion = 1;
constexpr int MaxRecentLibraries = 8;

struct Entry
{
    Settings::Key key;
    const char *name;
    QVariant defaultValue;
};

const QList<Entry> &entries()
{
    static const QList<Entry> table = {
        {Settings::Key::SettingsVersion, "settingsVersion", 0},
        {Settings::Key::WindowGeometry, "window/geometry", QByteArray()},
        {Settings::Key::WindowState, "window/state", QByteArray()},
        {Settings::Key::LibraryPath, "library/path", QString()},
        {Settings::Key::RecentLibraries, "library/recent", QStringList()},
        {Settings::Key::DocumentId, "reading/document", 0},
        {Settings::Key::ReadingUnit, "reading/unit", 1},
        {Settings::Key::ReadingOffset, "reading/offset", 0.0},
        {Settings::Key::Zoom, "reader/zoom", 0},
        {Settings::Key::ViewMode, "reader/mode", QStringLiteral("side-by-side")},
        {Settings::Key::TreeLabels, "structure/labels", QStringLiteral("both")},
        {Settings::Key::UiLanguage, "ui/language", QStringLiteral("system")},
        {Settings::Key::HighlightColor, "annotations/color", QStringLiteral("#FFE066")},
        {Settings::Key::AuthorName, "annotations/author", QString()},
        {Settings::Key::ExportLayout, "export/layout", QStringLiteral("side-by-side")},
        {Settings::Key::ExportPaper, "export/paper", QStringLiteral("a4")},
        {Settings::Key::ExportMarginNotes, "export/marginNotes", false},
    };
    return table;
}

const Entry &entry(Settings::Key key)
{
    for (const Entry &e : entries()) {
        if (e.key == key)
            return e;
    }
    Q_UNREACHABLE();
}

std::unique_ptr<QSettings> &instance()
{
    static std::unique_ptr<QSettings> settings;
    return settings;
}

} // namespace

QSettings &Settings::store()
{
    auto &settings = instance();
    if (!settings) {
        settings = std::make_unique<QSettings>();
        migrate(*settings);
    }
    return *settings;
}

void Settings::migrate(QSettings &settings)
{
    const int version = settings.value(QLatin1String(entry(Key::SettingsVersion).name), 0).toInt();
    // Version 1 is the first; later versions rename or convert keys here, oldest first.
    if (version < CurrentVersion)
        settings.setValue(QLatin1String(entry(Key::SettingsVersion).name), CurrentVersion);
}

QVariant Settings::value(Key key)
{
    const Entry &e = entry(key);
    return store().value(QLatin1String(e.name), e.defaultValue);
}

namespace {
// INI files give back text: the number 3 as "3", a list of one as that one string.
bool sameValue(const QVariant &stored, const QVariant &value)
{
    if (stored == value)
        return true;
    if (stored.typeId() != QMetaType::QString)
        return false;
    if (value.typeId() == QMetaType::QStringList)
        return stored.toStringList() == value.toStringList();
    return value.canConvert<QString>() && stored.toString() == value.toString();
}
} // namespace

void Settings::setValue(Key key, const QVariant &value)
{
    // Writing what is already there would still rewrite the file (start-up stores the library
    // and the paper it opened): only changes are written. INI files give numbers back as text.
    QSettings &settings = store();
    const QString name = QLatin1String(entry(key).name);
    if (settings.contains(name) && sameValue(settings.value(name), value))
        return;
    settings.setValue(name, value);
}

void Settings::useFile(const QString &path)
{
    auto &settings = instance();
    if (settings)
        settings->sync();
    settings = path.isEmpty() ? std::make_unique<QSettings>() : std::make_unique<QSettings>(path, QSettings::IniFormat);
    migrate(*settings);
}

void Settings::sync()
{
    store().sync();
}

void Settings::addRecentLibrary(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList recent = value(Key::RecentLibraries).toStringList();
    recent.removeAll(absolute);
    recent.prepend(absolute);
    while (recent.size() > MaxRecentLibraries)
        recent.removeLast();
    setValue(Key::RecentLibraries, recent);
}

} // namespace duizhao::gui
