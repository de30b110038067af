// `neurodyn-cli measure zero_one`: the 0-1 test for chaos with K, every K_c and its c.
#include "cli/clicommon.h"
#include "cli/measurespec.h"
#include "cli/resultjson.h"

#include "measures/zeroone.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>

#include <limits>

namespace nd::cli {

namespace {

// The texts of this file, under the translation context "MeasureZeroOne".
struct Text {
    Q_DECLARE_TR_FUNCTIONS(MeasureZeroOne)
};

void addOptions(QCommandLineParser& p)
{
    p.addOption({"seed", Text::tr("Seed of the c draw (default 1)."), Text::tr("S"), QStringLiteral("1")});
    p.addOption({"c-count", Text::tr("Number of c values drawn (default 100)."), Text::tr("N"),
                 QStringLiteral("100")});
    p.addOption({"c-min", Text::tr("Lower end of the c draw (default pi/5)."), Text::tr("C")});
    p.addOption({"c-max", Text::tr("Upper end of the c draw (default 4 pi/5)."), Text::tr("C")});
    p.addOption(
        {"c-file", Text::tr("Explicit c values, one per line (replaces the draw)."), Text::tr("FILE")});
    p.addOption(
        {"n-cut", Text::tr("Largest n of M_c(n) (default N/10)."), Text::tr("N"), QStringLiteral("0")});
    p.addOption({"full", Text::tr("Also print M_c(n) for every c and the p-q trajectory of the median c.")});
    p.addOption({"threads", Text::tr("Worker threads (default: all)."), Text::tr("N"), QStringLiteral("0")});
}

bool run(const QCommandLineParser& p, const NumericTable& table, const std::vector<int>& columns,
         QJsonObject& out, QString& error)
{
    ZeroOneOptions o;
    long seed = 0, count = 0, ncut = 0, threads = 0;
    if (!parseLong(p.value(QStringLiteral("seed")), 0, std::numeric_limits<long>::max(), seed))
        return error = Text::tr("--seed must be a whole number >= 0"), false;
    if (!parseLong(p.value(QStringLiteral("c-count")), 1, 1000000, count))
        return error = Text::tr("--c-count must be a whole number from 1 to 1e6"), false;
    if (!parseLong(p.value(QStringLiteral("n-cut")), 0, 1L << 40, ncut))
        return error = Text::tr("--n-cut must be a whole number >= 0"), false;
    if (!parseLong(p.value(QStringLiteral("threads")), 0, 4096, threads))
        return error = Text::tr("--threads must be a whole number from 0 to 4096"), false;
    if (p.isSet(QStringLiteral("c-min")) && !parseDouble(p.value(QStringLiteral("c-min")), o.cMin))
        return error = Text::tr("--c-min must be a number"), false;
    if (p.isSet(QStringLiteral("c-max")) && !parseDouble(p.value(QStringLiteral("c-max")), o.cMax))
        return error = Text::tr("--c-max must be a number"), false;
    if (p.isSet(QStringLiteral("c-file"))) {
        NumericTable c;
        if (!readNumericTable(p.value(QStringLiteral("c-file")), c, error))
            return error = Text::tr("--c-file: %1").arg(error), false;
        if (c.columns.size() != 1)
            return error = Text::tr("--c-file must hold one value per line"), false;
        o.cValues = c.columns.front();
    }
    o.seed = static_cast<std::uint64_t>(seed);
    o.cCount = static_cast<int>(count);
    o.nCut = static_cast<std::size_t>(ncut);
    o.threads = static_cast<int>(threads);
    o.keepMsd = p.isSet(QStringLiteral("full"));

    const ZeroOneResult r = zeroOneTest(table.columns[static_cast<std::size_t>(columns.front())], o);
    insertZeroOne(out, r);
    QJsonArray kc;
    for (std::size_t i = 0; i < r.kc.size(); ++i)
        kc.append(r.kcDefined[i] ? jsonNumber(r.kc[i]) : QJsonValue());
    out.insert(QStringLiteral("K_c"), kc);
    out.insert(QStringLiteral("c"), jsonArray(r.c));
    if (o.keepMsd) {
        out.insert(QStringLiteral("M_c"), jsonMatrix(r.msd));
        out.insert(QStringLiteral("display_c_index"), static_cast<double>(r.displayIndex));
        out.insert(QStringLiteral("p"), jsonArray(r.p));
        out.insert(QStringLiteral("q"), jsonArray(r.q));
    }
    out.insert(QStringLiteral("settings"), QJsonObject{{"seed", static_cast<double>(o.seed)},
                                                       {"c_count", o.cCount},
                                                       {"c_min", o.cMin},
                                                       {"c_max", o.cMax},
                                                       {"c_file", p.value(QStringLiteral("c-file"))},
                                                       {"n_cut", static_cast<double>(o.nCut)}});
    out.insert(QStringLiteral("conventions"), QString::fromStdString(r.conventions));
    return true;
}

} // namespace

MeasureSpec zeroOneSpec()
{
    return {"zero_one", QT_TRANSLATE_NOOP("MeasureCommand", "0-1 test for chaos of one column {K, K_c, c}"),
            MeasureInput::Series, &addOptions, &run, nullptr, "K"};
}

} // namespace nd::cli
