// Catch2 runner for tests that draw text: a QGuiApplication on the offscreen platform (set by ctest's
// ENVIRONMENT, and here for a direct run), so fonts and QPainter work without a display.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include "appidentity.h"

#include <QGuiApplication>
#include <QStandardPaths>

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    duizhao::applyApplicationIdentity();
    QStandardPaths::setTestModeEnabled(true);
    return Catch::Session().run(argc, argv);
}
