#include "studyexport.h"

#include "error.h"
#include "export/csv.h"
#include "study/ankinotes.h"
#include "study/ankipackage.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

namespace duizhao {

namespace {

using namespace Qt::Literals::StringLiterals;

QString tsv(const QString &field)
{
    // Fields are HTML already (line breaks are <br>); a tab would end the field.
    QString out = field;
    out.replace(u'\t', u' ');
    out.replace(u'\n', u' ');
    out.replace(u'\r', u' ');
    return out;
}

QString number(double value)
{
    return QString::number(value, 'f', 4);
}

} // namespace

void StudyExport::writeAnkiPackage(const QString &path, const QList<StudyCard> &cards, const Paper &paper,
                                   const QDateTime &exportedAt, const Progress &progress)
{
    write(path, QStringLiteral("the Anki package"),
          [&] { return AnkiPackage::build(AnkiNotes::fromCards(cards, paper, true), paper, exportedAt, progress); });
}

QByteArray StudyExport::ankiText(const QList<StudyCard> &cards, const Paper &paper)
{
    const AnkiNoteType &type = AnkiNotes::questionType();
    QStringList lines = {u"#separator:tab"_s,
                         u"#html:true"_s,
                         u"#notetype:"_s + type.name,
                         u"#deck:"_s + AnkiNotes::paperDeck(paper),
                         u"#columns:"_s + (type.fields + QStringList{u"Tags"_s, u"GUID"_s}).join(u'\t'),
                         u"#tags column:%1"_s.arg(type.fields.size() + 1),
                         u"#guid column:%1"_s.arg(type.fields.size() + 2)};
    for (const AnkiNote &note : AnkiNotes::fromCards(cards, paper, false)) {
        QStringList row;
        for (const QString &field : note.fields)
            row.append(tsv(field));
        row.append(note.tags.join(u' '));
        row.append(note.guid);
        lines.append(row.join(u'\t'));
    }
    return (lines.join(u'\n') + u'\n').toUtf8();
}

QByteArray StudyExport::csv(const QList<StudyCard> &cards)
{
    QByteArray out = Csv::bom();
    out += Csv::row({u"id"_s,    u"deck"_s,      u"kind"_s,       u"key"_s,       u"question"_s,
                     u"hint"_s,  u"answer"_s,    u"english"_s,    u"chinese"_s,   u"details"_s,
                     u"units"_s, u"level"_s,     u"tags"_s,       u"suspended"_s, u"phase"_s,
                     u"due"_s,   u"stability"_s, u"difficulty"_s, u"reps"_s,      u"lapses"_s});
    for (const StudyCard &c : cards) {
        QStringList units;
        for (int seq : c.units)
            units.append(QString::number(seq));
        const CardSchedule &s = c.schedule;
        out += Csv::row({QString::number(c.id),
                         deckCode(c.deck),
                         c.kind,
                         c.key,
                         c.prompt,
                         c.hint,
                         c.answer,
                         c.english,
                         c.chinese,
                         c.details,
                         units.join(u' '),
                         levelCode(c.level),
                         c.tags.join(u' '),
                         suspensionCode(c.suspension),
                         phaseCode(s.phase),
                         s.due.isValid() ? s.due.toString(Qt::ISODate) : QString(),
                         s.memory ? number(s.memory->stability) : QString(),
                         s.memory ? number(s.memory->difficulty) : QString(),
                         QString::number(s.reps),
                         QString::number(s.lapses)});
    }
    return out;
}

void StudyExport::writeFile(const QString &path, const QByteArray &bytes, const QString &what)
{
    write(path, what, [&] { return bytes; });
}

void StudyExport::write(const QString &path, const QString &what, const std::function<QByteArray()> &make)
{
    const QFileInfo info(path);
    if (info.isDir())
        throw Error(Error::Kind::Usage, QStringLiteral("is a folder; name the file for %1").arg(what), path);
    if (!info.absoluteDir().exists())
        throw Error(Error::Kind::Io, QStringLiteral("cannot write %1: the folder does not exist").arg(what), path);
    // Open the target before the work, so a folder we cannot write to fails at once.
    QSaveFile file(path);
    file.setDirectWriteFallback(false);
    if (!file.open(QIODevice::WriteOnly))
        throw Error(Error::Kind::Io, QStringLiteral("cannot write %1: %2").arg(what, file.errorString()), path);
    const QByteArray bytes = make(); // on an Error, ~QSaveFile removes its temporary file
    if (file.write(bytes) != bytes.size() || !file.commit()) {
        const QString reason = file.errorString();
        file.cancelWriting();
        throw Error(Error::Kind::Io,
                    QStringLiteral("cannot write %1 (%2); is the disk full? No file was written").arg(what, reason),
                    path);
    }
}

} // namespace duizhao
