#include "study/enginemessage.h"

#include <QCoreApplication>

namespace nd {

namespace {

// The templates of core's ND_ENGINE_TEXT messages, for lupdate (translations/dictionary/views24.py
// gives their German and Chinese). tst_language checks that this list and core agree.
const char* const kTemplates[] = {
    QT_TRANSLATE_NOOP("EngineMessage", "%1 needs about %2 MiB, more than the limit of %3 MiB; reduce the "
                                       "sizes (fewer columns, cells, bins, samples or kept points)"),
    QT_TRANSLATE_NOOP("EngineMessage", "%1: %2 has no parameter named '%3'"),
    QT_TRANSLATE_NOOP("EngineMessage", "%1: parameter index %2 does not exist"),
    QT_TRANSLATE_NOOP("EngineMessage", "%1: the number of values must be >= 1 (got %2)"),
    QT_TRANSLATE_NOOP("EngineMessage", "%1: %2 values is more than the limit of %3"),
    QT_TRANSLATE_NOOP("EngineMessage", "%1: the range is empty (start and end are both %2)"),
    QT_TRANSLATE_NOOP("EngineMessage", "%1: %2 = %3 is outside its valid range [%4, %5]"),
    QT_TRANSLATE_NOOP("EngineMessage", "%1 has %2 values but %3 has %4 state variables"),
    QT_TRANSLATE_NOOP("EngineMessage", "%1: the integration step must be a positive number (got %2)"),
    QT_TRANSLATE_NOOP("EngineMessage", "basins: %1 cell outcomes do not fill a %2 x %3 grid"),
    QT_TRANSLATE_NOOP("EngineMessage", "basins: a cell's fingerprint does not fit the model's dimension"),
    QT_TRANSLATE_NOOP("EngineMessage", "%1: state variable index %2 does not exist"),
    QT_TRANSLATE_NOOP("EngineMessage", "%1: the number of grid points must be in [1, %2]"),
    QT_TRANSLATE_NOOP("EngineMessage", "%1: the range is empty"),
    QT_TRANSLATE_NOOP("EngineMessage", "%1: the two axes use the same state variable"),
    QT_TRANSLATE_NOOP("EngineMessage", "%1: the transient must be >= 0"),
    QT_TRANSLATE_NOOP("EngineMessage", "%1: the largest period must be >= 1"),
    QT_TRANSLATE_NOOP("EngineMessage",
                      "%1: the fingerprint window must be at least twice the largest period (and sane)"),
    QT_TRANSLATE_NOOP("EngineMessage", "%1: tolerances must be positive"),
    QT_TRANSLATE_NOOP("EngineMessage", "%1: the escape bound must be positive"),
    QT_TRANSLATE_NOOP("EngineMessage", "%1: the tile size must be >= 1"),
    QT_TRANSLATE_NOOP("EngineMessage", "basins: rows [%1, %2) are not in the grid of %3 rows"),
    QT_TRANSLATE_NOOP("EngineMessage", "%1: the number of exponents must be between 0 (all) and %2"),
    QT_TRANSLATE_NOOP("EngineMessage", "%1: the number of steps must be >= 1 (got %2)"),
    QT_TRANSLATE_NOOP("EngineMessage", "%1: the re-orthonormalisation interval must be >= 1"),
    QT_TRANSLATE_NOOP("EngineMessage", "%1: there are no parameter values"),
    QT_TRANSLATE_NOOP("EngineMessage", "%1: the convergence curve must have between 0 and 1000000 points"),
    QT_TRANSLATE_NOOP("EngineMessage", "%1: the initial state has %2 values but %3 has %4"),
    QT_TRANSLATE_NOOP("EngineMessage", "%1: the observable uses no state variable"),
    QT_TRANSLATE_NOOP("EngineMessage", "%1: the order parameter of planes needs pairs of state variables"),
    QT_TRANSLATE_NOOP("EngineMessage", "%1: state variable index %2 does not exist (%3 has %4)"),
    QT_TRANSLATE_NOOP("EngineMessage", "%1: the transient must be >= 0 (got %2)"),
    QT_TRANSLATE_NOOP("EngineMessage", "%1: the number of samples must be >= 1 (got %2)"),
    QT_TRANSLATE_NOOP("EngineMessage", "%1: transient or samples is absurdly large"),
    QT_TRANSLATE_NOOP("EngineMessage", "%1: the number of bins must be in [1, 1000000] (got %2)"),
    QT_TRANSLATE_NOOP("EngineMessage", "%1: the bin range is empty (start must be below end)"),
    QT_TRANSLATE_NOOP("EngineMessage", "%1: initial conditions per column must be in [1, 100000]"),
    QT_TRANSLATE_NOOP("EngineMessage", "%1: the initial-state box needs %2 lower and upper bounds"),
    QT_TRANSLATE_NOOP("EngineMessage", "%1: initial-state box lower bound above upper bound for variable %2"),
    QT_TRANSLATE_NOOP("EngineMessage", "%1: tile size must be >= 1 column"),
    QT_TRANSLATE_NOOP("EngineMessage", "period detection: the largest period must be >= 1 (got %1)"),
    QT_TRANSLATE_NOOP("EngineMessage", "period detection: the transient must be >= 0"),
    QT_TRANSLATE_NOOP("EngineMessage",
                      "period detection: the window (%1) must be at least twice the largest period (%2)"),
    QT_TRANSLATE_NOOP("EngineMessage", "period detection: a window of %1 iterations is too long"),
    QT_TRANSLATE_NOOP("EngineMessage", "period detection: the tolerance must be a positive number"),
    QT_TRANSLATE_NOOP("EngineMessage", "period detection: the escape bound must be positive"),
    QT_TRANSLATE_NOOP("EngineMessage", "period detection: the initial state has the wrong size"),
    QT_TRANSLATE_NOOP("EngineMessage", "scan: the x and y axes use the same parameter"),
    QT_TRANSLATE_NOOP("EngineMessage", "scan: the tile size must be >= 1"),
    QT_TRANSLATE_NOOP("EngineMessage", "%1: the number of observed steps must be >= 1"),
    QT_TRANSLATE_NOOP("EngineMessage",
                      "largest Lyapunov exponent: steps must be >= 1 and the transient >= 0"),
    QT_TRANSLATE_NOOP("EngineMessage", "%1: no state variable chosen"),
    QT_TRANSLATE_NOOP("EngineMessage", "%1: the sampling stride must be >= 1"),
    QT_TRANSLATE_NOOP("EngineMessage", "%1: the recorded series per cell would exceed 50 million values"),
    QT_TRANSLATE_NOOP("EngineMessage", "cross-correlation: hub %1 is not a node (there are %2)"),
    QT_TRANSLATE_NOOP("EngineMessage", "Kuramoto R: %1%2"),
    QT_TRANSLATE_NOOP("EngineMessage", "%1: %2 phases do not fit: %3; valid for this model: %4"),
    QT_TRANSLATE_NOOP("EngineMessage", "%1 must be a finite number (got %2)"),
    QT_TRANSLATE_NOOP("EngineMessage", "autocorrelation: the largest lag must be below the sequence length"),
    QT_TRANSLATE_NOOP("EngineMessage", "autocorrelation: sequence longer than planned"),
    QT_TRANSLATE_NOOP("EngineMessage", "%1 is too short: %2 samples, at least %3 needed"),
    QT_TRANSLATE_NOOP("EngineMessage", "%1 holds a non-finite value (%2) at index %3"),
    QT_TRANSLATE_NOOP("EngineMessage",
                      "series matrix size mismatch: expected samples x nodes = %1 values, got %2"),
    QT_TRANSLATE_NOOP("EngineMessage",
                      "series matrix size mismatch: expected nodes x samples = %1 values, got %2"),
    QT_TRANSLATE_NOOP("EngineMessage", "%1 has %2 nodes, at least %3 needed"),
    QT_TRANSLATE_NOOP("EngineMessage", "%1 holds a non-finite value (%2) at sample %3, node %4"),
    QT_TRANSLATE_NOOP("EngineMessage", "MFDFA: detrending order must be in 0..8 (got %1)"),
    QT_TRANSLATE_NOOP("EngineMessage", "MFDFA: zero-variance tolerance must be in [0, 1)"),
    QT_TRANSLATE_NOOP("EngineMessage", "MFDFA: the R^2 warning threshold must be in [0, 1]"),
    QT_TRANSLATE_NOOP("EngineMessage", "MFDFA: the flat-segment fraction must be in [0, 1)"),
    QT_TRANSLATE_NOOP("EngineMessage", "MFDFA: at least two scales are needed (scale count %1)"),
    QT_TRANSLATE_NOOP("EngineMessage", "MFDFA: scale range [%1, %2] must lie in [order + 2, N / 2] = [%3, "
                                       "%4] with min < max (series too short?)"),
    QT_TRANSLATE_NOOP("EngineMessage", "MFDFA: at least two distinct scales are needed"),
    QT_TRANSLATE_NOOP("EngineMessage", "MFDFA: scale %1 lies outside [order + 2, N / 2] = [%2, %3]"),
    QT_TRANSLATE_NOOP("EngineMessage", "MFDFA: scales must be strictly increasing (%1 after %2)"),
    QT_TRANSLATE_NOOP("EngineMessage", "network spectrum: the graph is empty (no nodes)"),
    QT_TRANSLATE_NOOP("EngineMessage", "network spectrum: edge %1 names node %2 but the graph has %3 nodes"),
    QT_TRANSLATE_NOOP("EngineMessage",
                      "network spectrum: the graph is empty (no edge with a nonzero weight)"),
    QT_TRANSLATE_NOOP("EngineMessage", "coupling matrix: expected %1 entries for %2 nodes, got %3"),
    QT_TRANSLATE_NOOP("EngineMessage", "shortest distances: source node %1 does not exist"),
    QT_TRANSLATE_NOOP("EngineMessage", "network spectrum: at least two radii are needed (radius count %1)"),
    QT_TRANSLATE_NOOP("EngineMessage", "network spectrum: radii must be positive and strictly increasing"),
    QT_TRANSLATE_NOOP("EngineMessage", "network spectrum: at least two radii are needed"),
    QT_TRANSLATE_NOOP("EngineMessage", "network spectrum: the R^2 warning threshold must be in [0, 1]"),
    QT_TRANSLATE_NOOP("EngineMessage", "sample entropy: m (template length) must be >= 1 (got %1)"),
    QT_TRANSLATE_NOOP("EngineMessage", "sample entropy: lag must be >= 1 (got %1)"),
    QT_TRANSLATE_NOOP("EngineMessage", "sample entropy: ddof must be 0 or 1 (got %1)"),
    QT_TRANSLATE_NOOP("EngineMessage", "line fit: needs at least two (x, y) points of equal count"),
    QT_TRANSLATE_NOOP("EngineMessage", "line fit: all x values are equal"),
    QT_TRANSLATE_NOOP("EngineMessage", "%1: the q grid is empty"),
    QT_TRANSLATE_NOOP("EngineMessage", "cross-correlation: hub index %1 is not a node (there are %2)"),
    QT_TRANSLATE_NOOP("EngineMessage", "geometric phases: x and y must have the same samples and nodes"),
    QT_TRANSLATE_NOOP("EngineMessage", "arctan phases: x and y must have the same samples and nodes"),
    QT_TRANSLATE_NOOP("EngineMessage", "Hilbert phases: the series is longer than one FFT can take"),
    QT_TRANSLATE_NOOP("EngineMessage", "Hilbert phases: node %1 has a non-finite value"),
    QT_TRANSLATE_NOOP("EngineMessage", "%1 phases need a second per-node variable y"),
    QT_TRANSLATE_NOOP("EngineMessage", "0-1 test: n_cut must be in [3, N - 1] (got %1 for N = %2)"),
    QT_TRANSLATE_NOOP("EngineMessage", "0-1 test: the number of c values must be >= 1 (got %1)"),
    QT_TRANSLATE_NOOP("EngineMessage", "0-1 test: the c range minimum must be below its maximum"),
    QT_TRANSLATE_NOOP("EngineMessage", "%1: parameter index %2 out of range"),
    QT_TRANSLATE_NOOP("EngineMessage", "%1 has no parameter named '%2'"),
    QT_TRANSLATE_NOOP("EngineMessage", "%1 parameter '%2' = %3 is outside its valid range [%4, %5]"),
    QT_TRANSLATE_NOOP("EngineMessage", "%1: a linked parameter needs a name"),
    QT_TRANSLATE_NOOP("EngineMessage", "%1: link '%2' has the name of a parameter of the model"),
    QT_TRANSLATE_NOOP("EngineMessage", "%1: two links are named '%2'"),
    QT_TRANSLATE_NOOP("EngineMessage", "%1: link '%2' sets no parameter"),
    QT_TRANSLATE_NOOP("EngineMessage", "%1: link '%2' sets '%3', which is not a parameter of the model"),
    QT_TRANSLATE_NOOP("EngineMessage", "%1: link '%2': the scale of '%3' must be a non-zero number (got %4)"),
    QT_TRANSLATE_NOOP("EngineMessage", "%1: link '%2': the offset of '%3' must be a finite number (got %4)"),
    QT_TRANSLATE_NOOP("EngineMessage", "%1: '%2' is set twice (by link '%3' and by link '%4')"),
    QT_TRANSLATE_NOOP("EngineMessage", "%1: the links form a cycle (%2)"),
    QT_TRANSLATE_NOOP("EngineMessage", "%1: link '%2': no value keeps all its targets in their valid ranges"),
    QT_TRANSLATE_NOOP("EngineMessage", "%1: '%2' is not a number"),
    QT_TRANSLATE_NOOP("EngineMessage", "%1: every value must be finite (got '%2')"),
    QT_TRANSLATE_NOOP("EngineMessage", "%1 has no setting named '%2'"),
    QT_TRANSLATE_NOOP("EngineMessage", "unknown model type '%1' (known: %2)"),
    QT_TRANSLATE_NOOP("EngineMessage", "%1 is a map, not an ODE: use simulateMap"),
    QT_TRANSLATE_NOOP("EngineMessage", "time step dt must be a positive finite number"),
    QT_TRANSLATE_NOOP("EngineMessage", "integration tolerances must be positive"),
    QT_TRANSLATE_NOOP("EngineMessage", "initial state has %1 values but %2 has %3 state variables"),
    QT_TRANSLATE_NOOP("EngineMessage", "transient must be >= 0 (got %1)"),
    QT_TRANSLATE_NOOP("EngineMessage", "the number of samples must be >= 1 (got %1)"),
    QT_TRANSLATE_NOOP("EngineMessage", "stride must be >= 1 (got %1)"),
    QT_TRANSLATE_NOOP("EngineMessage", "escape bound must be positive"),
    QT_TRANSLATE_NOOP("EngineMessage", "recorded variable index %1 does not exist"),
    QT_TRANSLATE_NOOP(
        "EngineMessage",
        "recording %1 samples of %2 variables needs about %3 GB; reduce the samples or raise the stride"),
    // XPPAUT import (core/equations/xppimport.cpp): why an .ode line was not translated.
    QT_TRANSLATE_NOOP("EngineMessage", "the character '%1' has no counterpart"),
    QT_TRANSLATE_NOOP("EngineMessage", "the byte %1 (a control character or not ASCII) outside a comment"),
    QT_TRANSLATE_NOOP("EngineMessage", "nested more than %1 deep"),
    QT_TRANSLATE_NOOP("EngineMessage", "an expression is missing"),
    QT_TRANSLATE_NOOP("EngineMessage", "a '(' is not closed"),
    QT_TRANSLATE_NOOP("EngineMessage", "'%1' has no counterpart in an expression"),
    QT_TRANSLATE_NOOP("EngineMessage", "the time t has no counterpart (typed models are autonomous)"),
    QT_TRANSLATE_NOOP("EngineMessage", "unknown name '%1'"),
    QT_TRANSLATE_NOOP("EngineMessage", "two operands without an operator between them at '%1'"),
    QT_TRANSLATE_NOOP("EngineMessage", "uses %1, which is not translated"),
    QT_TRANSLATE_NOOP("EngineMessage", "if(...) is not followed by then(...)else(...)"),
    QT_TRANSLATE_NOOP("EngineMessage", "%1 takes %2 arguments, not %3"),
    QT_TRANSLATE_NOOP("EngineMessage", "XPP's function %1 has no counterpart"),
    QT_TRANSLATE_NOOP("EngineMessage", "unknown function '%1'"),
    QT_TRANSLATE_NOOP("EngineMessage", "expected name=value at '%1'"),
    QT_TRANSLATE_NOOP("EngineMessage", "the value of %1 is not a number"),
    QT_TRANSLATE_NOOP("EngineMessage", "the value of %1 is not a finite number"),
    QT_TRANSLATE_NOOP("EngineMessage", "an @ option (numerics, plotting) is ignored: set it in the study"),
    QT_TRANSLATE_NOOP("EngineMessage", "XPP's '%1' statement has no counterpart"),
    QT_TRANSLATE_NOOP("EngineMessage", "not an XPP statement this import understands"),
    QT_TRANSLATE_NOOP("EngineMessage", "expected !name=expression"),
    QT_TRANSLATE_NOOP("EngineMessage", "expected aux name=expression"),
    QT_TRANSLATE_NOOP("EngineMessage", "XPP arrays (name[i..j]) have no counterpart"),
    QT_TRANSLATE_NOOP("EngineMessage", "the file has %1 bytes, more than the limit of %2"),
    QT_TRANSLATE_NOOP("EngineMessage", "an ODE in a file of maps (x(t+1)=): a model is one or the other"),
    QT_TRANSLATE_NOOP("EngineMessage", "a map equation in a file of ODEs: a model is one or the other"),
    QT_TRANSLATE_NOOP("EngineMessage", "a second equation for %1"),
    QT_TRANSLATE_NOOP("EngineMessage", "no equation (x(t+1)=, dx/dt= or x'=) could be read"),
    QT_TRANSLATE_NOOP("EngineMessage", "an initial value for %1, which has no equation"),
    QT_TRANSLATE_NOOP("EngineMessage", "%1 is defined twice"),
    QT_TRANSLATE_NOOP("EngineMessage", "the equation of %1 could not be translated: %2"),
    QT_TRANSLATE_NOOP("EngineMessage", "%1 is a reserved name in NeuroDyn's model language: renamed %2"),
    QT_TRANSLATE_NOOP("EngineMessage",
                      "names lower-cased: XPPAUT ignores case, NeuroDyn's model language does not"),
    // core/measures/significance.cpp, surrogates.cpp
    QT_TRANSLATE_NOOP("EngineMessage", "significance needs at least one surrogate"),
    QT_TRANSLATE_NOOP("EngineMessage", "surrogates need at least one series"),
    QT_TRANSLATE_NOOP("EngineMessage", "surrogates: channel %1 has %2 samples, channel 1 has %3"),
    QT_TRANSLATE_NOOP("EngineMessage", "surrogates: a series of %1 samples is longer than %2"),
    QT_TRANSLATE_NOOP("EngineMessage", "IAAFT tolerance must be a finite number >= 0"),
    QT_TRANSLATE_NOOP("EngineMessage", "IAAFT needs at least one iteration"),
    QT_TRANSLATE_NOOP("EngineMessage",
                      "network spectrum: the NeuroMFA distance cap d_max must be a number above 1 "
                      "(distances are kept when 1 < d <= d_max), got %1"),
    QT_TRANSLATE_NOOP("EngineMessage",
                      "network spectrum: the NeuroMFA edge count a node must exceed cannot be negative"),
    QT_TRANSLATE_NOOP("EngineMessage",
                      "network spectrum: NeuroMFA rounds distances to 0 to 6 decimals, got %1"),
    QT_TRANSLATE_NOOP("EngineMessage",
                      "network spectrum: the NeuroMFA filter mode must be 0, 1, 2 or 3, got %1"),
    QT_TRANSLATE_NOOP("EngineMessage", "emergence: no checkpoint given"),
    QT_TRANSLATE_NOOP("EngineMessage", "emergence: checkpoint %1 has %2 alpha_0 values but %3 widths"),
    // core/analysis/basinmeasures.cpp
    QT_TRANSLATE_NOOP("EngineMessage", "%1: %2 labels do not fill a grid of %3 x %4 cells"),
    QT_TRANSLATE_NOOP("EngineMessage", "%1: at least two different perturbation sizes are needed"),
    QT_TRANSLATE_NOOP("EngineMessage", "%1: boxes of %2 cells do not fit in a grid of %3 x %4 cells"),
    QT_TRANSLATE_NOOP("EngineMessage", "%1: no classifier to evaluate perturbed points"),
    QT_TRANSLATE_NOOP("EngineMessage", "%1: perturbation sizes must be in (0, 0.5) of the axis range (got %2)"),
    QT_TRANSLATE_NOOP("EngineMessage", "%1: the box size must be >= 1 cell"),
    QT_TRANSLATE_NOOP("EngineMessage", "%1: the grid has no cells"),
    QT_TRANSLATE_NOOP("EngineMessage", "%1: the number of samples must be in [1, %2]"),
    QT_TRANSLATE_NOOP("EngineMessage", "%1: the refinement cap must be in [0, 20] levels"),
    // The attractor atlas (core/analysis/attractors.h).
    QT_TRANSLATE_NOOP("EngineMessage", "%1 must be a number >= 0 (got %2)"),
    QT_TRANSLATE_NOOP("EngineMessage", "%1 must be a positive number (got %2)"),
    QT_TRANSLATE_NOOP("EngineMessage", "%1 must be in [%2, %3] (got %4)"),
    QT_TRANSLATE_NOOP("EngineMessage", "%1: %2 columns for an axis of %3 values"),
    QT_TRANSLATE_NOOP("EngineMessage", "%1: %2 outcomes for %3 initial states"),
    QT_TRANSLATE_NOOP("EngineMessage", "%1: columns [%2, %3) are not in the axis of %4 values"),
    QT_TRANSLATE_NOOP("EngineMessage", "%1: states [%2, %3) are not in [0, %4)"),
    QT_TRANSLATE_NOOP("EngineMessage", "%1: the box is empty along state variable %2"),
    QT_TRANSLATE_NOOP("EngineMessage", "%1: the cell size needs 1 or %2 values (got %3)"),
    QT_TRANSLATE_NOOP("EngineMessage", "%1: outcome %2 is malformed"),
};

} // namespace

QString engineMessage(const InputError& error)
{
    const char* text = error.messageTemplate();
    if (!text)
        return QString::fromStdString(error.what());
    const QString translated = QCoreApplication::translate("EngineMessage", text);
    const std::vector<std::string>& args = error.arguments();
    // One pass, as fillMessage does: an argument that itself holds "%1" is never re-expanded.
    QString out = QString::fromStdString(error.prefix());
    for (qsizetype i = 0; i < translated.size(); ++i) {
        const QChar c = translated[i];
        if (c == QLatin1Char('%') && i + 1 < translated.size() && translated[i + 1] >= QLatin1Char('1') &&
            translated[i + 1] <= QLatin1Char('9')) {
            const auto k = static_cast<std::size_t>(translated[i + 1].unicode() - u'1');
            if (k < args.size()) {
                out += QString::fromStdString(args[k]);
                ++i;
                continue;
            }
        }
        out += c;
    }
    return out;
}

QStringList engineMessageTemplates()
{
    QStringList list;
    for (const char* t : kTemplates)
        list << QString::fromUtf8(t);
    return list;
}

} // namespace nd
