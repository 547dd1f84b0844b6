#include "alignedtext.h"

#include "error.h"
#include "numbering.h"
#include "text/script.h"

#include <QRegularExpression>

namespace duizhao {

namespace {

constexpr QStringView Magic = u"#duizhao:";
constexpr QStringView EmptySide = u"—";
constexpr QStringView ParagraphBreak = u"¶";

const QRegularExpression &keyRe()
{
    static const QRegularExpression re(
        QStringLiteral("\\A#(?<key>[a-z][a-z-]*)(?: (?<kind>[a-z][a-z-]*))?:\\s?(?<value>.*)\\z"));
    return re;
}

bool isBlank(QStringView line)
{
    return std::all_of(line.begin(), line.end(), [](QChar ch) { return script::isSpace(ch.unicode()); });
}

// One line of the file, without its line break.
struct Line
{
    QStringView text;
    int number = 0;
};

QList<Line> linesOf(QStringView text)
{
    QList<Line> lines;
    qsizetype pos = 0;
    int number = 1;
    while (pos <= text.size()) {
        qsizetype end = text.indexOf(u'\n', pos);
        if (end < 0)
            end = text.size();
        qsizetype contentEnd = end;
        if (contentEnd > pos && text[contentEnd - 1] == u'\r')
            --contentEnd;
        lines.append({text.mid(pos, contentEnd - pos), number});
        pos = end + 1;
        ++number;
    }
    return lines;
}

// A block of one side: its text lines, with paragraph breaks as empty strings.
struct Block
{
    QStringList lines;
    int line = 0;
    bool empty = false; // "—": the side has no paragraph
};

QString oneLine(const QString &text)
{
    static const QRegularExpression breaks(QStringLiteral("[\\r\\n\\x{2028}\\x{2029}]+"));
    QString out = text;
    out.replace(breaks, QStringLiteral(" "));
    return out;
}

QString escaped(const QString &paragraph)
{
    const QString line = oneLine(paragraph);
    const QStringView trimmed = script::trimmed(line);
    if (line.startsWith(u'#') || line.startsWith(u'\\') || trimmed.isEmpty() || trimmed == EmptySide ||
        trimmed == ParagraphBreak)
        return u'\\' + line;
    return line;
}

void readAuthor(QStringView value, PaperMeta &meta)
{
    const qsizetype slash = value.indexOf(QStringLiteral(" / "));
    Author author;
    if (slash >= 0) {
        author.nameEn = script::simplified(value.left(slash));
        author.nameZh = script::simplified(value.mid(slash + 3));
    } else if (script::isMostlyChinese(value)) {
        author.nameZh = script::simplified(value);
    } else {
        author.nameEn = script::simplified(value);
    }
    if (!author.nameEn.isEmpty() || !author.nameZh.isEmpty())
        meta.authors.append(author);
}

QString sideText(const Block &block)
{
    // Paragraph breaks at either end mean nothing.
    QStringList lines = block.lines;
    while (!lines.isEmpty() && lines.front().isEmpty())
        lines.removeFirst();
    while (!lines.isEmpty() && lines.back().isEmpty())
        lines.removeLast();
    return lines.join(u'\n');
}

// A note's details quote the first paragraph of each side.
AlignmentNote noteFor(const duizhao::Unit &unit, const QString &kind, const QString &message)
{
    AlignmentNote note;
    note.unitSeq = unit.seq;
    note.kind = kind;
    note.message = message;
    note.detailEn = firstSentence(unit.en.section(QStringLiteral("\n\n"), 0, 0), Lang::En, 80);
    note.detailZh = firstSentence(unit.zh.section(QStringLiteral("\n\n"), 0, 0), Lang::Zh, 40);
    return note;
}

} // namespace

bool AlignedText::isAlignedText(QStringView text)
{
    return text.startsWith(Magic);
}

AlignedText::Contents AlignedText::read(QStringView text, const QString &sourceName)
{
    const QList<Line> lines = linesOf(text);
    Contents contents;
    PaperMeta &meta = contents.meta;
    auto fail = [&](const QString &message, int line) { throw Error(Error::Kind::Data, message, sourceName, line); };

    const QStringView versionText = script::trimmed(lines.front().text.mid(Magic.size()));
    bool ok = false;
    const int version = versionText.toInt(&ok);
    if (!ok || version < 1)
        fail(QStringLiteral("the first line must be \"#duizhao: %1\"").arg(Version), 1);
    if (version > Version)
        fail(QStringLiteral("the file is in a newer form of Duizhao's text (%1); this Duizhao reads form %2")
                 .arg(version)
                 .arg(Version),
             1);

    qsizetype i = 1;
    for (; i < lines.size() && lines[i].text.startsWith(u'#'); ++i) {
        const QRegularExpressionMatch m = keyRe().match(lines[i].text);
        if (!m.hasMatch())
            continue;
        const QString key = m.captured(u"key");
        const QString value = script::trimmed(m.capturedView(u"value")).toString();
        if (key == u"title-en") {
            meta.titleEn = value;
        } else if (key == u"title-zh") {
            meta.titleZh = value;
        } else if (key == u"summary-en") {
            meta.summaryEn = value;
        } else if (key == u"author") {
            readAuthor(value, meta);
        } else if (key == u"year") {
            meta.year = value.toInt(&ok);
            if (!ok || meta.year < 1000 || meta.year > 2999)
                fail(QStringLiteral("\"#year:\" must be a year such as 2023, not \"%1\"").arg(value), lines[i].number);
        } else if (key == u"original-date") {
            meta.originalDate = QDate::fromString(value, Qt::ISODate);
            if (!meta.originalDate.isValid())
                fail(QStringLiteral("\"#original-date:\" must be a date such as 2022-11-17, not \"%1\"").arg(value),
                     lines[i].number);
        } else if (key == u"publisher") {
            meta.publisher = value;
        } else if (key == u"url") {
            meta.url = value;
        } else if (key == u"citation") {
            meta.citation = value;
        }
    }

    // Blocks, and the notes with the number of the block they come before (or are inside).
    QList<Block> blocks;
    struct PendingNote
    {
        qsizetype block;
        QString kind;
        QString message;
    };
    QList<PendingNote> notes;
    bool open = false;
    for (; i < lines.size(); ++i) {
        const Line &line = lines[i];
        if (isBlank(line.text)) {
            open = false;
            continue;
        }
        if (line.text.startsWith(u'#')) {
            const QRegularExpressionMatch m = keyRe().match(line.text);
            if (m.hasMatch() && m.capturedView(u"key") == u"note") {
                const QString kind = m.hasCaptured(u"kind") ? m.captured(u"kind") : QStringLiteral("link");
                notes.append({open ? blocks.size() - 1 : blocks.size(), kind,
                              script::trimmed(m.capturedView(u"value")).toString()});
            }
            continue;
        }
        if (!open) {
            blocks.append({{}, line.number, false});
            open = true;
        }
        Block &block = blocks.back();
        if (line.text.startsWith(u'\\')) {
            block.lines.append(line.text.mid(1).toString());
        } else if (script::trimmed(line.text) == ParagraphBreak) {
            block.lines.append(QString());
        } else if (script::trimmed(line.text) == EmptySide && block.lines.isEmpty()) {
            block.empty = true;
        } else {
            if (block.empty) // "—" followed by text: the dash was text after all
                block.lines.append(EmptySide.toString());
            block.empty = false;
            block.lines.append(line.text.toString());
        }
    }
    if (blocks.isEmpty())
        fail(QStringLiteral("the file has a header but no paragraphs"), lines.back().number);
    if (blocks.size() % 2 != 0) {
        fail(QStringLiteral("this block has no partner: each unit is an English block and a Chinese block, "
                            "and a side with no paragraph is written \"—\""),
             blocks.back().line);
    }

    QList<qsizetype> unitOfPair; // pair index → index into contents.units, -1 when both sides are empty
    for (qsizetype k = 0; k < blocks.size(); k += 2) {
        const Block &en = blocks[k];
        const Block &zh = blocks[k + 1];
        duizhao::Unit unit;
        if (!en.empty) {
            unit.en = sideText(en);
            unit.enLine = en.line;
        }
        if (!zh.empty) {
            unit.zh = sideText(zh);
            unit.zhLine = zh.line;
        }
        if (unit.en.isEmpty() && unit.zh.isEmpty()) {
            unitOfPair.append(-1);
            continue;
        }
        if (!unit.en.isEmpty() && !unit.zh.isEmpty() && script::isMostlyChinese(unit.en) &&
            !script::isMostlyChinese(unit.zh)) {
            fail(QStringLiteral("this English block is Chinese and the Chinese block after it (line %1) is not: "
                                "a block was added or removed, so the blocks no longer come in pairs")
                     .arg(zh.line),
                 en.line);
        }
        unit.seq = int(contents.units.size()) + 1;
        unitOfPair.append(contents.units.size());
        contents.units.append(unit);
    }
    if (contents.units.isEmpty())
        fail(QStringLiteral("the file has a header but no paragraphs"), lines.back().number);
    if (std::none_of(contents.units.begin(), contents.units.end(),
                     [](const duizhao::Unit &unit) { return !unit.zh.isEmpty(); })) {
        fail(QStringLiteral("no Chinese paragraphs: every Chinese block is \"—\""), blocks[1].line);
    }

    auto unitFor = [&](qsizetype block) {
        // A note belongs to the unit of the block it comes before; after the last, to the last.
        for (qsizetype pair = std::min(block / 2, unitOfPair.size() - 1); pair < unitOfPair.size(); ++pair) {
            if (unitOfPair[pair] >= 0)
                return unitOfPair[pair];
        }
        return contents.units.size() - 1;
    };
    QList<bool> hasUnpairedNote(contents.units.size(), false);
    for (const PendingNote &pending : std::as_const(notes)) {
        const qsizetype index = unitFor(pending.block);
        hasUnpairedNote[index] = hasUnpairedNote[index] || pending.kind == u"unpaired";
        contents.notes.append(noteFor(contents.units[index], pending.kind, pending.message));
    }
    for (qsizetype k = 0; k < contents.units.size(); ++k) {
        const duizhao::Unit &unit = contents.units[k];
        if ((!unit.en.isEmpty() && !unit.zh.isEmpty()) || hasUnpairedNote[k])
            continue;
        contents.notes.append(noteFor(unit, QStringLiteral("unpaired"),
                                      unit.zh.isEmpty()
                                          ? QStringLiteral("This English paragraph has no Chinese counterpart.")
                                          : QStringLiteral("This Chinese paragraph has no English counterpart.")));
    }
    return contents;
}

QString AlignedText::write(const PaperMeta &meta, const QList<Unit> &units, const QList<QStringList> &comments)
{
    QString out = QStringLiteral("#duizhao: %1\n").arg(Version);
    auto header = [&out](const QString &key, const QString &value) {
        if (!value.trimmed().isEmpty())
            out += u'#' + key + QStringLiteral(": ") + oneLine(value).trimmed() + u'\n';
    };
    header(QStringLiteral("title-en"), meta.titleEn);
    header(QStringLiteral("title-zh"), meta.titleZh);
    for (const Author &author : meta.authors) {
        header(QStringLiteral("author"), author.nameEn.isEmpty() || author.nameZh.isEmpty()
                                             ? QString(author.nameEn + author.nameZh)
                                             : QString(author.nameEn + QStringLiteral(" / ") + author.nameZh));
    }
    if (meta.year > 0)
        header(QStringLiteral("year"), QString::number(meta.year));
    if (meta.originalDate.isValid())
        header(QStringLiteral("original-date"), meta.originalDate.toString(Qt::ISODate));
    header(QStringLiteral("publisher"), meta.publisher);
    header(QStringLiteral("url"), meta.url);
    header(QStringLiteral("citation"), meta.citation);
    header(QStringLiteral("summary-en"), meta.summaryEn);
    for (const QStringList &comment : comments) {
        if (comment.size() == 2)
            header(comment[0], comment[1]);
    }

    auto side = [&out](const QStringList &paragraphs) {
        if (paragraphs.isEmpty()) {
            out += EmptySide;
        } else {
            for (qsizetype k = 0; k < paragraphs.size(); ++k) {
                if (k > 0)
                    out += u'\n' + ParagraphBreak + u'\n';
                out += escaped(paragraphs[k]);
            }
        }
        out += QStringLiteral("\n\n");
    };
    for (const Unit &unit : units) {
        out += u'\n';
        for (const AlignmentNote &note : unit.notes) {
            const bool plainKind =
                !note.kind.isEmpty() && std::all_of(note.kind.begin(), note.kind.end(),
                                                    [](QChar ch) { return (ch >= u'a' && ch <= u'z') || ch == u'-'; });
            out += QStringLiteral("#note %1: %2\n")
                       .arg(plainKind ? note.kind : QStringLiteral("link"), oneLine(note.message));
        }
        side(unit.en);
        side(unit.zh);
        out.chop(1);
    }
    return out;
}

} // namespace duizhao
