#pragma once

#include "framework/frameworkdata.h"
#include "text/textfilecheck.h"

#include <QByteArray>
#include <QString>

namespace duizhao {

// Reads and validates a paper's curated data: framework.json, measures.json and glossary.json in
// one folder (or under a ":/framework/<paper>" resource prefix). Anything wrong throws
// Error(Data) naming the file, the line and the entry:
//   measures.json:212: measure "chips-act": "level" must be one of power|order|values|dilemmas|countermeasures
// Checks here are about the data alone; whether its anchors and names occur in the paper is
// FrameworkLinker's job.
class FrameworkDataReader final
{
public:
    // The files we ship are under 60 KB; anything past this is not a data file.
    static constexpr qint64 MaxFileSize = 2 * 1024 * 1024;
    static constexpr TextFileCheck::Kind FileKind{"a framework data file", MaxFileSize};
    // The format version this program reads (the "schema" key of every file).
    static constexpr int SchemaVersion = 1;

    struct Source
    {
        QString path; // named in messages
        QByteArray bytes;
    };

    static FrameworkData readFolder(const QString &folder);
    // The hash readFolder's data would carry (FrameworkData::hash), from the files' bytes alone.
    static QByteArray folderHash(const QString &folder);
    static FrameworkData parse(const Source &framework, const Source &measures, const Source &glossary);

    // The allowed values, for the CLI's help and the GUI's editors.
    static QStringList nodeKinds();
    static QStringList relationKinds();
    static QStringList measureKinds();
};

} // namespace duizhao
