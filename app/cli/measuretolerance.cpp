#include "cli/measuretolerance.h"

#include "cli/clicommon.h"
#include "cli/embeddingoptions.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace nd::cli {

namespace {

// The texts of this file, under the translation context "MeasureTolerance".
struct Text {
    Q_DECLARE_TR_FUNCTIONS(MeasureTolerance)
};

} // namespace

void addToleranceOptions(QCommandLineParser& p)
{
    p.addOption({"m",
                 Text::tr("Template length m >= 1 (default 2), or fnn (false nearest neighbours) or cao "
                          "(Cao's E1): chosen from the series as measure embedding does."),
                 Text::tr("M|fnn|cao"), QStringLiteral("2")});
    p.addOption({"r", Text::tr("Tolerance r > 0 (default 0.2)."), Text::tr("R"), QStringLiteral("0.2")});
    p.addOption({"r-mode",
                 Text::tr("sd: r is a fraction of the standard deviation (default); abs: absolute."),
                 Text::tr("sd|abs"), QStringLiteral("sd")});
    p.addOption({"ddof", Text::tr("Standard deviation divisor N - ddof, 0 (default) or 1."), Text::tr("0|1"),
                 QStringLiteral("0")});
    p.addOption({"match", Text::tr("Match rule: le (distance <= r, default) or lt (< r)."), Text::tr("le|lt"),
                 QStringLiteral("le")});
}

bool readToleranceOptions(const QCommandLineParser& p, ToleranceChoice& c, QString& error)
{
    long ddof = 0;
    if (!readDimensionOption(p, "m", 1, 1000, c.mRule, c.m, error))
        return false;
    if (!parseDouble(p.value(QStringLiteral("r")), c.r) || !(c.r > 0))
        return error = Text::tr("--r must be a positive number"), false;
    if (!parseLong(p.value(QStringLiteral("ddof")), 0, 1, ddof))
        return error = Text::tr("--ddof must be 0 or 1"), false;
    c.mode = p.value(QStringLiteral("r-mode"));
    c.match = p.value(QStringLiteral("match"));
    if (c.mode != QLatin1String("sd") && c.mode != QLatin1String("abs"))
        return error = Text::tr("--r-mode must be sd or abs, not '%1'").arg(c.mode), false;
    if (c.match != QLatin1String("le") && c.match != QLatin1String("lt"))
        return error = Text::tr("--match must be le or lt, not '%1'").arg(c.match), false;
    c.ddof = static_cast<int>(ddof);
    c.kind = c.mode == QLatin1String("abs") ? ToleranceKind::Absolute : ToleranceKind::FractionOfStdDev;
    c.rule = c.match == QLatin1String("lt") ? MatchRule::Less : MatchRule::LessOrEqual;
    return true;
}

} // namespace nd::cli
