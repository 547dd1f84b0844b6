#include "textfilecheck.h"

#include "error.h"

#include <QFile>
#include <QFileInfo>

namespace duizhao {

namespace {

struct Position
{
    int line = 1;
    int column = 1;
};

Position positionOf(const QByteArray &bytes, qsizetype offset)
{
    Position p;
    for (qsizetype i = 0; i < offset && i < bytes.size(); ++i) {
        if (bytes[i] == '\n') {
            ++p.line;
            p.column = 1;
        } else if ((static_cast<unsigned char>(bytes[i]) & 0xC0) != 0x80) {
            ++p.column;
        }
    }
    return p;
}

// Returns the offset of the first byte that is not valid UTF-8, or -1. *truncated tells whether
// the file simply stops inside a character, the usual sign of a cut-off download.
qsizetype firstInvalidUtf8(const QByteArray &bytes, bool *truncated)
{
    *truncated = false;
    const auto *s = reinterpret_cast<const unsigned char *>(bytes.constData());
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    while (i < n) {
        const unsigned char c = s[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int length = 0;
        char32_t min = 0;
        if (c >= 0xC2 && c <= 0xDF) {
            length = 2;
            min = 0x80;
        } else if (c >= 0xE0 && c <= 0xEF) {
            length = 3;
            min = 0x800;
        } else if (c >= 0xF0 && c <= 0xF4) {
            length = 4;
            min = 0x10000;
        } else {
            return i;
        }
        char32_t cp = c & (0xFF >> (length + 1));
        for (int k = 1; k < length; ++k) {
            if (i + k >= n) {
                *truncated = true;
                return i;
            }
            if ((s[i + k] & 0xC0) != 0x80)
                return i;
            cp = (cp << 6) | (s[i + k] & 0x3F);
        }
        if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return i;
        i += length;
    }
    return -1;
}

// Files (and buffers) larger than a kind of file can be are refused before anything parses them.
void checkSize(qint64 size, const QString &sourceName, const TextFileCheck::Kind &kind)
{
    if (size <= kind.maxSize)
        return;
    throw Error(Error::Kind::Data,
                QStringLiteral("the file is %1 MB; %2 is text of at most %3 MB")
                    .arg(double(size) / (1024.0 * 1024.0), 0, 'f', 1)
                    .arg(QLatin1String(kind.what))
                    .arg(kind.maxSize / (1024 * 1024)),
                sourceName);
}

} // namespace

int TextFileCheck::lineAt(const QByteArray &bytes, qsizetype offset)
{
    return positionOf(bytes, offset).line;
}

QByteArray TextFileCheck::read(const QString &path, const Kind &kind)
{
    const QFileInfo info(path);
    if (!info.exists())
        throw Error(Error::Kind::Io, QStringLiteral("no such file"), path);
    if (info.isDir())
        throw Error(Error::Kind::Data, QStringLiteral("is a directory, not %1").arg(QLatin1String(kind.what)), path);
    checkSize(info.size(), path, kind);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw Error(Error::Kind::Io, QStringLiteral("cannot read: %1").arg(file.errorString()), path);
    // Read one byte past the limit: a file can grow between the size check and the read.
    const QByteArray bytes = file.read(kind.maxSize + 1);
    if (file.error() != QFileDevice::NoError)
        throw Error(Error::Kind::Io, QStringLiteral("cannot read: %1").arg(file.errorString()), path);
    checkSize(bytes.size(), path, kind);
    return bytes;
}

QString TextFileCheck::readText(const QString &path, const Kind &kind)
{
    return decode(read(path, kind), path, kind);
}

QString TextFileCheck::decode(const QByteArray &raw, const QString &sourceName, const Kind &kind)
{
    checkSize(raw.size(), sourceName, kind);
    if (raw.startsWith("\xFF\xFE") || raw.startsWith("\xFE\xFF")) {
        throw Error(Error::Kind::Data, QStringLiteral("the file is UTF-16 text; save it as UTF-8 and import it again"),
                    sourceName, 1);
    }
    QByteArray bytes = raw;
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3);

    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const auto c = static_cast<unsigned char>(bytes[i]);
        if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
            const Position p = positionOf(bytes, i);
            throw Error(Error::Kind::Data,
                        QStringLiteral("binary data (byte 0x%1 at column %2); %3 is UTF-8 text")
                            .arg(c, 2, 16, QLatin1Char('0'))
                            .arg(p.column)
                            .arg(QLatin1String(kind.what)),
                        sourceName, p.line);
        }
    }
    bool truncated = false;
    if (const qsizetype bad = firstInvalidUtf8(bytes, &truncated); bad >= 0) {
        const Position p = positionOf(bytes, bad);
        throw Error(Error::Kind::Data,
                    truncated ? QStringLiteral("the file ends in the middle of a character; it may be truncated")
                              : QStringLiteral("invalid UTF-8 (byte 0x%1 at column %2); save the file as UTF-8")
                                    .arg(static_cast<unsigned char>(bytes[bad]), 2, 16, QLatin1Char('0'))
                                    .arg(p.column),
                    sourceName, p.line);
    }
    QString text = QString::fromUtf8(bytes);
    if (text.trimmed().isEmpty())
        throw Error(Error::Kind::Data, QStringLiteral("the file is empty"), sourceName, 1);
    return text;
}

} // namespace duizhao
