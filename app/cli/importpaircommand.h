#pragma once

#include "align/alignmentdraft.h"
#include "command.h"

namespace duizhao::cli {

// A translation and its original in two files: what `import --en FILE --zh FILE` and `align`
// share. ImportCommand hands over to runImportPair() when --en or --zh is given, so `import FILE`
// stays as it was.
class ImportPair final
{
    Q_DECLARE_TR_FUNCTIONS(ImportPair)

public:
    // --en, --zh, --title-en, --title-zh, --authors, --year, --url.
    static void addOptions(QCommandLineParser &parser);
    static bool asked(const QCommandLineParser &parser);

    // Reads and aligns the two files (AlignmentDrafter), with progress on stderr when asked.
    // Throws Error(Usage) for missing or malformed options, Error(Data) naming the file for bad
    // input, Error(Cancelled) on Ctrl+C.
    static AlignmentDraft draft(CommandContext &context, const QCommandLineParser &parser, bool progress);

    // import --en --zh: aligns, then stores through PaperImporter in one transaction.
    static int runImport(CommandContext &context, const QCommandLineParser &parser, bool progress);

    // While one lives, Ctrl+C (SIGINT) does not end the program at once: cancelled() turns true
    // and the work in progress stops at its next progress report, leaving the library as it was.
    class InterruptGuard final
    {
    public:
        InterruptGuard();
        ~InterruptGuard();
        InterruptGuard(const InterruptGuard &) = delete;
        InterruptGuard &operator=(const InterruptGuard &) = delete;
        static bool cancelled();
    };

    static constexpr int ExitCancelled = 130; // what a shell reports for a program ended by Ctrl+C
};

} // namespace duizhao::cli
