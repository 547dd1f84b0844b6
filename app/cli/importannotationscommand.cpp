#include "importannotationscommand.h"

#include "annotations/annotationjson.h"
#include "annotations/annotationstore.h"
#include "error.h"
#include "export/xfdf.h"
#include "text/textfilecheck.h"

#include <QJsonObject>

namespace duizhao::cli {

QString ImportAnnotationsCommand::summary() const
{
    return tr("Import annotations from a JSON or XFDF file written by Duizhao; marks already in the library are "
              "skipped.");
}

void ImportAnnotationsCommand::configure(QCommandLineParser &parser) const
{
    parser.addPositionalArgument(QStringLiteral("file"), tr("A .json or .xfdf file from export-annotations."),
                                 tr("FILE"));
}

int ImportAnnotationsCommand::run(CommandContext &context, const QCommandLineParser &parser) const
{
    const QStringList args = parser.positionalArguments();
    if (args.size() != 1)
        throw Error(Error::Kind::Usage, tr("import-annotations needs one FILE"));
    const QString &path = args.front();
    const QByteArray bytes = TextFileCheck::read(path, AnnotationJson::FileKind);
    AnnotationStore store(context.library());
    // XML starts with '<' (after an optional byte-order mark and spaces); everything else is read as JSON.
    const QByteArray head = bytes.left(64).trimmed();
    const bool xml = head.startsWith('<') || head.startsWith("\xEF\xBB\xBF<");
    const AnnotationImportResult result =
        xml ? Xfdf::importBytes(store, bytes, path) : AnnotationJson::importBytes(store, bytes, path);
    if (context.json()) {
        context.printJson(QJsonObject{{QStringLiteral("document"), result.documentId},
                                      {QStringLiteral("added"), result.added},
                                      {QStringLiteral("skipped"), result.skipped}});
        return 0;
    }
    context.out() << tr("%1: %2 annotations added to document %3, %4 already in the library")
                         .arg(path)
                         .arg(result.added)
                         .arg(result.documentId)
                         .arg(result.skipped)
                  << Qt::endl;
    return 0;
}

} // namespace duizhao::cli
