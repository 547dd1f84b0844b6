#include "alignlexicon.h"

#include "framework/frameworkdata.h"

namespace duizhao {

namespace {

QStringList nonEmpty(QStringList forms)
{
    forms.removeIf([](const QString &form) { return form.trimmed().isEmpty(); });
    forms.removeDuplicates();
    return forms;
}

} // namespace

void AlignLexicon::add(const QStringList &en, const QStringList &zh)
{
    Entry entry{nonEmpty(en), nonEmpty(zh)};
    if (!entry.en.isEmpty() && !entry.zh.isEmpty())
        m_entries.append(entry);
}

AlignLexicon AlignLexicon::fromFramework(const FrameworkData &data)
{
    AlignLexicon lexicon;
    for (const GlossaryTerm &term : data.terms)
        lexicon.add(QStringList{term.termEn} + term.aliasesEn, QStringList{term.termZh} + term.aliasesZh);
    for (const Measure &measure : data.measures) {
        // The English name may be our own translation where the text lost it; it is still the
        // name a reader would look for, and an unmatched form costs nothing.
        QStringList en = QStringList{measure.nameEn} + measure.aliasesEn;
        QStringList zh = QStringList{measure.nameZh} + measure.aliasesZh;
        if (!measure.acronym.isEmpty()) {
            // Chinese texts keep Latin acronyms ("ECRA", "BIS"): the acronym is shared by both.
            en.append(measure.acronym);
            zh.append(measure.acronym);
        }
        lexicon.add(en, zh);
    }
    return lexicon;
}

} // namespace duizhao
