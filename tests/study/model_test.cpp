// The card table the Study panel will show: QAbstractItemModelTester on it, the roles a view links
// back to the paper with, sorting by due time with new cards last, an answered card's row updated in
// place, and both languages.

#include "models/modelroles.h"
#include "study/cardstore.h"
#include "study/studycardsmodel.h"
#include "studyfixtures.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSortFilterProxyModel>

using namespace duizhao;
using namespace duizhao::test;

TEST_CASE("cards model: a well-behaved table of cards with links to their paragraphs", "[study][model]")
{
    const auto lib = bundledStudyLibrary();
    CardStore store(*lib->library);
    store.refresh(lib->doc);
    CardFilter terms;
    terms.deck = StudyDeck::Terms;
    QList<StudyCard> cards = store.cards(lib->doc, terms);
    const ReviewRecord answered = store.review(cards[1].id, Rating::Good, utc(2025, 3, 1));

    const ModelTesterGuard guard;
    StudyCardsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Warning);
    model.setCards(store.cards(lib->doc, terms));
    REQUIRE(model.rowCount() == cards.size());
    CHECK(model.columnCount() == StudyCardsModel::ColumnCount);
    CHECK(model.data(model.index(0, StudyCardsModel::Question)).toString() == u"technology power");
    CHECK(model.data(model.index(0, StudyCardsModel::Answer)).toString() == u"技术权力");
    CHECK(model.data(model.index(0, StudyCardsModel::Deck)).toString() == u"Key terms");
    CHECK(model.data(model.index(0, 0), StudyCardsModel::CardIdRole).toLongLong() == cards[0].id);
    CHECK(model.data(model.index(0, 0), UnitSeqRole).toInt() == cards[0].units.front());
    CHECK(model.data(model.index(1, StudyCardsModel::Phase)).toString() == u"learning");
    CHECK(model.data(model.index(0, StudyCardsModel::Due)).toString().isEmpty());

    // Sorted by due time, the answered card first and new cards after it.
    QSortFilterProxyModel sorted;
    sorted.setSourceModel(&model);
    sorted.setSortRole(SortRole);
    sorted.sort(StudyCardsModel::Due);
    CHECK(sorted.data(sorted.index(0, 0), StudyCardsModel::CardIdRole).toLongLong() == answered.cardId);

    // An answer updates the card's row in place.
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    StudyCard again = *store.card(cards[0].id);
    store.review(again.id, Rating::Easy, utc(2025, 3, 1));
    model.updateCard(*store.card(again.id));
    REQUIRE(changed.size() == 1);
    CHECK(changed.front()[0].toModelIndex().row() == 0);
    CHECK(model.data(model.index(0, StudyCardsModel::Phase)).toString() == u"review");

    model.setLanguage(Lang::Zh);
    CHECK(model.headerData(StudyCardsModel::Question, Qt::Horizontal).toString() == u"问题");
    CHECK(model.data(model.index(0, StudyCardsModel::Deck)).toString() == u"关键术语");
    CHECK(model.data(model.index(0, StudyCardsModel::Phase)).toString() == u"复习");
    model.setCards({});
    CHECK(model.rowCount() == 0);
    guard.check();
}
