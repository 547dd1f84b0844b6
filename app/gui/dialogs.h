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

    using Asker = std::function<bool(const QString &title, const QString &text)>;

    static void show(QWidget *parent, Kind kind, const QString &title, const QString &text);
    // A yes/no question; `accept` labels the button that answers yes.
    static bool ask(QWidget *parent, const QString &title, const QString &text, const QString &accept);
    static void setHandler(Handler handler); // empty: real message boxes
    static void setAsker(Asker asker);       // empty: real message boxes
};

} // namespace duizhao::gui
