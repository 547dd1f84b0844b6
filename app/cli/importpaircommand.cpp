#include "importpaircommand.h"

#include "align/alignmentdrafter.h"
#include "error.h"
#include "library/paperimporter.h"

#include <QFileInfo>
#include <QJsonObject>

#include <csignal>

namespace duizhao::cli {

namespace {

volatile std::sig_atomic_t interrupted = 0;
using Handler = void (*)(int);
Handler previousHandler = SIG_DFL;

extern "C" void onInterrupt(int)
{
    interrupted = 1;
}

// "Gu Xueming / 顾学明; Liu Yiming / 刘一鸣": as the #author lines of the aligned text write them.
QList<Author> authorsOption(const QString &value)
{
    QList<Author> authors;
    for (const QString &part : value.split(u';', Qt::SkipEmptyParts)) {
        const QString name = part.simplified();
        if (name.isEmpty())
            continue;
        Author author;
        const qsizetype slash = name.indexOf(u'/');
        if (slash >= 0) {
            author.nameEn = name.left(slash).simplified();
            author.nameZh = name.mid(slash + 1).simplified();
        } else if (std::any_of(name.begin(), name.end(), [](QChar c) { return c.unicode() >= 0x3400; })) {
            author.nameZh = name;
        } else {
            author.nameEn = name;
        }
        authors.append(author);
    }
    return authors;
}

QString stageText(AlignmentDrafter::Stage stage, const QString &en, const QString &zh)
{
    switch (stage) {
    case AlignmentDrafter::Stage::ReadingEn:
        return ImportPair::tr("%1: reading").arg(QFileInfo(en).fileName());
    case AlignmentDrafter::Stage::ReadingZh:
        return ImportPair::tr("%1: reading").arg(QFileInfo(zh).fileName());
    case AlignmentDrafter::Stage::Aligning:
        break;
    }
    return ImportPair::tr("aligning");
}

} // namespace

ImportPair::InterruptGuard::InterruptGuard()
{
    interrupted = 0;
    previousHandler = std::signal(SIGINT, onInterrupt);
}

ImportPair::InterruptGuard::~InterruptGuard()
{
    std::signal(SIGINT, previousHandler == SIG_ERR ? SIG_DFL : previousHandler);
}

bool ImportPair::InterruptGuard::cancelled()
{
    return interrupted != 0;
}

void ImportPair::addOptions(QCommandLineParser &parser)
{
    parser.addOption(
        {QStringLiteral("en"), tr("The translation: a text file, a saved web page or a PDF."), tr("FILE")});
    parser.addOption(
        {QStringLiteral("zh"), tr("The Chinese original: a text file, a saved web page or a PDF."), tr("FILE")});
    parser.addOption({QStringLiteral("title-en"), tr("The English title, when the files do not give it."), tr("T")});
    parser.addOption({QStringLiteral("title-zh"), tr("The Chinese title, when the files do not give it."), tr("T")});
    parser.addOption({QStringLiteral("authors"),
                      tr("The authors, separated by \";\", each \"English / 中文\" or one of the two."), tr("A")});
    parser.addOption({QStringLiteral("year"), tr("The year of the translation."), tr("Y")});
    parser.addOption({QStringLiteral("url"), tr("Where the translation was published."), tr("U")});
}

bool ImportPair::asked(const QCommandLineParser &parser)
{
    for (const char *name : {"en", "zh", "title-en", "title-zh", "authors", "year", "url"}) {
        if (parser.isSet(QString::fromLatin1(name)))
            return true;
    }
    return false;
}

AlignmentDraft ImportPair::draft(CommandContext &context, const QCommandLineParser &parser, bool progress)
{
    const QString en = parser.value(QStringLiteral("en"));
    const QString zh = parser.value(QStringLiteral("zh"));
    if (en.isEmpty() && zh.isEmpty())
        throw Error(Error::Kind::Usage, tr("the paper's details need its two files: --en FILE --zh FILE"));
    if (en.isEmpty())
        throw Error(Error::Kind::Usage, tr("--zh needs the translation beside it: --en FILE --zh FILE"));
    if (zh.isEmpty())
        throw Error(Error::Kind::Usage, tr("--en needs the original beside it: --en FILE --zh FILE"));
    if (!parser.positionalArguments().isEmpty()) {
        throw Error(Error::Kind::Usage,
                    tr("--en and --zh take one paper from two files; import FILE… the interleaved ones separately"));
    }

    DraftOptions options;
    options.meta.titleEn = parser.value(QStringLiteral("title-en"));
    options.meta.titleZh = parser.value(QStringLiteral("title-zh"));
    options.meta.authors = authorsOption(parser.value(QStringLiteral("authors")));
    options.meta.url = parser.value(QStringLiteral("url"));
    if (parser.isSet(QStringLiteral("year"))) {
        bool ok = false;
        options.meta.year = parser.value(QStringLiteral("year")).toInt(&ok);
        if (!ok || options.meta.year < 1000 || options.meta.year > 9999)
            throw Error(Error::Kind::Usage, tr("--year must be a year such as 2023"));
    }

    QString reported;
    return AlignmentDrafter::draft(en, zh, options, [&](AlignmentDrafter::Stage stage, int done, int total) {
        if (InterruptGuard::cancelled())
            return false;
        if (progress) {
            QString line = stageText(stage, en, zh);
            if (stage == AlignmentDrafter::Stage::Aligning)
                line = tr("%1: %2%").arg(line).arg(total > 0 ? done * 100 / total / 10 * 10 : 0);
            if (line != reported) {
                reported = line;
                context.err() << line << Qt::endl;
            }
        }
        return true;
    });
}

int ImportPair::runImport(CommandContext &context, const QCommandLineParser &parser, bool progress)
{
    const InterruptGuard guard;
    try {
        const AlignmentDraft draft = ImportPair::draft(context, parser, progress);
        const PaperSource source = AlignmentDrafter::source(draft);
        int reported = -1;
        const ImportResult result = PaperImporter(context.library()).import({source}, [&](const ImportProgress &state) {
            if (InterruptGuard::cancelled())
                return false;
            if (!progress || state.phase != ImportProgress::Phase::Storing || state.steps == 0)
                return true;
            const int percent = state.stepsDone * 100 / state.steps;
            if (percent / 5 != reported / 5) {
                reported = percent;
                context.err() << tr("%1: %2% stored").arg(source.name()).arg(percent) << Qt::endl;
            }
            return true;
        });
        if (!result.errors.isEmpty()) {
            for (const Error &error : result.errors)
                context.err() << error.text() << Qt::endl;
            return 2;
        }
        const ImportedPaper &paper = result.papers.front();
        for (const QString &warning : paper.warnings)
            context.err() << warning << Qt::endl;

        const Alignment &alignment = draft.alignment;
        if (context.json()) {
            QJsonObject kinds;
            for (const AlignmentLink &link : alignment.links)
                kinds[link.kind()] = kinds[link.kind()].toInt() + 1;
            context.printJson(QJsonObject{{QStringLiteral("id"), paper.documentId},
                                          {QStringLiteral("added"), paper.added},
                                          {QStringLiteral("title_en"), paper.titleEn},
                                          {QStringLiteral("en"), draft.en.fileName},
                                          {QStringLiteral("zh"), draft.zh.fileName},
                                          {QStringLiteral("units"), alignment.links.size()},
                                          {QStringLiteral("links"), kinds},
                                          {QStringLiteral("sure"), alignment.sureCount()},
                                          {QStringLiteral("notes"), alignment.notes.size()}});
            return 0;
        }
        if (paper.added)
            context.out() << tr("%1: imported as document %2").arg(source.name()).arg(paper.documentId) << Qt::endl;
        else
            context.out() << tr("%1: already in the library as document %2").arg(source.name()).arg(paper.documentId)
                          << Qt::endl;
        context.err() << tr("%n aligned units, %1 of them sure; notes to review: %2 (duizhao-cli notes --doc %3)",
                            nullptr, int(alignment.links.size()))
                             .arg(alignment.sureCount())
                             .arg(alignment.notes.size())
                             .arg(paper.documentId)
                      << Qt::endl;
        return 0;
    } catch (const Error &error) {
        if (error.kind() != Error::Kind::Cancelled)
            throw;
        context.err() << tr("Cancelled: nothing was imported.") << Qt::endl;
        return ExitCancelled;
    }
}

} // namespace duizhao::cli
