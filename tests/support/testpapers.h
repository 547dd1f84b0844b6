#pragma once

#include <QByteArray>

namespace duizhao::test {

// The bundled paper with its body repeated `times` times (title, summary and citation line once):
// a paper `times` times the size, for smoothness and speed checks. No Catch2 here, so the
// benchmarks can use it too.
QByteArray repeatedPaper(int times);

} // namespace duizhao::test
