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
    switch (kind) {
    case Kind::Information:
        QMessageBox::information(parent, title, text);
        break;
    case Kind::Warning:
        QMessageBox::warning(parent, title, text);
        break;
    case Kind::Error:
        QMessageBox::critical(parent, title, text);
        break;
    }
}

void Dialogs::setHandler(Handler h)
{
    handler() = std::move(h);
}

} // namespace duizhao::gui
