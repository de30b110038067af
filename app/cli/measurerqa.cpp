// `neurodyn-cli measure rqa`: recurrence quantification (RR, DET, L_max, L_mean, ENTR, LAM, TT)
// of one column, of the whole series or of sliding windows (--window, --step), in a delay
// embedding given or chosen from the series (--tau ami, --m fnn|cao).
#include "cli/clicommon.h"
#include "cli/measurespec.h"

#include "measures/embedding.h"
#include "measures/recurrence.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>

#ifdef NEURODYN_HAVE_FIGURES
#include "cli/figureexport.h"
#include "plots/recurrenceplotview.h"

#include <QApplication>
#include <QFileInfo>
#endif

namespace nd::cli {

namespace {

// The texts of this file, under the translation context "MeasureRqa".
struct Text {
    Q_DECLARE_TR_FUNCTIONS(MeasureRqa)
};

void addOptions(QCommandLineParser& p)
{
    p.addOption({{"m", "dimension"},
                 Text::tr("Embedding dimension m >= 1 (default 1), or fnn (false nearest neighbours) or cao "
                          "(Cao's E1): chosen from the series with the delay in use."),
                 Text::tr("M|fnn|cao"),
                 QStringLiteral("1")});
    p.addOption({{"tau", "delay"},
                 Text::tr("Embedding delay tau >= 1 in samples (default 1), or ami: the first minimum of the "
                          "average mutual information."),
                 Text::tr("TAU|ami"),
                 QStringLiteral("1")});
    p.addOption({"eps",
                 Text::tr("Threshold: a distance (abs), a fraction of the series' standard deviation "
                          "(sd, default 0.1) or a recurrence rate in (0, 1] (rate)."),
                 Text::tr("EPS"), QStringLiteral("0.1")});
    p.addOption({"eps-mode", Text::tr("sd (default), abs or rate: how --eps is read."),
                 Text::tr("sd|abs|rate"), QStringLiteral("sd")});
    p.addOption(
        {"norm", Text::tr("max (default) or euclidean."), Text::tr("max|euclidean"), QStringLiteral("max")});
    p.addOption({"theiler", Text::tr("Theiler window w: pairs |i-j| < w are left out (default 1)."),
                 Text::tr("W"), QStringLiteral("1")});
    p.addOption({"lmin", Text::tr("Shortest diagonal line DET, L_mean and ENTR count (default 2)."),
                 Text::tr("L"), QStringLiteral("2")});
    p.addOption({"vmin", Text::tr("Shortest vertical line LAM and TT count (default 2)."), Text::tr("V"),
                 QStringLiteral("2")});
    p.addOption({"figure",
                 Text::tr("Also draw the recurrence plot as BASE.png, .svg and .pdf (not with --window)."),
                 Text::tr("BASE")});
    p.addOption({"window", Text::tr("Windowed RQA: samples per window (default 0: the whole series)."),
                 Text::tr("N"), QStringLiteral("0")});
    p.addOption({"step", Text::tr("Windowed RQA: samples between window starts (default: the window)."),
                 Text::tr("N"), QStringLiteral("0")});
}

// --tau ami and --m fnn|cao: the delay, then the dimension with that delay, chosen from the
// series (nd::chooseDelay, nd::chooseDimension with their defaults), each stated in `out`
// ("delay_choice", "dimension_choice"). False with `why` when a choice is undefined.
bool chooseEmbedding(std::span<const double> series, bool ami, const QString& dimensionRule,
                     RecurrenceOptions& o, QJsonObject& out, QString& why)
{
    if (ami) {
        const DelayResult chosen = chooseDelay(series);
        if (!chosen.defined)
            return why = Text::tr("--tau ami chose no delay: %1").arg(QString::fromStdString(chosen.reason)),
                   false;
        o.delay = chosen.delay;
        out.insert(QStringLiteral("delay_choice"),
                   QJsonObject{{"value", chosen.delay},
                               {"rule", QString::fromStdString(chosen.rule)},
                               {"conventions", QString::fromStdString(chosen.conventions)}});
    }
    if (dimensionRule.isEmpty())
        return true;
    DimensionOptions d;
    d.delay = o.delay;
    const DimensionResult chosen = chooseDimension(series, d);
    const bool fnn = dimensionRule == QLatin1String("fnn");
    if (!(fnn ? chosen.fnnDefined : chosen.caoDefined))
        return why =
                   Text::tr("--m %1 chose no dimension: %2")
                       .arg(dimensionRule, QString::fromStdString(fnn ? chosen.fnnReason : chosen.caoReason)),
               false;
    o.dimension = fnn ? chosen.fnnDimension : chosen.caoDimension;
    out.insert(QStringLiteral("dimension_choice"),
               QJsonObject{{"value", o.dimension},
                           {"rule", dimensionRule},
                           {"delay", o.delay},
                           {"conventions", QString::fromStdString(chosen.conventions)}});
    return true;
}

QJsonValue orNull(bool defined, double v)
{
    return defined ? jsonNumber(v) : QJsonValue();
}

void insertMeasures(const RqaResult& r, QJsonObject& out)
{
    out.insert(QStringLiteral("RR"), orNull(r.defined, r.rr));
    out.insert(QStringLiteral("DET"), orNull(r.detDefined, r.det));
    out.insert(QStringLiteral("L_max"), orNull(r.defined, static_cast<double>(r.lMax)));
    out.insert(QStringLiteral("L_mean"), orNull(r.lineDefined, r.lMean));
    out.insert(QStringLiteral("ENTR"), orNull(r.lineDefined, r.entr));
    out.insert(QStringLiteral("LAM"), orNull(r.lamDefined, r.lam));
    out.insert(QStringLiteral("TT"), orNull(r.ttDefined, r.tt));
    out.insert(QStringLiteral("V_max"), orNull(r.defined, static_cast<double>(r.vMax)));
    out.insert(QStringLiteral("eps_used"), jsonNumber(r.epsilon));
    QJsonObject reasons;
    const std::pair<const char*, const std::string*> all[] = {{"RR", &r.reason},
                                                              {"DET", &r.detReason},
                                                              {"L_mean", &r.lineReason},
                                                              {"LAM", &r.lamReason},
                                                              {"TT", &r.ttReason}};
    for (const auto& [key, why] : all)
        if (!why->empty())
            reasons.insert(QLatin1String(key), QString::fromStdString(*why));
    if (!r.detDefined)
        out.insert(QStringLiteral("reason"), QString::fromStdString(r.detReason));
    if (!reasons.isEmpty())
        out.insert(QStringLiteral("reasons"), reasons);
}

// The line-length histograms as [[length, count], ...] for the lengths that occur.
QJsonArray histogram(const std::vector<std::size_t>& h)
{
    QJsonArray a;
    for (std::size_t l = 1; l < h.size(); ++l)
        if (h[l] > 0)
            a.append(QJsonArray{static_cast<double>(l), static_cast<double>(h[l])});
    return a;
}

// The recurrence plot as <base>.png/.svg/.pdf; the paths go to "figure".
bool drawFigure(const QString& base, std::span<const double> series, const RecurrenceOptions& o,
                QJsonObject& out, QString& error)
{
#ifdef NEURODYN_HAVE_FIGURES
    if (!qobject_cast<QApplication*>(QCoreApplication::instance()))
        return error = Text::tr("--figure: no drawing platform"), false;
    RecurrencePlotView view;
    view.resize(kFigureWidth, kFigureHeight);
    view.setMatrix(recurrenceMatrix(series, o));
    const QFileInfo info(base);
    if (!exportFigure(&view, info.absoluteDir(), info.fileName(), error))
        return false;
    QJsonArray files;
    for (const char* suffix : {".png", ".svg", ".pdf"})
        files.append(info.absoluteDir().filePath(info.fileName() + QLatin1String(suffix)));
    out.insert(QStringLiteral("figure"), files);
    return true;
#else
    Q_UNUSED(base);
    Q_UNUSED(series);
    Q_UNUSED(o);
    Q_UNUSED(out);
    return error = Text::tr("--figure: this build draws no figures"), false;
#endif
}

bool run(const QCommandLineParser& p, const NumericTable& table, const std::vector<int>& columns,
         QJsonObject& out, QString& error)
{
    RecurrenceOptions o;
    long m = 0, tau = 0, w = 0, lmin = 0, vmin = 0, window = 0, step = 0;
    const QString mText = p.value(QStringLiteral("m"));
    const QString dimensionRule =
        mText == QLatin1String("fnn") || mText == QLatin1String("cao") ? mText : QString();
    const bool ami = p.value(QStringLiteral("tau")) == QLatin1String("ami");
    // A number out of range keeps the message Python's rqa() shares; a word names the rules too.
    double number = 0.0;
    if (dimensionRule.isEmpty() && !parseLong(mText, 1, 1000, m))
        return error = parseDouble(mText, number)
                           ? Text::tr("--m must be a whole number from 1 to 1000")
                           : Text::tr("--m must be a whole number from 1 to 1000, fnn or cao"),
               false;
    const QString tauText = p.value(QStringLiteral("tau"));
    if (!ami && !parseLong(tauText, 1, 1000000, tau))
        return error = parseDouble(tauText, number)
                           ? Text::tr("--tau must be a whole number from 1 to 1e6")
                           : Text::tr("--tau must be a whole number from 1 to 1e6, or ami"),
               false;
    if (!parseLong(p.value(QStringLiteral("theiler")), 0, 1000000, w))
        return error = Text::tr("--theiler must be a whole number from 0 to 1e6"), false;
    if (!parseLong(p.value(QStringLiteral("lmin")), 1, 1000000, lmin) ||
        !parseLong(p.value(QStringLiteral("vmin")), 1, 1000000, vmin))
        return error = Text::tr("--lmin and --vmin must be whole numbers from 1 to 1e6"), false;
    if (!parseLong(p.value(QStringLiteral("window")), 0, 1000000000, window) ||
        !parseLong(p.value(QStringLiteral("step")), 0, 1000000000, step))
        return error = Text::tr("--window and --step must be whole numbers >= 0"), false;
    const QString mode = p.value(QStringLiteral("eps-mode"));
    const QString norm = p.value(QStringLiteral("norm"));
    if (mode != QLatin1String("sd") && mode != QLatin1String("abs") && mode != QLatin1String("rate"))
        return error = Text::tr("--eps-mode must be sd, abs or rate, not '%1'").arg(mode), false;
    if (norm != QLatin1String("max") && norm != QLatin1String("euclidean"))
        return error = Text::tr("--norm must be max or euclidean, not '%1'").arg(norm), false;
    if (!parseDouble(p.value(QStringLiteral("eps")), o.threshold) || !(o.threshold > 0.0) ||
        (mode == QLatin1String("rate") && o.threshold > 1.0))
        return error = Text::tr("--eps must be a positive number (a rate at most 1)"), false;
    o.dimension = static_cast<int>(m);
    o.delay = static_cast<int>(tau);
    const auto& series = table.columns[static_cast<std::size_t>(columns.front())];
    QString why;
    if ((ami || !dimensionRule.isEmpty()) && !chooseEmbedding(series, ami, dimensionRule, o, out, why)) {
        // No embedding, no recurrences: the scalar is undefined with the reason (as for
        // permutation entropy's --delay ami), so surrogates count it as undefined too.
        out.insert(QStringLiteral("DET"), QJsonValue());
        out.insert(QStringLiteral("reason"), why);
        return true;
    }
    o.theiler = static_cast<int>(w);
    o.minDiagonal = static_cast<int>(lmin);
    o.minVertical = static_cast<int>(vmin);
    o.norm = norm == QLatin1String("euclidean") ? RecurrenceNorm::Euclidean : RecurrenceNorm::Max;
    o.thresholdKind = mode == QLatin1String("abs")    ? RecurrenceThreshold::Absolute
                      : mode == QLatin1String("rate") ? RecurrenceThreshold::FixedRate
                                                      : RecurrenceThreshold::FractionOfStdDev;
    const QJsonObject settings{{"m", o.dimension},
                               {"tau", o.delay},
                               {"eps", o.threshold},
                               {"eps_mode", mode},
                               {"norm", norm},
                               {"theiler", o.theiler},
                               {"lmin", o.minDiagonal},
                               {"vmin", o.minVertical},
                               {"window", static_cast<double>(window)},
                               {"step", static_cast<double>(step)}};

    if (window == 0) {
        if (step != 0)
            return error = Text::tr("--step needs --window"), false;
        const RqaResult r = recurrenceQuantification(series, o);
        const QString figure = p.value(QStringLiteral("figure"));
        if (!figure.isEmpty() && r.defined && !drawFigure(figure, series, o, out, error))
            return false;
        insertMeasures(r, out);
        out.insert(QStringLiteral("points"), static_cast<double>(r.points));
        out.insert(QStringLiteral("recurrences"), static_cast<double>(r.recurrences));
        out.insert(QStringLiteral("pairs"), static_cast<double>(r.admissiblePairs));
        out.insert(QStringLiteral("sd"), jsonNumber(r.stdDev));
        out.insert(QStringLiteral("diagonal_lines"), histogram(r.diagonalLines));
        out.insert(QStringLiteral("vertical_lines"), histogram(r.verticalLines));
        out.insert(QStringLiteral("settings"), settings);
        out.insert(QStringLiteral("conventions"), QString::fromStdString(r.conventions));
        return true;
    }
    if (p.isSet(QStringLiteral("figure")))
        return error = Text::tr("--figure draws the whole series' plot, not with --window"), false;
    const WindowedRqaResult wr = windowedRecurrenceQuantification(
        series, static_cast<std::size_t>(window), static_cast<std::size_t>(step == 0 ? window : step), o);
    QJsonObject arrays;
    QJsonArray starts;
    for (std::size_t s : wr.starts)
        starts.append(static_cast<double>(s));
    arrays.insert(QStringLiteral("start"), starts);
    for (const char* key : {"RR", "DET", "L_max", "L_mean", "ENTR", "LAM", "TT", "V_max", "eps_used"}) {
        QJsonArray values;
        for (const RqaResult& r : wr.windows) {
            QJsonObject one;
            insertMeasures(r, one);
            values.append(one.value(QLatin1String(key)));
        }
        arrays.insert(QLatin1String(key), values);
    }
    out.insert(QStringLiteral("windows"), arrays);
    // The scalar --surrogates tests: DET of the whole series is not computed in a windowed run.
    out.insert(QStringLiteral("DET"), QJsonValue());
    out.insert(QStringLiteral("reason"), Text::tr("windowed run: DET per window is in \"windows\""));
    out.insert(QStringLiteral("settings"), settings);
    out.insert(QStringLiteral("conventions"),
               wr.windows.empty() ? QString() : QString::fromStdString(wr.windows.front().conventions));
    return true;
}

} // namespace

MeasureSpec rqaSpec()
{
    return {
        "rqa",
        QT_TRANSLATE_NOOP("MeasureCommand",
                          "recurrence quantification of one column {RR, DET, L_max, L_mean, ENTR, LAM, TT}"),
        MeasureInput::Series,
        &addOptions,
        &run,
        nullptr,
        "DET"};
}

} // namespace nd::cli
