#include "dialogs.h"

#include <QMessageBox>

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
    QMessageBox box(kind == Kind::Error ? QMessageBox::Critical : kind == Kind::Warning ? QMessageBox::Warning
                                                                                       : QMessageBox::Information,
                    title, text, QMessageBox::Ok, parent);
    box.setTextFormat(Qt::PlainText);
    box.exec();
}

void Dialogs::setHandler(Handler h)
{
    handler() = std::move(h);
}

} // namespace duizhao::gui
