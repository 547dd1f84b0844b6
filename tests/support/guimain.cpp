// Catch2 runner for the GUI tests: a QApplication on the offscreen platform, so the tests need
// no display, with settings in a temporary file and the user's library left alone.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include "appidentity.h"

#include <QApplication>
#include <QStandardPaths>

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    duizhao::applyApplicationIdentity();
    QStandardPaths::setTestModeEnabled(true);
    return Catch::Session().run(argc, argv);
}
