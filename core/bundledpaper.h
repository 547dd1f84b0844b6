#pragma once

#include <QByteArray>
#include <QString>

namespace duizhao {

// The paper compiled into every program as a Qt resource, so Duizhao works with nothing beside it.
class BundledPaper final
{
public:
    static QString resourcePath(); // ":/papers/technology-power.txt"
    static QString fileName();     // "technology-power.txt"
    static QByteArray bytes();
};

} // namespace duizhao
