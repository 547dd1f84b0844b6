// duizhao: the Qt Widgets program.

#include "appidentity.h"
#include "chinesefonts.h"
#include "dialogs.h"
#include "emptylibrarypage.h"
#include "error.h"
#include "languagemanager.h"
#include "library/openlibrary.h"
#include "mainwindow.h"
#include "screenshots.h"
#include "settings.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QFontDatabase>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>
#include <optional>
#include <thread>

#include <sys/resource.h>

using namespace duizhao;
using namespace duizhao::gui;

namespace {

// Reports the time to the first painted reader, then quits: --startup-time and --smoke-test.
// Also reports when the docks have filled (they fill just after the first paint) and the peak
// memory by then.
class FirstPaint final : public QObject
{
public:
    FirstPaint(const QElapsedTimer &clock, const MainWindow &window, bool print)
        : m_clock(clock)
        , m_window(window)
        , m_print(print)
    {}

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_done) {
            m_done = true;
            // Posted while the frame is being painted, so it runs as soon as the frame is done,
            // ahead of the work the paint itself queues (filling the docks).
            QMetaObject::invokeMethod(
                qApp, [this] { m_paintedMs = elapsedMs(); }, Qt::QueuedConnection);
            QTimer::singleShot(0, qApp, [this] { reportWhenFilled(); });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    double elapsedMs() const { return double(m_clock.nsecsElapsed()) / 1e6; }

    void reportWhenFilled()
    {
        if (!m_window.panelsReady()) {
            QTimer::singleShot(0, qApp, [this] { reportWhenFilled(); });
            return;
        }
        if (m_print) {
            std::printf("startup_ms %.1f\npanels_ms %.1f\n", m_paintedMs, elapsedMs());
            // Peak memory with the paper open, painted and the docks filled.
            rusage usage{};
            getrusage(RUSAGE_SELF, &usage);
            std::printf("peak_rss_kb %ld\n", usage.ru_maxrss);
        }
        std::fflush(stdout);
        qApp->quit();
    }

    const QElapsedTimer &m_clock;
    const MainWindow &m_window;
    bool m_print;
    bool m_done = false;
    double m_paintedMs = 0;
};

} // namespace

int main(int argc, char *argv[])
{
    QElapsedTimer clock;
    clock.start();
    QApplication app(argc, argv);
    applyApplicationIdentity();
    QGuiApplication::setDesktopFileName(QString::fromLatin1(AppId));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/org.duizhao.Duizhao.svg")));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Explore bilingual English/Chinese policy papers."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(QStringLiteral("db"), QApplication::translate("main", "Open this library file."),
                                      QApplication::translate("main", "FILE"));
    const QCommandLineOption settingsOption(QStringLiteral("settings"),
                                            QApplication::translate("main", "Keep settings in this file."),
                                            QApplication::translate("main", "FILE"));
    const QCommandLineOption screenshotsOption(QStringLiteral("screenshots"),
                                               QApplication::translate("main", "Render screenshots into DIR and exit."),
                                               QApplication::translate("main", "DIR"));
    const QCommandLineOption startupOption(
        QStringLiteral("startup-time"),
        QApplication::translate("main", "Print the time to the first painted reader and exit."));
    const QCommandLineOption smokeOption(
        QStringLiteral("smoke-test"),
        QApplication::translate("main", "Start, paint once and exit (for packaging checks)."));
    const QCommandLineOption readOnlyOption(QStringLiteral("read-only"),
                                            QApplication::translate("main", "Open the library without changing it."));
    parser.addOptions({dbOption, readOnlyOption, settingsOption, screenshotsOption, startupOption, smokeOption});
    parser.addPositionalArgument(
        QStringLiteral("files"),
        QApplication::translate("main", "A library (.duizhao) to open, or papers (.txt) to import."),
        QStringLiteral("[FILE…]"));
    parser.process(app);

    if (parser.isSet(settingsOption))
        Settings::useFile(parser.value(settingsOption));
    LanguageManager::apply(Settings::value(Settings::Key::UiLanguage).toString());

    QString libraryPath = Settings::value(Settings::Key::LibraryPath).toString();
    QStringList papers;
    for (const QString &file : parser.positionalArguments()) {
        if (file.endsWith(QStringLiteral(".duizhao")))
            libraryPath = file;
        else
            papers.append(file);
    }
    if (parser.isSet(dbOption))
        libraryPath = parser.value(dbOption);

    // Screenshots are rendered from a fresh library with the bundled paper, so they look the same
    // everywhere and never touch the user's own.
    QTemporaryDir screenshotLibrary;
    if (parser.isSet(screenshotsOption)) {
        libraryPath = screenshotLibrary.filePath(QStringLiteral("screenshots.duizhao"));
        Library library(libraryPath);
        addBundledPaper(library);
    }

    // The checks that start the program unattended must never wait on a message box: print what
    // it would have said and fail.
    const bool unattended = parser.isSet(screenshotsOption) || parser.isSet(startupOption) || parser.isSet(smokeOption);
    if (unattended) {
        Dialogs::setHandler([](Dialogs::Kind, const QString &title, const QString &text) {
            std::fprintf(stderr, "duizhao: %s: %s\n", qPrintable(title), qPrintable(text));
        });
        Dialogs::setAsker([](const QString &title, const QString &text) {
            std::fprintf(stderr, "duizhao: %s: %s\n", qPrintable(title), qPrintable(text));
            return false;
        });
    }

    // Before the first widget, one on each core: the library opens (migrations with their backup,
    // the framework data check) while this thread fills the font database, which widgets wait for.
    // The daily backup is not on this path: the window takes it in the background (BackupJob).
    const Library::Access access =
        parser.isSet(readOnlyOption) ? Library::Access::ReadOnly : Library::Access::ReadWrite;
    std::optional<OpenedLibrary> early;
    std::thread opening([&early, libraryPath, access] {
        try {
            early.emplace(duizhao::openLibrary(libraryPath, access));
        } catch (...) {
            // The window opens it again, says what is wrong and offers the last backup.
        }
    });
    QFontDatabase::families();
    QApplication::setFont(withChineseFallback(QApplication::font()));

    MainWindow window;
    opening.join(); // the connection is this thread's from here on
    bool opened =
        early ? window.adoptLibrary(libraryPath, std::move(*early), access) : window.openLibrary(libraryPath, access);
    if (!opened && !libraryPath.isEmpty() && !parser.isSet(dbOption))
        opened = window.openLibrary(QString()); // the remembered library is gone: fall back to the user's own
    if (unattended && !opened)
        return 1;
    window.restoreSession();

    if (parser.isSet(screenshotsOption)) {
        for (const QString &file : renderScreenshots(window, parser.value(screenshotsOption)))
            std::printf("%s\n", qPrintable(file));
        return 0;
    }
    if (parser.isSet(startupOption) || parser.isSet(smokeOption)) {
        // The first frame shows the reader, or, in a library without papers, the page over it.
        auto *firstPaint = new FirstPaint(clock, window, parser.isSet(startupOption));
        window.reader()->viewport()->installEventFilter(firstPaint);
        window.emptyLibraryPage()->installEventFilter(firstPaint);
    }

    window.show();
    if (!papers.isEmpty())
        window.importFiles(papers);
    return app.exec();
}
