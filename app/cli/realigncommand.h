#pragma once

#include "command.h"

namespace duizhao::cli {

// Writes a stored paper's alignment as Duizhao's text (AlignedText), to check or edit in any
// text editor and give back to `realign --from`.
class ExportAlignedCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("export-aligned"); }
    QString summary() const override;
    void configure(QCommandLineParser &parser) const override;
    int run(CommandContext &context, const QCommandLineParser &parser) const override;
};

// Re-aligns a stored paper: from a file the user edited, or by aligning its paragraphs anew.
// Annotations stay on their words; search, citations and framework links are rebuilt.
class RealignCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("realign"); }
    QString summary() const override;
    void configure(QCommandLineParser &parser) const override;
    int run(CommandContext &context, const QCommandLineParser &parser) const override;
};

} // namespace duizhao::cli
