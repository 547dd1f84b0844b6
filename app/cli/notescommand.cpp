#include "notescommand.h"

#include <QJsonArray>
#include <QJsonObject>

namespace duizhao::cli {

QString NotesCommand::summary() const
{
    return tr("List the alignment notes: places where the paper's two languages disagree.");
}

void NotesCommand::configure(QCommandLineParser &parser) const
{
    addDocumentOption(parser);
}

int NotesCommand::run(CommandContext &context, const QCommandLineParser &parser) const
{
    const Paper paper = context.library().loadPaper(context.documentId(parser));
    if (context.json()) {
        QJsonArray notes;
        for (const AlignmentNote &note : paper.notes) {
            notes.append(QJsonObject{{QStringLiteral("unit"), note.unitSeq},
                                     {QStringLiteral("kind"), note.kind},
                                     {QStringLiteral("message"), note.message},
                                     {QStringLiteral("en"), note.detailEn},
                                     {QStringLiteral("zh"), note.detailZh}});
        }
        context.printJson(notes);
        return 0;
    }
    if (paper.notes.isEmpty())
        context.out() << tr("The two languages agree everywhere the importer can check.") << Qt::endl;
    for (const AlignmentNote &note : paper.notes)
        context.out() << tr("unit %1").arg(note.unitSeq).leftJustified(9) << " " << note.kind.leftJustified(10) << " "
                      << note.message << Qt::endl;
    return 0;
}

} // namespace duizhao::cli
