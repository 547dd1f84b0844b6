#pragma once

#include "command.h"

namespace duizhao::cli {

// align --en FILE --zh FILE: pairs the paragraphs of a translation and its original and writes
// the result as Duizhao's interleaved text (to check or edit, then `import FILE`); --json
// describes every link and what decided it. Writes nothing to the library.
class AlignCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("align"); }
    QString summary() const override;
    void configure(QCommandLineParser &parser) const override;
    int run(CommandContext &context, const QCommandLineParser &parser) const override;
};

} // namespace duizhao::cli
