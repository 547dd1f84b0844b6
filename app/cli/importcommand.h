#pragma once

#include "command.h"
#include "library/paperimporter.h"

namespace duizhao::cli {

// import FILE… — reads and stores the files one after the other, in one transaction: a bad file in
// a batch, or Ctrl+C (exit 130), leaves the library exactly as it was.
class ImportCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("import"); }
    QString summary() const override;
    void configure(QCommandLineParser &parser) const override;
    int run(CommandContext &context, const QCommandLineParser &parser) const override;

    // "1,203 of 5,000 files, 80 of 333 MB" (megabytes of 10^6 bytes).
    static QString progressLine(const ImportProgress &state);
};

} // namespace duizhao::cli
