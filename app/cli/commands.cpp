#include "annotatecommand.h"
#include "annotationscommand.h"
#include "backupscommand.h"
#include "citationscommand.h"
#include "exportannotationscommand.h"
#include "exportpdfcommand.h"
#include "importannotationscommand.h"
#include "importcommand.h"
#include "listcommand.h"
#include "notescommand.h"
#include "searchcommand.h"
#include "showcommand.h"
#include "statscommand.h"
#include "treecommand.h"

namespace duizhao::cli {

QList<const Command *> allCommands()
{
    static const ImportCommand importCommand;
    static const ListCommand listCommand;
    static const StatsCommand statsCommand;
    static const TreeCommand treeCommand;
    static const ShowCommand showCommand;
    static const SearchCommand searchCommand;
    static const CitationsCommand citationsCommand;
    static const NotesCommand notesCommand;
    static const AnnotateCommand annotateCommand;
    static const AnnotationsCommand annotationsCommand;
    static const ExportAnnotationsCommand exportAnnotationsCommand;
    static const ImportAnnotationsCommand importAnnotationsCommand;
    static const ExportPdfCommand exportPdfCommand;
    static const BackupsCommand backupsCommand;
    return {&importCommand,
            &listCommand,
            &statsCommand,
            &treeCommand,
            &showCommand,
            &searchCommand,
            &citationsCommand,
            &notesCommand,
            &annotateCommand,
            &annotationsCommand,
            &exportAnnotationsCommand,
            &importAnnotationsCommand,
            &exportPdfCommand,
            &backupsCommand};
}

} // namespace duizhao::cli
