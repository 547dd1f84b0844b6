#pragma once

#include "command.h"

namespace duizhao::cli {

// backups [--restore latest|FILE] — the library's automatic backups, and putting one back.
class BackupsCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("backups"); }
    QString summary() const override;
    void configure(QCommandLineParser &parser) const override;
    int run(CommandContext &context, const QCommandLineParser &parser) const override;
};

} // namespace duizhao::cli
