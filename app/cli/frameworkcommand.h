#pragma once

#include "command.h"

namespace duizhao::cli {

class FrameworkCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("framework"); }
    QString summary() const override;
    void configure(QCommandLineParser &parser) const override;
    int run(CommandContext &context, const QCommandLineParser &parser) const override;
    bool needsGui(const QStringList &args) const override;
};

} // namespace duizhao::cli
