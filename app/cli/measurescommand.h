#pragma once

#include "command.h"

namespace duizhao::cli {

class MeasuresCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("measures"); }
    QString summary() const override;
    void configure(QCommandLineParser &parser) const override;
    int run(CommandContext &context, const QCommandLineParser &parser) const override;
};

} // namespace duizhao::cli
