#include "aligncases.h"
#include "support/testsupport.h"

#include "align/aligner.h"
#include "align/alignmentfeatures.h"
#include "align/linkscorer.h"

#include <QMap>

using namespace duizhao;
using namespace duizhao::test;

TEST_CASE("accuracy report", "[align][report]")
{
    struct Row
    {
        QString name;
        AlignScore score;
    };
    QList<Row> rows;
    auto run = [&](const AlignCase &c) {
        const Alignment alignment = Aligner::align(c.en, c.zh);
        rows.append({c.name, score(alignment.links, c.gold)});
        const AlignScore &s = rows.back().score;
        QString wrongText;
        for (const AlignmentLink &link : alignment.links) {
            bool ok = false;
            for (const AlignmentLink &g : c.gold)
                ok = ok || sameLink(g, link);
            if (!ok || (link.sure && !ok))
                wrongText += QStringLiteral("  %1 en %2 zh %3 conf %4 %5\n")
                                 .arg(link.kind())
                                 .arg(link.enFirst)
                                 .arg(link.zhFirst)
                                 .arg(link.confidence, 0, 'f', 3)
                                 .arg(link.sure ? QStringLiteral("SURE") : QString());
        }
        WARN(QStringLiteral("%1: %2/%3 right, %4 wrong, sure %5 (%6 right), ratio %7 spread %8\n%9")
                 .arg(c.name)
                 .arg(s.right)
                 .arg(s.gold)
                 .arg(s.wrong())
                 .arg(s.sure)
                 .arg(s.sureRight)
                 .arg(alignment.ratio)
                 .arg(alignment.spread)
                 .arg(wrongText)
                 .toStdString());
    };
    run(makeCase(QStringLiteral("paper"), bundledPaperUnits()));
    for (quint64 seed = 1; seed <= 5; ++seed)
        run(makeCase(QStringLiteral("paper perturbed %1").arg(seed), perturbed(bundledPaperUnits(), seed, {})));
    for (quint64 seed = 1; seed <= 3; ++seed) {
        const QList<GoldUnit> law = lawUnits(seed);
        run(makeCase(QStringLiteral("law %1").arg(seed), law));
        run(makeCase(QStringLiteral("law perturbed %1").arg(seed), perturbed(law, seed + 100, {})));
    }
}

// Not run by default: a sweep over many seeds for tuning, with precision and share of sure
// links at several thresholds.
TEST_CASE("tuning sweep", "[.tune]")
{
    const quint64 base = qEnvironmentVariableIntValue("ALIGN_SEED_BASE");
    const int count = std::max(1, qEnvironmentVariableIntValue("ALIGN_SEEDS"));
    Perturbation share;
    share.share = qEnvironmentVariableIsSet("ALIGN_SHARE") ? qEnvironmentVariable("ALIGN_SHARE").toDouble() : 0.08;
    share.pageNoise = qEnvironmentVariableIsSet("ALIGN_PAGES");
    const QList<double> thresholds{0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.95, 0.98, 0.99};
    struct Tally
    {
        AlignScore all;
        QList<int> sure, sureRight;
    };
    QMap<QString, Tally> tallies;
    auto run = [&](const QString &group, const AlignCase &c) {
        const Alignment alignment = Aligner::align(c.en, c.zh);
        Tally &t = tallies[group];
        if (t.sure.isEmpty()) {
            t.sure.fill(0, thresholds.size());
            t.sureRight.fill(0, thresholds.size());
        }
        t.all += score(alignment.links, c.gold);
        QList<AlignmentLink> links = alignment.links;
        for (qsizetype k = 0; k < thresholds.size(); ++k) {
            for (AlignmentLink &l : links)
                l.sure = l.confidence >= thresholds[k];
            const AlignScore s = score(links, c.gold);
            t.sure[k] += s.sure;
            t.sureRight[k] += s.sureRight;
        }
        const AlignScore s = score(alignment.links, c.gold);
        if (s.wrong() > 0 || s.right < s.gold) {
            QString text;
            for (const AlignmentLink &link : alignment.links) {
                bool ok = false;
                for (const AlignmentLink &g : c.gold)
                    ok = ok || sameLink(g, link);
                if (!ok)
                    text += QStringLiteral(" [%1 en%2 zh%3 %4]")
                                .arg(link.kind())
                                .arg(link.enFirst)
                                .arg(link.zhFirst)
                                .arg(link.confidence, 0, 'f', 2);
            }
            qDebug().noquote() << c.name << s.right << "/" << s.gold << text;
        }
    };
    for (int k = 0; k < count; ++k) {
        const quint64 seed = base + quint64(k);
        run(QStringLiteral("paper"),
            makeCase(QStringLiteral("paper %1").arg(seed), perturbed(bundledPaperUnits(), seed, share)));
        if (k % 4 == 0) {
            const QList<GoldUnit> law = lawUnits(seed);
            run(QStringLiteral("law"), makeCase(QStringLiteral("law %1").arg(seed), law));
            run(QStringLiteral("law perturbed"),
                makeCase(QStringLiteral("law perturbed %1").arg(seed), perturbed(law, seed + 7, share)));
        }
    }
    for (auto it = tallies.cbegin(); it != tallies.cend(); ++it) {
        const Tally &t = it.value();
        QString line = QStringLiteral("%1: %2/%3 right (%4 wrong per 100)")
                           .arg(it.key())
                           .arg(t.all.right)
                           .arg(t.all.gold)
                           .arg(100.0 * (t.all.gold - t.all.right) / t.all.gold, 0, 'f', 2);
        for (qsizetype k = 0; k < thresholds.size(); ++k)
            line += QStringLiteral("\n   t=%1 sure %2% precision %3 (%4 wrong)")
                        .arg(thresholds[k])
                        .arg(100.0 * t.sure[k] / t.all.links, 0, 'f', 1)
                        .arg(double(t.sureRight[k]) / std::max(1, t.sure[k]), 0, 'f', 4)
                        .arg(t.sure[k] - t.sureRight[k]);
        qDebug().noquote() << line;
    }
}

TEST_CASE("debug one case", "[.debug]")
{
    const quint64 seed = qEnvironmentVariableIntValue("ALIGN_SEED");
    const bool law = qEnvironmentVariableIsSet("ALIGN_LAW");
    Perturbation share;
    share.share = qEnvironmentVariableIsSet("ALIGN_SHARE") ? qEnvironmentVariable("ALIGN_SHARE").toDouble() : 0.08;
    share.pageNoise = qEnvironmentVariableIsSet("ALIGN_PAGES");
    const AlignCase c = law ? makeCase(QStringLiteral("law"), perturbed(lawUnits(seed), seed + 7, share))
                            : makeCase(QStringLiteral("paper"), perturbed(bundledPaperUnits(), seed, share));
    const Alignment alignment = Aligner::align(c.en, c.zh);
    AlignmentFeatures features(c.en, c.zh);
    LinkScorer::LengthModel model;
    model.ratio = alignment.ratio;
    model.spread = alignment.spread;
    LinkScorer scorer(features, model);
    auto show = [&](const AlignmentLink &l, const char *what) {
        QString text = QStringLiteral("%1 %2 en%3 zh%4 conf %5 cost %6\n")
                           .arg(QLatin1String(what), l.kind())
                           .arg(l.enFirst)
                           .arg(l.zhFirst)
                           .arg(l.confidence, 0, 'f', 2)
                           .arg(scorer.cost(l.enFirst, l.enCount, l.zhFirst, l.zhCount), 0, 'f', 2);
        for (const AlignmentSignal &s : scorer.explain(l.enFirst, l.enCount, l.zhFirst, l.zhCount))
            text += QStringLiteral("      %1 %2 %3\n").arg(s.name).arg(s.weight, 0, 'f', 2).arg(s.detail);
        for (int i = 0; i < l.enCount; ++i)
            text += QStringLiteral("    EN%1: %2\n").arg(l.enFirst + i).arg(c.en[l.enFirst + i].text.left(100));
        for (int j = 0; j < l.zhCount; ++j)
            text += QStringLiteral("    ZH%1: %2\n").arg(l.zhFirst + j).arg(c.zh[l.zhFirst + j].text.left(50));
        qDebug().noquote() << text;
    };
    for (const AlignmentLink &link : alignment.links) {
        bool ok = false;
        for (const AlignmentLink &g : c.gold)
            ok = ok || sameLink(g, link);
        if (ok)
            continue;
        show(link, "PREDICTED");
        for (const AlignmentLink &g : c.gold) {
            const bool overlapsEn = g.enCount && link.enCount && g.enFirst < link.enFirst + link.enCount &&
                                    link.enFirst < g.enFirst + g.enCount;
            const bool overlapsZh = g.zhCount && link.zhCount && g.zhFirst < link.zhFirst + link.zhCount &&
                                    link.zhFirst < g.zhFirst + g.zhCount;
            if (overlapsEn || overlapsZh)
                show(g, "GOLD");
        }
    }
}

TEST_CASE("debug unsure", "[.unsure]")
{
    const quint64 seed = qEnvironmentVariableIntValue("ALIGN_SEED");
    Perturbation how;
    how.pageNoise = qEnvironmentVariableIsSet("ALIGN_PAGES");
    const AlignCase c = qEnvironmentVariableIsSet("ALIGN_LAW")
                            ? makeCase(QStringLiteral("law"), perturbed(lawUnits(seed), seed + 7, how))
                            : makeCase(QStringLiteral("paper"), perturbed(bundledPaperUnits(), seed, how));
    const Alignment alignment = Aligner::align(c.en, c.zh);
    for (const AlignmentLink &l : alignment.links) {
        if (l.sure)
            continue;
        QString text = QStringLiteral("%1 en%2 zh%3 conf %4: ")
                           .arg(l.kind())
                           .arg(l.enFirst)
                           .arg(l.zhFirst)
                           .arg(l.confidence, 0, 'f', 2);
        for (int i = 0; i < l.enCount; ++i)
            text += QStringLiteral(" EN«%1»").arg(c.en[l.enFirst + i].text.left(50));
        for (int j = 0; j < l.zhCount; ++j)
            text += QStringLiteral(" ZH«%1»").arg(c.zh[l.zhFirst + j].text.left(25));
        qDebug().noquote() << text;
    }
}
