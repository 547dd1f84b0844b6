#include "command.h"

#include "error.h"
#include "library/openlibrary.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

namespace duizhao::cli {

CommandContext::CommandContext(QString dbPath, bool json)
    : m_dbPath(std::move(dbPath))
    , m_json(json)
    , m_out(stdout)
    , m_err(stderr)
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
    const QByteArray bytes = document.toJson(QJsonDocument::Indented);
    std::fwrite(bytes.constData(), 1, std::size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

void CommandContext::writeBytes(const QByteArray &bytes)
{
    m_out.flush();
    std::fwrite(bytes.constData(), 1, std::size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

Library &CommandContext::library()
{
    if (!m_library) {
        OpenedLibrary opened = openLibrary(m_dbPath);
        if (opened.bundledDocumentId > 0) {
            m_err << tr("Created the library %1 with the bundled paper in it.").arg(opened.library->path()) << Qt::endl;
        }
        m_library = std::move(opened.library);
    }
    return *m_library;
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
