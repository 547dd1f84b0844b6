#pragma once

// Libraries the study tests work on: the bundled paper with its curated framework, and a paper that
// has none (tests/fixtures/papers/measures.txt, written by hand, not by Duizhao), with one measure
// candidate accepted and a highlight with a note.

#include "annotations/annotationstore.h"
#include "framework/frameworkloader.h"
#include "framework/measurestore.h"
#include "import/paperreader.h"
#include "library/library.h"
#include "library/openlibrary.h"
#include "study/deckbuilder.h"
#include "study/studysource.h"
#include "support/testsupport.h"

#include <QTimeZone>

#include <algorithm>
#include <memory>

namespace duizhao::test {

inline QDateTime utc(int year, int month, int day, int hour = 12, int minute = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute), QTimeZone::utc());
}

struct StudyLibrary
{
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("study.duizhao"));
    std::unique_ptr<Library> library = std::make_unique<Library>(path);
    qint64 doc = 0;
    Paper paper;

    void reopen()
    {
        library.reset();
        library = std::make_unique<Library>(path);
    }
};

// The bundled paper, its framework attached.
inline std::unique_ptr<StudyLibrary> bundledStudyLibrary()
{
    auto lib = std::make_unique<StudyLibrary>();
    lib->doc = addBundledPaper(*lib->library).documentId;
    lib->paper = lib->library->loadPaper(lib->doc);
    return lib;
}

// measures.txt: no curated data; the FDPR candidate accepted; a pink highlight of "Entity List" in
// unit 2 with a note and a tag.
inline std::unique_ptr<StudyLibrary> plainStudyLibrary()
{
    auto lib = std::make_unique<StudyLibrary>();
    lib->paper = PaperReader::readFile(fixture(QStringLiteral("papers/measures.txt")));
    lib->doc = lib->library->addPaper(lib->paper).documentId;
    FrameworkLoader::attachTo(*lib->library, lib->doc);
    MeasureStore measures(*lib->library);
    for (const MeasureCandidate &c : measures.candidates(lib->doc)) {
        if (c.nameEn == u"Foreign Direct Product Rule")
            measures.accept(c.id);
    }
    AnnotationStore annotations(*lib->library);
    markWords(annotations, lib->paper, lib->doc, 2, Lang::En, QStringLiteral("Entity List"), {},
              QStringLiteral("The Commerce Department's list of firms that need a licence."),
              {QStringLiteral("export-controls")});
    return lib;
}

inline QList<StudyCard> cardsOf(const QList<StudyCard> &cards, StudyDeck deck)
{
    QList<StudyCard> found;
    std::copy_if(cards.begin(), cards.end(), std::back_inserter(found),
                 [&](const StudyCard &c) { return c.deck == deck; });
    return found;
}

inline const StudyCard *withKey(const QList<StudyCard> &cards, QStringView key)
{
    const auto it = std::find_if(cards.begin(), cards.end(), [&](const StudyCard &c) { return c.key == key; });
    return it == cards.end() ? nullptr : &*it;
}

} // namespace duizhao::test
