#pragma once

#include <QColor>
#include <QIcon>
#include <QString>

namespace duizhao::gui {

// How the parts of the paper's framework look everywhere in the program: a colour and an icon
// per level, and their names. The legend in the structure dock explains them.
class FrameworkStyle final
{
public:
    static QStringList levels(); // "power", "order", "values", "dilemmas", "countermeasures"
    static QColor color(const QString &level);
    static QIcon icon(const QString &level);
    static QString name(const QString &level); // translated
};

} // namespace duizhao::gui
