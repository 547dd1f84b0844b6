#pragma once

#include <QString>

#include <functional>

class QWidget;

namespace duizhao::gui {

// Every message box the program shows goes through here, so tests can answer them without a
// modal loop: Dialogs::setHandler() records the message instead of showing it.
class Dialogs final
{
public:
    enum class Kind
    {
        Information,
        Warning,
        Error
    };
    using Handler = std::function<void(Kind kind, const QString &title, const QString &text)>;

    static void show(QWidget *parent, Kind kind, const QString &title, const QString &text);
    static void setHandler(Handler handler); // empty: real message boxes
};

} // namespace duizhao::gui
