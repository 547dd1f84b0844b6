#include "alignment.h"

#include <algorithm>

namespace duizhao {

QString AlignmentLink::kind() const
{
    return QStringLiteral("%1-%2").arg(enCount).arg(zhCount);
}

int Alignment::sureCount() const
{
    return int(std::count_if(links.begin(), links.end(), [](const AlignmentLink &link) { return link.sure; }));
}

} // namespace duizhao
