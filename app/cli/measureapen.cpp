// `neurodyn-cli measure apen`: approximate entropy (Pincus 1991) with sample entropy's tolerance
// and match options.
#include "cli/clicommon.h"
#include "cli/measurespec.h"

#include "measures/approximateentropy.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace nd::cli {

namespace {

// The texts of this file, under the translation context "MeasureApEn".
struct Text {
    Q_DECLARE_TR_FUNCTIONS(MeasureApEn)
};

void addOptions(QCommandLineParser& p)
{
    p.addOption({"m", Text::tr("Template length m >= 1 (default 2)."), Text::tr("M"), QStringLiteral("2")});
    p.addOption({"r", Text::tr("Tolerance r > 0 (default 0.2)."), Text::tr("R"), QStringLiteral("0.2")});
    p.addOption({"r-mode",
                 Text::tr("sd: r is a fraction of the standard deviation (default); abs: absolute."),
                 Text::tr("sd|abs"), QStringLiteral("sd")});
    p.addOption({"ddof", Text::tr("Standard deviation divisor N - ddof, 0 (default) or 1."), Text::tr("0|1"),
                 QStringLiteral("0")});
    p.addOption({"match", Text::tr("Match rule: le (distance <= r, default) or lt (< r)."), Text::tr("le|lt"),
                 QStringLiteral("le")});
}

bool run(const QCommandLineParser& p, const NumericTable& table, const std::vector<int>& columns,
         QJsonObject& out, QString& error)
{
    ApproximateEntropyOptions o;
    long m = 0, ddof = 0;
    if (!parseLong(p.value(QStringLiteral("m")), 1, 1000, m))
        return error = Text::tr("--m must be a whole number from 1 to 1000"), false;
    if (!parseDouble(p.value(QStringLiteral("r")), o.r) || !(o.r > 0))
        return error = Text::tr("--r must be a positive number"), false;
    if (!parseLong(p.value(QStringLiteral("ddof")), 0, 1, ddof))
        return error = Text::tr("--ddof must be 0 or 1"), false;
    const QString mode = p.value(QStringLiteral("r-mode"));
    const QString match = p.value(QStringLiteral("match"));
    if (mode != QLatin1String("sd") && mode != QLatin1String("abs"))
        return error = Text::tr("--r-mode must be sd or abs, not '%1'").arg(mode), false;
    if (match != QLatin1String("le") && match != QLatin1String("lt"))
        return error = Text::tr("--match must be le or lt, not '%1'").arg(match), false;
    o.m = static_cast<int>(m);
    o.ddof = static_cast<int>(ddof);
    o.toleranceKind =
        mode == QLatin1String("abs") ? ToleranceKind::Absolute : ToleranceKind::FractionOfStdDev;
    o.rule = match == QLatin1String("lt") ? MatchRule::Less : MatchRule::LessOrEqual;

    const auto& series = table.columns[static_cast<std::size_t>(columns.front())];
    const ApproximateEntropyResult r = approximateEntropy(series, o);
    out.insert(QStringLiteral("value"), r.defined ? jsonNumber(r.value) : QJsonValue());
    if (!r.defined)
        out.insert(QStringLiteral("reason"), QString::fromStdString(r.reason));
    out.insert(QStringLiteral("phi_m"), r.defined ? jsonNumber(r.phiM) : QJsonValue());
    out.insert(QStringLiteral("phi_m1"), r.defined ? jsonNumber(r.phiM1) : QJsonValue());
    out.insert(QStringLiteral("templates_m"), static_cast<double>(r.templatesM));
    out.insert(QStringLiteral("templates_m1"), static_cast<double>(r.templatesM1));
    out.insert(QStringLiteral("r_used"), jsonNumber(r.toleranceUsed));
    out.insert(QStringLiteral("sd"), jsonNumber(r.stdDev));
    out.insert(QStringLiteral("settings"),
               QJsonObject{{"m", o.m}, {"r", o.r}, {"r_mode", mode}, {"ddof", o.ddof}, {"match", match}});
    out.insert(QStringLiteral("conventions"), QString::fromStdString(r.conventions));
    return true;
}

} // namespace

MeasureSpec approximateEntropySpec()
{
    return {"apen",
            QT_TRANSLATE_NOOP("MeasureCommand", "approximate entropy of one column {value, Phi_m, Phi_m+1}"),
            MeasureInput::Series,
            &addOptions,
            &run,
            nullptr,
            "value"};
}

} // namespace nd::cli
