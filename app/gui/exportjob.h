#pragma once

#include "export/pdfexportoptions.h"
#include "library/library.h"

#include <QFutureWatcher>
#include <QObject>

class QProgressDialog;
class QWidget;

namespace duizhao::gui {

// What an export job writes: the PDF, or the XFDF that places the marks on that PDF's pages
// (which needs the same layout, so it takes as long).
enum class ExportFormat
{
    Pdf,
    Xfdf
};

struct ExportOutcome
{
    ExportFormat format = ExportFormat::Pdf;
    QString path;
    QString error; // empty: written
    bool cancelled = false;
};

// Writes a PDF or its XFDF off the UI thread, with a progress dialog that can cancel it. What the
// export reads is collected beforehand on the UI thread (the library lives there); the worker
// only lays out and writes, into a temporary file renamed at the end.
class ExportJob final : public QObject
{
    Q_OBJECT

public:
    ExportJob(ExportFormat format, PdfExportInput input, PdfExportOptions options, QString path, QWidget *parent);
    void start();
    bool isRunning() const;
    void waitForFinished();
    void cancel();

    // What the worker does; throws Error(Cancelled) when progress returns false.
    static void run(ExportFormat format, const PdfExportInput &input, const PdfExportOptions &options,
                    const QString &path, const Progress &progress);

signals:
    void finished(const duizhao::gui::ExportOutcome &outcome);

private:
    ExportFormat m_format;
    PdfExportInput m_input;
    PdfExportOptions m_options;
    QString m_path;
    QWidget *m_parent;
    QFutureWatcher<ExportOutcome> m_watcher;
    QProgressDialog *m_progress = nullptr;
};

} // namespace duizhao::gui
