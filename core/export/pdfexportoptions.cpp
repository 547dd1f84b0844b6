#include "pdfexportoptions.h"

namespace duizhao {

namespace {
struct LayoutName
{
    PdfExportOptions::Layout layout;
    const char16_t *code;
};
constexpr LayoutName layoutNames[] = {
    {PdfExportOptions::Layout::SideBySide, u"side-by-side"},
    {PdfExportOptions::Layout::Interleaved, u"interleaved"},
    {PdfExportOptions::Layout::English, u"en"},
    {PdfExportOptions::Layout::Chinese, u"zh"},
};
} // namespace

QString PdfExportOptions::layoutCode(Layout layout)
{
    for (const LayoutName &name : layoutNames) {
        if (name.layout == layout)
            return QString::fromUtf16(name.code);
    }
    return {};
}

std::optional<PdfExportOptions::Layout> PdfExportOptions::layoutFromCode(QStringView code)
{
    for (const LayoutName &name : layoutNames) {
        if (code == name.code)
            return name.layout;
    }
    return std::nullopt;
}

QString PdfExportOptions::paperCode(PaperSize paper)
{
    return paper == PaperSize::A4 ? QStringLiteral("a4") : QStringLiteral("letter");
}

std::optional<PdfExportOptions::PaperSize> PdfExportOptions::paperFromCode(QStringView code)
{
    if (code.compare(u"a4", Qt::CaseInsensitive) == 0)
        return PaperSize::A4;
    if (code.compare(u"letter", Qt::CaseInsensitive) == 0)
        return PaperSize::Letter;
    return std::nullopt;
}

} // namespace duizhao
