#include "bundledpaper.h"

#include <QFile>

namespace duizhao {

QString BundledPaper::resourcePath()
{
    return QStringLiteral(":/papers/technology-power.txt");
}

QString BundledPaper::fileName()
{
    return QStringLiteral("technology-power.txt");
}

QByteArray BundledPaper::bytes()
{
    QFile file(resourcePath());
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

} // namespace duizhao
