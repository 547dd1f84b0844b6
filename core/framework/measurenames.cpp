#include "measurenames.h"

#include "framework/frameworkdata.h"

#include <QRegularExpression>
#include <QStringList>

namespace duizhao {

namespace {

bool isFunctionWord(const QString &word)
{
    static const QStringList words = {
        QStringLiteral("a"),     QStringLiteral("an"),   QStringLiteral("and"),  QStringLiteral("at"),
        QStringLiteral("by"),    QStringLiteral("for"),  QStringLiteral("from"), QStringLiteral("in"),
        QStringLiteral("of"),    QStringLiteral("on"),   QStringLiteral("or"),   QStringLiteral("over"),
        QStringLiteral("the"),   QStringLiteral("to"),   QStringLiteral("with"), QStringLiteral("against"),
        QStringLiteral("under"), QStringLiteral("into"),
    };
    return words.contains(word, Qt::CaseInsensitive);
}

// Kinds whose every measure is one document or one body, however the text writes its name.
bool isNamingKind(const QString &kind)
{
    static const QStringList kinds = {
        QStringLiteral("law"),       QStringLiteral("bill"),         QStringLiteral("agreement"),
        QStringLiteral("statement"), QStringLiteral("report"),       QStringLiteral("executive-strategy"),
        QStringLiteral("agency"),    QStringLiteral("organization"),
    };
    return kinds.contains(kind);
}

bool hasProperEnglishName(const QString &name)
{
    // Words are split at spaces, hyphens and slashes: "U.S.-Japan", "Indo-Pacific", "Trade/Technology".
    static const QRegularExpression separators(QStringLiteral("[\\s\\-/–—]+"));
    static const QRegularExpression edges(QStringLiteral("^[^\\w]+|[^\\w.]+$"));
    QStringList words;
    for (QString word : name.split(separators, Qt::SkipEmptyParts)) {
        word.remove(edges);
        if (!word.isEmpty())
            words.append(word);
    }
    if (words.isEmpty())
        return false;
    for (qsizetype i = 0; i < words.size(); ++i) {
        const QString &word = words[i];
        for (qsizetype k = 0; k < word.size(); ++k) {
            if (word[k].isDigit())
                return true;
            if (k > 0 && word[k].isUpper())
                return true; // CHIPS, CoRe, U.S.
        }
        if (i > 0 && word[0].isUpper() && !isFunctionWord(word))
            return true;
    }
    return words.size() == 1 && words.front()[0].isUpper();
}

} // namespace

bool isNamedMeasure(const QString &nameEn, const QString &nameZh, const QString &acronym, const QString &kind)
{
    if (!acronym.trimmed().isEmpty() || nameZh.contains(u'《'))
        return true;
    if (isNamingKind(kind))
        return true;
    return hasProperEnglishName(nameEn.trimmed());
}

bool isNamedMeasure(const Measure &measure)
{
    return isNamedMeasure(measure.nameEn, measure.nameZh, measure.acronym, measure.kind);
}

} // namespace duizhao
