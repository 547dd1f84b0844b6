#pragma once

#include "command.h"
#include "export/pdfexportoptions.h"

namespace duizhao::cli {

class ExportPdfCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("export-pdf"); }
    QString summary() const override;
    void configure(QCommandLineParser &parser) const override;
    int run(CommandContext &context, const QCommandLineParser &parser) const override;
    bool needsGui(const QStringList &) const override { return true; }

    // The layout options export-pdf and export-annotations --xfdf share.
    static void addLayoutOptions(QCommandLineParser &parser);
    static PdfExportOptions layoutOptions(const QCommandLineParser &parser);
};

} // namespace duizhao::cli
