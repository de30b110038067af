// `neurodyn-cli measure rqa`: recurrence quantification (RR, DET, L_max, L_mean, ENTR, LAM, TT)
// of one column, of the whole series or of sliding windows (--window, --step), in a delay
// embedding given or chosen from the series (--tau ami, --m fnn|cao).
#include "cli/clicommon.h"
#include "cli/embeddingoptions.h"
#include "cli/measurespec.h"
#include "cli/recurrencejson.h"

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
                 Text::tr("Embedding delay tau >= 1 in samples (default 1), or ami (the first minimum of the "
                          "average mutual information) or acf (the first zero of the autocorrelation)."),
                 Text::tr("TAU|ami|acf"),
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
    RqaSettings o;
    long w = 0, lmin = 0, vmin = 0, window = 0, step = 0;
    if (!readDimensionOption(p, "m", 1, 1000, o.dimensionRule, o.dimension, error) ||
        !readDelayOption(p, "tau", 1, 1000000, o.delayRule, o.delay, error))
        return false;
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
    if (window == 0 && step != 0)
        return error = Text::tr("--step needs --window"), false;
    if (window != 0 && p.isSet(QStringLiteral("figure")))
        return error = Text::tr("--figure draws the whole series' plot, not with --window"), false;
    // Under --surrogates, the numbers the rules chose for the series (embeddingoptions.h).
    const EmbeddingRequest asked{o.delayRule, o.delay, o.dimensionRule, o.dimension, 1, 1000, "tau", "m"};
    if (const auto why = embeddingNotChosen(asked)) {
        out.insert(QStringLiteral("DET"), QJsonValue());
        out.insert(QStringLiteral("reason"), QString::fromStdString(*why));
        return true;
    }
    const EmbeddingRequest fixed = withFixedEmbedding(asked);
    o.delayRule = fixed.delayRule;
    o.delay = fixed.delay;
    o.dimensionRule = fixed.dimensionRule;
    o.dimension = fixed.dimension;
    o.theiler = static_cast<int>(w);
    o.minDiagonal = static_cast<int>(lmin);
    o.minVertical = static_cast<int>(vmin);
    o.norm = norm == QLatin1String("euclidean") ? RecurrenceNorm::Euclidean : RecurrenceNorm::Max;
    o.thresholdKind = mode == QLatin1String("abs")    ? RecurrenceThreshold::Absolute
                      : mode == QLatin1String("rate") ? RecurrenceThreshold::FixedRate
                                                      : RecurrenceThreshold::FractionOfStdDev;
    o.window = static_cast<std::size_t>(window);
    o.step = static_cast<std::size_t>(step);
    // The same computation and JSON as `run`'s rqa.json (app/cli/recurrencejson.h).
    const compute::RqaComputation c =
        compute::rqaOfSeries(table.columns[static_cast<std::size_t>(columns.front())], o);
    const QString figure = p.value(QStringLiteral("figure"));
    if (!figure.isEmpty() && c.whole && c.whole->defined &&
        !drawFigure(figure, c.series, c.options, out, error))
        return false;
    insertRqa(c, out);
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
