#include "corpus.h"

#include "bundledpaper.h"
#include "import/numbering.h"
#include "text/script.h"

#include <QList>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>
#include <QString>
#include <QStringList>

namespace duizhao::bench {

namespace {

struct Vocabulary
{
    QStringList words;
    QString han;
};

const Vocabulary &vocabulary()
{
    static const Vocabulary v = [] {
        Vocabulary vocab;
        const QString text = QString::fromUtf8(BundledPaper::bytes());
        QSet<QString> words;
        static const QRegularExpression word(QStringLiteral("\\b[a-z]{4,}\\b"));
        for (auto it = word.globalMatch(text); it.hasNext();)
            words.insert(it.next().captured(0));
        vocab.words = QStringList(words.begin(), words.end());
        vocab.words.sort();
        QSet<QChar> han;
        for (const QChar ch : text) {
            if (script::isHan(ch.unicode()))
                han.insert(ch);
        }
        QList<QChar> sorted(han.begin(), han.end());
        std::sort(sorted.begin(), sorted.end());
        for (const QChar ch : sorted)
            vocab.han += ch;
        return vocab;
    }();
    return v;
}

} // namespace

QByteArray variantPaper(int index)
{
    const Vocabulary &vocab = vocabulary();
    QRandomGenerator random(quint32(index) * 2654435761u + 1);
    QStringList lines = QString::fromUtf8(BundledPaper::bytes()).split(u'\n');
    // A title of its own, so each paper is a paper of its own (content hash).
    lines[0] += QStringLiteral(" (variant %1)").arg(index);
    static const QRegularExpression word(QStringLiteral("\\b[a-z]{4,}\\b"));
    for (qsizetype i = 5; i + 2 < lines.size(); ++i) {
        QString &line = lines[i];
        if (line.trimmed().isEmpty() || parseNumbering(line, Lang::En) || parseNumbering(line, Lang::Zh))
            continue; // headings and numbered points keep their structure
        if (script::isMostlyChinese(line)) {
            for (QChar &ch : line) {
                if (script::isHan(ch.unicode()) && random.bounded(12) == 0)
                    ch = vocab.han[random.bounded(int(vocab.han.size()))];
            }
        } else {
            QString out;
            qsizetype last = 0;
            for (auto it = word.globalMatch(line); it.hasNext();) {
                const QRegularExpressionMatch m = it.next();
                out += QStringView(line).mid(last, m.capturedStart(0) - last);
                out += random.bounded(12) == 0 ? vocab.words[random.bounded(int(vocab.words.size()))] : m.captured(0);
                last = m.capturedEnd(0);
            }
            out += QStringView(line).mid(last);
            line = out;
        }
    }
    return lines.join(u'\n').toUtf8();
}

} // namespace duizhao::bench
