#pragma once

#include <cstddef>
#include <cstdint>

// What each fuzz target does with one input. Shared by the libFuzzer targets (tests/fuzz,
// built with clang) and by the regression test in the normal suite, which replays every saved
// input (tests/fixtures/fuzz/<target>/) through the same functions. Each must return normally:
// bad input is reported with duizhao::Error, never by a crash, a hang or an SQL error.
namespace duizhao::fuzz {

void importer(const std::uint8_t *data, std::size_t size);    // PaperReader::parseBytes
void citations(const std::uint8_t *data, std::size_t size);   // findCitations, findFootnotes, parseNumbering
void search(const std::uint8_t *data, std::size_t size);      // SearchQuery, FTS5 MATCH, Highlighter
void annotations(const std::uint8_t *data, std::size_t size); // AnnotationJson::importBytes
void htmlSource(const std::uint8_t *data, std::size_t size);  // HtmlSourceReader::read (a saved web page)
void pdfSource(const std::uint8_t *data, std::size_t size);   // PdfSourceReader::read (Poppler)

} // namespace duizhao::fuzz
