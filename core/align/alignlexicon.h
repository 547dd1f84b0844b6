#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace duizhao {

struct FrameworkData;

// Terms known in both languages — a paper's glossary, the names of the measures it discusses —
// which the aligner counts as shared words when both sides of a link use them. Optional: the
// aligner works without one, and a lexicon only adds evidence, never removes any.
class AlignLexicon final
{
public:
    struct Entry
    {
        QStringList en; // the term and its aliases as English writes them
        QStringList zh;

        friend bool operator==(const Entry &, const Entry &) = default;
    };

    // Adds one term; entries with no form in one language are ignored.
    void add(const QStringList &en, const QStringList &zh);
    const QList<Entry> &entries() const { return m_entries; }
    bool isEmpty() const { return m_entries.isEmpty(); }

    // The glossary terms and measures (names, aliases, acronyms) of curated framework data.
    static AlignLexicon fromFramework(const FrameworkData &data);

private:
    QList<Entry> m_entries;
};

} // namespace duizhao
