#include "aligncommand.h"
#include "annotatecommand.h"
#include "annotationscommand.h"
#include "backupscommand.h"
#include "citationscommand.h"
#include "exportannotationscommand.h"
#include "exportpdfcommand.h"
#include "frameworkcommand.h"
#include "glossarycommand.h"
#include "importannotationscommand.h"
#include "importcommand.h"
#include "listcommand.h"
#include "measurescommand.h"
#include "notescommand.h"
#include "realigncommand.h"
#include "refscommand.h"
#include "searchcommand.h"
#include "showcommand.h"
#include "statscommand.h"
#include "studycommand.h"
#include "table1command.h"
#include "timelinecommand.h"
#include "treecommand.h"

namespace duizhao::cli {

QList<const Command *> allCommands()
{
    static const ImportCommand importCommand;
    static const AlignCommand alignCommand;
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
    static const MeasuresCommand measuresCommand;
    static const GlossaryCommand glossaryCommand;
    static const Table1Command table1Command;
    static const FrameworkCommand frameworkCommand;
    static const TimelineCommand timelineCommand;
    static const RefsCommand refsCommand;
    static const StudyCommand studyCommand;
    static const ExportAlignedCommand exportAlignedCommand;
    static const RealignCommand realignCommand;
    return {&importCommand,
            &alignCommand,
            &listCommand,
            &statsCommand,
            &treeCommand,
            &showCommand,
            &searchCommand,
            &citationsCommand,
            &notesCommand,
            &exportAlignedCommand,
            &realignCommand,
            &measuresCommand,
            &glossaryCommand,
            &table1Command,
            &frameworkCommand,
            &timelineCommand,
            &refsCommand,
            &studyCommand,
            &annotateCommand,
            &annotationsCommand,
            &exportAnnotationsCommand,
            &importAnnotationsCommand,
            &exportPdfCommand,
            &backupsCommand};
}

} // namespace duizhao::cli
