// `neurodyn-cli measure mfdfa`: multifractal DFA with h(q), tau, alpha, f(alpha) and fit quality.
#include "cli/clicommon.h"
#include "cli/measurespec.h"
#include "cli/resultjson.h"

#include "measures/mfdfa.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace nd::cli {

namespace {

// The texts of this file, under the translation context "MeasureMfdfa".
struct Text {
    Q_DECLARE_TR_FUNCTIONS(MeasureMfdfa)
};

void addOptions(QCommandLineParser& p)
{
    p.addOption({"q",
                 Text::tr("q values, comma-separated; negative values work as --q=-2,2 or --q -2,2 "
                          "(default -5..5 step 1)."),
                 Text::tr("LIST")});
    p.addOption({"order", Text::tr("Detrending polynomial order 0..8 (default 1)."), Text::tr("P"),
                 QStringLiteral("1")});
    p.addOption({"scale-min", Text::tr("Smallest generated scale (default 16)."), Text::tr("S"),
                 QStringLiteral("16")});
    p.addOption({"scale-max", Text::tr("Largest generated scale (default N/4)."), Text::tr("S"),
                 QStringLiteral("0")});
    p.addOption({"scale-count",
                 Text::tr("Number of log-spaced scales, rounded to the nearest integer (default 20)."),
                 Text::tr("N"), QStringLiteral("20")});
    p.addOption({"scale-list",
                 Text::tr("Explicit scales, comma-separated, increasing (replaces the generated ones)."),
                 Text::tr("LIST")});
    p.addOption({"threads", Text::tr("Worker threads (default: all)."), Text::tr("N"), QStringLiteral("0")});
    p.addOption({"min-r2", Text::tr("Fits with R^2 below this are listed under warnings (default 0.98)."),
                 Text::tr("R2"), QStringLiteral("0.98")});
}

bool run(const QCommandLineParser& p, const NumericTable& table, const std::vector<int>& columns,
         QJsonObject& out, QString& error)
{
    MfdfaOptions o;
    if (p.isSet(QStringLiteral("q")) && !parseDoubleList(p.value(QStringLiteral("q")), o.q))
        return error = Text::tr("--q expects comma-separated numbers, got '%1'")
                           .arg(p.value(QStringLiteral("q"))),
               false;
    long order = 0, smin = 0, smax = 0, count = 0, threads = 0;
    if (!parseLong(p.value(QStringLiteral("order")), 0, 8, order))
        return error = Text::tr("--order must be a whole number from 0 to 8"), false;
    if (!parseLong(p.value(QStringLiteral("scale-min")), 1, 1L << 40, smin))
        return error = Text::tr("--scale-min must be a whole number >= 1"), false;
    if (!parseLong(p.value(QStringLiteral("scale-max")), 0, 1L << 40, smax))
        return error = Text::tr("--scale-max must be a whole number >= 1"), false;
    if (!parseLong(p.value(QStringLiteral("scale-count")), 2, 10000, count))
        return error = Text::tr("--scale-count must be a whole number from 2 to 10000"), false;
    if (!parseLong(p.value(QStringLiteral("threads")), 0, 4096, threads))
        return error = Text::tr("--threads must be a whole number from 0 to 4096"), false;
    if (p.isSet(QStringLiteral("scale-list"))) {
        std::vector<long> scales;
        if (!parseLongList(p.value(QStringLiteral("scale-list")), 1, 1L << 40, scales))
            return error = Text::tr("--scale-list expects comma-separated whole numbers >= 1"), false;
        o.scales.assign(scales.begin(), scales.end());
    }
    o.order = static_cast<int>(order);
    o.minScale = static_cast<std::size_t>(smin);
    o.maxScale = static_cast<std::size_t>(smax);
    o.scaleCount = static_cast<int>(count);
    o.threads = static_cast<int>(threads);
    if (!parseDouble(p.value(QStringLiteral("min-r2")), o.minRSquared) || o.minRSquared < 0.0 ||
        o.minRSquared > 1.0)
        return error = Text::tr("--min-r2 must be a number from 0 to 1"), false;

    const MfdfaResult r = mfdfa(table.columns[static_cast<std::size_t>(columns.front())], o);
    insertMfdfa(out, r);
    out.insert(QStringLiteral("tau"), jsonArray(r.tau));
    out.insert(QStringLiteral("alpha"), jsonArray(r.alpha));
    out.insert(QStringLiteral("f_alpha"), jsonArray(r.fAlpha));
    out.insert(QStringLiteral("scale_usable"), jsonCounts(r.scaleUsable));
    out.insert(QStringLiteral("settings"), QJsonObject{{"order", o.order},
                                                       {"scale_min", static_cast<double>(o.minScale)},
                                                       {"scale_max", static_cast<double>(o.maxScale)},
                                                       {"scale_count", o.scaleCount},
                                                       {"scale_list", jsonCounts(o.scales)},
                                                       {"min_r2", o.minRSquared}});
    out.insert(QStringLiteral("conventions"), QString::fromStdString(r.conventions));
    return true;
}

} // namespace

MeasureSpec mfdfaSpec()
{
    return {"mfdfa",
            QT_TRANSLATE_NOOP("MeasureCommand", "multifractal DFA of one column {q, h, tau, alpha, f_alpha}"),
            MeasureInput::Series, &addOptions, &run, nullptr, "width", "h2"};
}

} // namespace nd::cli
