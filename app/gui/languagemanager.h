#pragma once

#include "model/paper.h"

#include <QObject>
#include <QString>

#include <memory>

class QTranslator;

namespace duizhao::gui {

// The UI language: English or Simplified Chinese, chosen in Preferences, defaulting to the
// system locale. Switching installs Duizhao's and Qt's own translations at run time; every
// widget retranslates itself on QEvent::LanguageChange.
class LanguageManager final
{
public:
    // "system", "en" or "zh_CN". Returns the language actually in effect ("en" or "zh_CN").
    static QString apply(const QString &choice);
    static QString current();
    // The paper's language matching the UI's: what comes first where a panel shows one of the two.
    static Lang lang();
    static QString effective(const QString &choice);
};

} // namespace duizhao::gui
