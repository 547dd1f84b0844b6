#pragma once

#include "command.h"

namespace duizhao::cli {

class GlossaryCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("glossary"); }
    QString summary() const override;
    void configure(QCommandLineParser &parser) const override;
    int run(CommandContext &context, const QCommandLineParser &parser) const override;
};

} // namespace duizhao::cli
