#include "annotation.h"

namespace duizhao {

QString annotationScopeCode(AnnotationScope scope)
{
    return scope == AnnotationScope::Unit ? QStringLiteral("unit") : QStringLiteral("range");
}

std::optional<AnnotationScope> annotationScopeFromCode(QStringView code)
{
    if (code == u"range")
        return AnnotationScope::Range;
    if (code == u"unit")
        return AnnotationScope::Unit;
    return std::nullopt;
}

} // namespace duizhao
