#include "command.h"

#include "error.h"
#include "library/openlibrary.h"
#include "storage/backups.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace duizhao::cli {

CommandContext::CommandContext(QString dbPath, bool json, QIODevice &out, QIODevice &err)
    : m_dbPath(std::move(dbPath))
    , m_json(json)
    , m_outDevice(out)
    , m_out(&out)
    , m_err(&err)
{}

CommandContext::~CommandContext() = default;

void CommandContext::printJson(const QJsonValue &value)
{
    m_out.flush();
    QJsonDocument document;
    if (value.isArray())
        document.setArray(value.toArray());
    else
        document.setObject(value.toObject());
    m_outDevice.write(document.toJson(QJsonDocument::Indented));
}

void CommandContext::writeBytes(const QByteArray &bytes)
{
    m_out.flush();
    m_outDevice.write(bytes);
}

Library &CommandContext::library()
{
    if (!m_library) {
        OpenedLibrary opened;
        try {
            opened = openLibrary(m_dbPath);
        } catch (const Error &error) {
            const std::optional<BackupInfo> backup = Backups::latest(libraryPath());
            if (error.kind() != Error::Kind::Damaged || !backup)
                throw;
            throw Error(error.kind(),
                        tr("%1\nThe last automatic backup is %2 (%3). Restore it with:\n  duizhao-cli --db %4 backups "
                           "--restore latest")
                            .arg(error.message(), backup->path, backup->created.toString(Qt::ISODate), libraryPath()),
                        error.file(), error.line());
        }
        if (opened.bundledDocumentId > 0) {
            m_err << tr("Created the library %1 with the bundled paper in it.").arg(opened.library->path()) << Qt::endl;
        }
        m_library = std::move(opened.library);
    }
    return *m_library;
}

QString CommandContext::libraryPath() const
{
    return m_dbPath.isEmpty() ? Library::defaultPath() : m_dbPath;
}

qint64 CommandContext::documentId(const QCommandLineParser &parser)
{
    Library &lib = library();
    if (parser.isSet(QStringLiteral("doc"))) {
        bool ok = false;
        const qint64 id = parser.value(QStringLiteral("doc")).toLongLong(&ok);
        if (!ok || id <= 0 || !lib.document(id)) {
            throw Error(Error::Kind::Usage, tr("there is no document %1 in the library (see: duizhao-cli list)")
                                                .arg(parser.value(QStringLiteral("doc"))));
        }
        return id;
    }
    const qint64 id = lib.defaultDocumentId();
    if (id == 0)
        throw Error(Error::Kind::Usage, tr("the library has no papers yet; import one with: duizhao-cli import FILE"),
                    lib.path());
    return id;
}

void Command::addDocumentOption(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("doc"), tr("The document to use (default: the only or first one)."), tr("ID")});
}

} // namespace duizhao::cli

namespace duizhao::cli {

void Command::addDrawingOptions(QCommandLineParser &parser, const QString &what)
{
    parser.addOption({QStringLiteral("svg"), tr("Draw %1 as SVG into FILE.").arg(what), tr("FILE")});
    parser.addOption({QStringLiteral("png"), tr("Draw %1 as PNG into FILE.").arg(what), tr("FILE")});
    parser.addOption({QStringLiteral("lang"), tr("The drawing's language: en (default) or zh."), tr("LANG")});
    parser.addOption({QStringLiteral("dark"), tr("Draw for a dark background.")});
    parser.addOption({QStringLiteral("scale"), tr("PNG pixels per point (default 2)."), tr("N")});
}

bool Command::asksForImage(const QStringList &args)
{
    return std::any_of(args.begin(), args.end(), [](const QString &a) {
        return a == u"--svg" || a == u"--png" || a.startsWith(u"--svg=") || a.startsWith(u"--png=");
    });
}

Lang Command::langOption(const QCommandLineParser &parser)
{
    const QString lang = parser.value(QStringLiteral("lang"));
    if (lang.isEmpty() || lang == u"en")
        return Lang::En;
    if (lang == u"zh")
        return Lang::Zh;
    throw Error(Error::Kind::Usage, tr("--lang must be en or zh"));
}

qreal Command::scaleOption(const QCommandLineParser &parser)
{
    if (!parser.isSet(QStringLiteral("scale")))
        return 2.0;
    bool ok = false;
    const qreal scale = parser.value(QStringLiteral("scale")).toDouble(&ok);
    if (!ok || scale < 0.25 || scale > 8)
        throw Error(Error::Kind::Usage, tr("--scale must be a number from 0.25 to 8"));
    return scale;
}

} // namespace duizhao::cli
