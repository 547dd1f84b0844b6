#include "dialogs.h"

#include <QMessageBox>
#include <QPushButton>

namespace duizhao::gui {

namespace {
Dialogs::Handler &handler()
{
    static Dialogs::Handler h;
    return h;
}
} // namespace

void Dialogs::show(QWidget *parent, Kind kind, const QString &title, const QString &text)
{
    if (handler()) {
        handler()(kind, title, text);
        return;
    }
    // Messages quote file names and paper text: never let Qt read them as rich text.
    QMessageBox box(kind == Kind::Error     ? QMessageBox::Critical
                    : kind == Kind::Warning ? QMessageBox::Warning
                                            : QMessageBox::Information,
                    title, text, QMessageBox::Ok, parent);
    box.setTextFormat(Qt::PlainText);
    box.exec();
}

namespace {
Dialogs::Asker &asker()
{
    static Dialogs::Asker a;
    return a;
}
} // namespace

bool Dialogs::ask(QWidget *parent, const QString &title, const QString &text, const QString &accept)
{
    if (asker())
        return asker()(title, text);
    QMessageBox box(QMessageBox::Warning, title, text, QMessageBox::NoButton, parent);
    box.setTextFormat(Qt::PlainText);
    QPushButton *yes = box.addButton(accept, QMessageBox::AcceptRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(yes);
    box.exec();
    return box.clickedButton() == yes;
}

void Dialogs::setAsker(Asker a)
{
    asker() = std::move(a);
}

void Dialogs::setHandler(Handler h)
{
    handler() = std::move(h);
}

} // namespace duizhao::gui
