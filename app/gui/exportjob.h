#pragma once

#include "export/pdfexportoptions.h"

#include <QFutureWatcher>
#include <QObject>

class QProgressDialog;
class QWidget;

namespace duizhao::gui {

struct ExportOutcome
{
    QString path;
    QString error; // empty: written
    bool cancelled = false;
};

// Writes a PDF off the UI thread, with a progress dialog that can cancel it. What the export
// reads is collected beforehand on the UI thread (the library lives there); the worker only
// lays out and writes, into a temporary file renamed at the end.
class ExportJob final : public QObject
{
    Q_OBJECT

public:
    ExportJob(PdfExportInput input, PdfExportOptions options, QString path, QWidget *parent);
    void start();
    bool isRunning() const;
    void waitForFinished();
    void cancel();

signals:
    void finished(const duizhao::gui::ExportOutcome &outcome);

private:
    PdfExportInput m_input;
    PdfExportOptions m_options;
    QString m_path;
    QWidget *m_parent;
    QFutureWatcher<ExportOutcome> m_watcher;
    QProgressDialog *m_progress = nullptr;
};

} // namespace duizhao::gui
