#include "languagemanager.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace duizhao::gui {

namespace {

struct Translators
{
    std::unique_ptr<QTranslator> app;
    std::unique_ptr<QTranslator> qt;
    QString language = QStringLiteral("en");
};

Translators &translators()
{
    static Translators t;
    return t;
}

} // namespace

Lang LanguageManager::lang()
{
    return current() == u"zh_CN" ? Lang::Zh : Lang::En;
}

QString LanguageManager::effective(const QString &choice)
{
    if (choice == u"en" || choice == u"zh_CN")
        return choice;
    // "system": Chinese for any Chinese locale, English otherwise.
    return QLocale::system().language() == QLocale::Chinese ? QStringLiteral("zh_CN") : QStringLiteral("en");
}

QString LanguageManager::apply(const QString &choice)
{
    Translators &t = translators();
    const QString language = effective(choice);
    if (t.app) {
        QCoreApplication::removeTranslator(t.app.get());
        t.app.reset();
    }
    if (t.qt) {
        QCoreApplication::removeTranslator(t.qt.get());
        t.qt.reset();
    }
    if (language == u"zh_CN") {
        auto qt = std::make_unique<QTranslator>();
        // Qt's own strings (standard buttons, dialogs) from qt6-translations-l10n.
        if (qt->load(QStringLiteral("qtbase_zh_CN"), QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
            QCoreApplication::installTranslator(qt.get());
            t.qt = std::move(qt);
        }
        auto app = std::make_unique<QTranslator>();
        if (app->load(QStringLiteral(":/i18n/duizhao_zh_CN.qm"))) {
            QCoreApplication::installTranslator(app.get());
            t.app = std::move(app);
        }
        QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
    } else {
        // Removing the translators above has told every widget to retranslate back to English.
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }
    t.language = language;
    return language;
}

QString LanguageManager::current()
{
    return translators().language;
}

} // namespace duizhao::gui
