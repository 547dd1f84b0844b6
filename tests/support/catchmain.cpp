// Catch2 runner for non-GUI tests: a QCoreApplication exists, so Qt resources, QStandardPaths and
// QProcess behave as in the programs.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include "appidentity.h"

#include <QCoreApplication>
#include <QStandardPaths>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    duizhao::applyApplicationIdentity();
    // Never touch the real user's library or settings.
    QStandardPaths::setTestModeEnabled(true);
    return Catch::Session().run(argc, argv);
}
