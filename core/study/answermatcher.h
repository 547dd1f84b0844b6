#pragma once

#include <QString>
#include <QStringList>

namespace duizhao {

// Compares a typed answer with the accepted ones the way a teacher would: width (全角 ＡＢＣ and
// half-width ABC), case, spaces and punctuation (quotes, 《》, hyphens, full stops) do not count.
class AnswerMatcher final
{
public:
    static QString normalised(QStringView text);
    // True when `given` equals one of `accepted` once both are normalised; an empty answer never does.
    static bool matches(QStringView given, const QStringList &accepted);
};

} // namespace duizhao
