// Every input a fuzzer ever found a crash, a hang or an invariant failure with is kept in
// tests/fixtures/fuzz/<target>/ and replayed here, through the same code the fuzz target runs.

#include "fuzzentries.h"
#include "support/testsupport.h"

#include <QDir>

using namespace duizhao;
using namespace duizhao::test;

namespace {
void replay(const QString &target, void (*entry)(const std::uint8_t *, std::size_t))
{
    const QDir folder(fixture(QStringLiteral("fuzz/") + target));
    const QStringList inputs = folder.entryList(QDir::Files);
    CHECK_FALSE(inputs.isEmpty()); // every target keeps at least its seed
    for (const QString &name : inputs) {
        INFO(target.toStdString() << "/" << name.toStdString());
        const QByteArray input = readFile(folder.filePath(name));
        entry(reinterpret_cast<const std::uint8_t *>(input.constData()), std::size_t(input.size()));
        SUCCEED();
    }
}
} // namespace

TEST_CASE("fuzz regressions: importer", "[fuzz]")
{
    replay(QStringLiteral("importer"), fuzz::importer);
}

TEST_CASE("fuzz regressions: citation and footnote finders", "[fuzz]")
{
    replay(QStringLiteral("citations"), fuzz::citations);
}

TEST_CASE("fuzz regressions: search queries", "[fuzz]")
{
    replay(QStringLiteral("search"), fuzz::search);
}

TEST_CASE("fuzz regressions: annotation files", "[fuzz]")
{
    replay(QStringLiteral("annotations"), fuzz::annotations);
}

TEST_CASE("fuzz regressions: saved web pages", "[fuzz]")
{
    replay(QStringLiteral("html_source"), fuzz::htmlSource);
}

TEST_CASE("fuzz regressions: PDFs", "[fuzz]")
{
    replay(QStringLiteral("pdf_source"), fuzz::pdfSource);
}
