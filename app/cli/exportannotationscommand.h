#pragma once

#include "command.h"

namespace duizhao::cli {

class ExportAnnotationsCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("export-annotations"); }
    QString summary() const override;
    void configure(QCommandLineParser &parser) const override;
    int run(CommandContext &context, const QCommandLineParser &parser) const override;
    bool needsGui(const QStringList &arguments) const override;
};

} // namespace duizhao::cli
