#pragma once

#include "model/paper.h"

#include <QString>

#include <functional>

namespace duizhao {

// Where a paper comes from, read only when an import gets to it: a UTF-8 text file, bytes already
// in memory (the bundled paper), or any other reader that produces a Paper — a translation and its
// original in two files, aligned into one paper, is one more such source, not another import path.
class PaperSource final
{
public:
    // `name` is what messages and results call the source (a path, a file name); `size` is the
    // bytes it reads, for progress (0: unknown); `read` throws Error naming the file and the line.
    PaperSource(QString name, qint64 size, std::function<Paper()> read);

    static PaperSource file(const QString &path);
    static PaperSource bytes(const QByteArray &bytes, const QString &name);
    static PaperSource bundled();

    const QString &name() const { return m_name; }
    qint64 size() const { return m_size; }
    Paper read() const { return m_read(); }

private:
    QString m_name;
    qint64 m_size = 0;
    std::function<Paper()> m_read;
};

} // namespace duizhao
