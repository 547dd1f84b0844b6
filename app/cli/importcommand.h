#pragma once

#include "command.h"

namespace duizhao::cli {

// import FILE… — reads every file first and stores them only if all are papers, in one
// transaction: a bad file in a batch leaves the library exactly as it was.
class ImportCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("import"); }
    QString summary() const override;
    void configure(QCommandLineParser &parser) const override;
    int run(CommandContext &context, const QCommandLineParser &parser) const override;
};

} // namespace duizhao::cli
