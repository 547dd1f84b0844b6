#include "answermatcher.h"

namespace duizhao {

QString AnswerMatcher::normalised(QStringView text)
{
    // NFKC folds full-width letters, digits and punctuation to their ordinary forms (and ideographic
    // spaces to spaces), so what is left to drop is the same set in both scripts.
    const QString folded = text.toString().normalized(QString::NormalizationForm_KC).toCaseFolded();
    QString out;
    out.reserve(folded.size());
    for (const QChar c : folded) {
        if (c.isSpace() || c.isPunct() || c.category() == QChar::Symbol_Math || c.category() == QChar::Symbol_Other ||
            c.category() == QChar::Symbol_Modifier)
            continue;
        out.append(c);
    }
    return out;
}

bool AnswerMatcher::matches(QStringView given, const QStringList &accepted)
{
    const QString answer = normalised(given);
    if (answer.isEmpty())
        return false;
    for (const QString &option : accepted) {
        if (normalised(option) == answer)
            return true;
    }
    return false;
}

} // namespace duizhao
