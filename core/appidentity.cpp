#include "appidentity.h"

#include "duizhao_version.h"

#include <QCoreApplication>

namespace duizhao {

QString version()
{
    return QStringLiteral(DUIZHAO_VERSION);
}

void applyApplicationIdentity()
{
    QCoreApplication::setOrganizationName(QString::fromLatin1(OrganizationName));
    QCoreApplication::setOrganizationDomain(QString::fromLatin1(OrganizationDomain));
    QCoreApplication::setApplicationName(QString::fromLatin1(ApplicationName));
    QCoreApplication::setApplicationVersion(version());
}

} // namespace duizhao
