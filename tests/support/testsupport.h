#pragma once

// Helpers shared by the test programs: fixture paths, temporary files, a fingerprint of a whole
// library file (to prove a failed operation changed nothing), and Catch2 printing of Qt strings.

#include "annotations/annotation.h"
#include "model/paper.h"
#include "support/testpapers.h"

#include <QByteArray>
#include <QString>
#include <QTemporaryDir>

#include <functional>

#include <catch2/catch.hpp>

namespace Catch {
template<>
struct StringMaker<QString>
{
    static std::string convert(const QString &s) { return '"' + s.toStdString() + '"'; }
};
template<>
struct StringMaker<QByteArray>
{
    static std::string convert(const QByteArray &b) { return '"' + b.toStdString() + '"'; }
};
} // namespace Catch

namespace duizhao {
class AnnotationStore;
}

namespace duizhao::test {

QString sourceDir();                      // the repository's top level
QString fixture(const QString &relative); // tests/fixtures/<relative>
QByteArray readFile(const QString &path);
void writeFile(const QString &path, const QByteArray &bytes);
QByteArray bundledSource(); // resources/technology-power.txt as bytes

// Every row of every ordinary table, in a stable order, hashed: equal fingerprints mean the
// library holds exactly the same data.
QByteArray libraryFingerprint(const QString &path);

// The unit whose English text contains `needle`; fails the test if none or several do.
const Unit &unitWithEnglish(const Paper &paper, QStringView needle);
const Unit &unitWithChinese(const Paper &paper, QStringView needle);

// Stores a highlight of `words`, which must occur exactly once in unit `seq`'s text of `lang`.
Annotation markWords(AnnotationStore &store, const Paper &paper, qint64 documentId, int seq, Lang lang,
                     const QString &words, const QString &color = {}, const QString &note = {},
                     const QStringList &tags = {});

// One bad input for an importer: its file name, bytes, part of the expected message, and the line
// the message must name (0: no line is checked).
struct BadFile
{
    const char *name;
    QByteArray bytes;
    const char16_t *expected;
    int line;
};
// Writes each bad file into `dir` and checks that `import` refuses it with Error(Data) naming the
// file, the expected words and the line.
void checkRefused(const QString &dir, const QList<BadFile> &bads, const std::function<void(const QString &)> &import);

// Runs a program to its end: exit code (-1 for a crash), standard output and error.
struct ProcessResult
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};
ProcessResult runProcess(const QString &program, const QStringList &args);

// A tmpfs mounted on a temporary folder while it lives: "ro,size=1m" is a folder even root cannot
// write to, "size=64k" a disk that fills. `mounted` is false where mounting is not permitted.
struct TmpfsMount
{
    QTemporaryDir dir;
    bool mounted = false;
    explicit TmpfsMount(const QString &options);
    ~TmpfsMount();
};

// While it lives, collects what Qt warns about: QAbstractItemModelTester in Warning mode reports
// through qWarning. check() fails the test if anything was reported.
class ModelTesterGuard final
{
public:
    ModelTesterGuard();
    ~ModelTesterGuard();
    void check() const;

private:
    QtMessageHandler m_previous;
};

// Text as the search tokenizer compares it: lower case, full width folded, spaces between Han
// characters removed. The reference for "does this unit contain the query" in full-scan checks.
QString searchNormalised(QStringView text);

} // namespace duizhao::test
