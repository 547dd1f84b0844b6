#include "testsupport.h"

#include "annotations/annotationstore.h"
#include "error.h"
#include "text/script.h"

#include <QCryptographicHash>
#include <QFile>
#include <QProcess>

#include <sqlite3.h>

namespace duizhao::test {

QString sourceDir()
{
    return QStringLiteral(DUIZHAO_SOURCE_DIR);
}

QString fixture(const QString &relative)
{
    return sourceDir() + QStringLiteral("/tests/fixtures/") + relative;
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(file.write(bytes) == bytes.size());
}

QByteArray bundledSource()
{
    return readFile(sourceDir() + QStringLiteral("/resources/technology-power.txt"));
}

QByteArray libraryFingerprint(const QString &path)
{
    sqlite3 *db = nullptr;
    REQUIRE(sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QStringList tables;
    sqlite3_stmt *list = nullptr;
    // Shadow tables of the FTS index included: they hold the indexed text.
    REQUIRE(sqlite3_prepare_v2(db,
                               "SELECT name FROM sqlite_schema WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%' "
                               "ORDER BY name",
                               -1, &list, nullptr) == SQLITE_OK);
    while (sqlite3_step(list) == SQLITE_ROW)
        tables.append(QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(list, 0))));
    sqlite3_finalize(list);
    for (const QString &table : tables) {
        const QByteArray sql = QStringLiteral("SELECT * FROM \"%1\" ORDER BY 1, 2").arg(table).toUtf8();
        sqlite3_stmt *rows = nullptr;
        REQUIRE(sqlite3_prepare_v2(db, sql.constData(), -1, &rows, nullptr) == SQLITE_OK);
        hash.addData(table.toUtf8());
        while (sqlite3_step(rows) == SQLITE_ROW) {
            for (int c = 0; c < sqlite3_column_count(rows); ++c) {
                const auto *data = static_cast<const char *>(sqlite3_column_blob(rows, c));
                hash.addData(QByteArrayView(data, sqlite3_column_bytes(rows, c)));
                hash.addData("\x1f");
            }
            hash.addData("\x1e");
        }
        sqlite3_finalize(rows);
    }
    sqlite3_stmt *version = nullptr;
    sqlite3_prepare_v2(db, "PRAGMA user_version", -1, &version, nullptr);
    sqlite3_step(version);
    hash.addData(QByteArray::number(sqlite3_column_int(version, 0)));
    sqlite3_finalize(version);
    sqlite3_close(db);
    return hash.result().toHex();
}

namespace {
const Unit &unitWith(const Paper &paper, QStringView needle, bool english)
{
    const Unit *found = nullptr;
    int count = 0;
    for (const Unit &unit : paper.units) {
        if ((english ? unit.en : unit.zh).contains(needle)) {
            found = &unit;
            ++count;
        }
    }
    INFO("looking for " << needle.toString().toStdString());
    REQUIRE(count == 1);
    return *found;
}
} // namespace

const Unit &unitWithEnglish(const Paper &paper, QStringView needle)
{
    return unitWith(paper, needle, true);
}

const Unit &unitWithChinese(const Paper &paper, QStringView needle)
{
    return unitWith(paper, needle, false);
}

Annotation markWords(AnnotationStore &store, const Paper &paper, qint64 documentId, int seq, Lang lang,
                     const QString &words, const QString &color, const QString &note, const QStringList &tags)
{
    const QString &text = lang == Lang::En ? paper.units[seq - 1].en : paper.units[seq - 1].zh;
    const QList<int> at = AnnotationStore::occurrences(text, words);
    INFO("marking " << words.toStdString());
    REQUIRE(at.size() == 1);
    Annotation a;
    a.documentId = documentId;
    a.unitSeq = seq;
    a.lang = lang;
    a.start = at.front();
    a.length = int(words.size());
    a.color = color;
    a.note = note;
    a.tags = tags;
    return store.add(a);
}

void checkRefused(const QString &dir, const QList<BadFile> &bads, const std::function<void(const QString &)> &import)
{
    for (const BadFile &bad : bads) {
        INFO(bad.name);
        const QString path = dir + u'/' + QString::fromLatin1(bad.name);
        writeFile(path, bad.bytes);
        try {
            import(path);
            FAIL("no error for " << bad.name);
        } catch (const Error &error) {
            CHECK(error.kind() == Error::Kind::Data);
            CHECK(error.file() == path);
            CHECK(error.message().contains(QStringView(bad.expected)));
            if (bad.line > 0)
                CHECK(error.line() == bad.line);
        }
    }
}

ProcessResult runProcess(const QString &program, const QStringList &args)
{
    QProcess process;
    process.start(program, args);
    REQUIRE(process.waitForFinished(120000));
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, process.readAllStandardOutput(),
            process.readAllStandardError()};
}

QString searchNormalised(QStringView text)
{
    QString folded;
    script::forEachCodePoint(text, [&](char32_t c, qsizetype) {
        c = script::foldWidth(c);
        if (QChar::requiresSurrogates(c)) {
            folded += QChar(QChar::highSurrogate(c));
            folded += QChar(QChar::lowSurrogate(c));
        } else {
            folded += QChar(char16_t(c));
        }
    });
    folded = folded.toLower();
    QString out;
    for (qsizetype i = 0; i < folded.size(); ++i) {
        if (script::isSpace(folded[i].unicode()) && !out.isEmpty() && script::isHan(out.back().unicode())) {
            qsizetype j = i;
            while (j < folded.size() && script::isSpace(folded[j].unicode()))
                ++j;
            if (j < folded.size() && script::isHan(folded[j].unicode())) {
                i = j - 1;
                continue;
            }
        }
        out += folded[i];
    }
    return out;
}

namespace {

QStringList &testerWarnings()
{
    static QStringList warnings;
    return warnings;
}

void collectWarnings(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    if (type != QtDebugMsg && type != QtInfoMsg)
        testerWarnings().append(message);
}

} // namespace

TmpfsMount::TmpfsMount(const QString &options)
{
    mounted = runProcess(QStringLiteral("mount"), {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                                                   options, QStringLiteral("tmpfs"), dir.path()})
                  .exitCode == 0;
}

TmpfsMount::~TmpfsMount()
{
    if (mounted)
        QProcess::execute(QStringLiteral("umount"), {dir.path()});
}

ModelTesterGuard::ModelTesterGuard()
    : m_previous(qInstallMessageHandler(collectWarnings))
{
    testerWarnings().clear();
}

ModelTesterGuard::~ModelTesterGuard()
{
    qInstallMessageHandler(m_previous);
}

void ModelTesterGuard::check() const
{
    INFO(testerWarnings().join(u'\n').toStdString());
    CHECK(testerWarnings().isEmpty());
}

} // namespace duizhao::test
