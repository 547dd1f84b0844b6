// Catch2 runner for tests that lay out text (PDF export): fonts need a QGuiApplication, which runs on
// the offscreen platform so that no display is needed.
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
