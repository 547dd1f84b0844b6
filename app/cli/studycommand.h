#pragma once

#include "command.h"

namespace duizhao::cli {

// `study decks|cards|due|review|stats|export|settings`: study mode from a terminal. Listing,
// statistics and exports regenerate the paper's cards first (keeping their progress); review records
// one answer; every refusal (an unknown card, a rating that is not one of the four, a time before the
// card's last review) happens before anything is written.
class StudyCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("study"); }
    QString summary() const override;
    void configure(QCommandLineParser &parser) const override;
    int run(CommandContext &context, const QCommandLineParser &parser) const override;
};

} // namespace duizhao::cli
