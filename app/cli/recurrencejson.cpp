#include "cli/recurrencejson.h"

#include "cli/clicommon.h"

#include "study/recurrencesections.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace nd::cli {

namespace {

// The texts of this file, under the translation context "RecurrenceJson".
struct Text {
    Q_DECLARE_TR_FUNCTIONS(RecurrenceJson)
};

QJsonValue orNull(bool defined, double v)
{
    return defined ? jsonNumber(v) : QJsonValue();
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

QJsonArray counts(const std::vector<std::size_t>& values)
{
    QJsonArray a;
    for (std::size_t v : values)
        a.append(static_cast<double>(v));
    return a;
}

QJsonValue dimensionOrNull(bool defined, int dimension)
{
    return defined ? QJsonValue(dimension) : QJsonValue();
}

const char* kThreshold[] = {"abs", "sd", "rate"}; // by RecurrenceThreshold

} // namespace

void insertRqaMeasures(const RqaResult& r, QJsonObject& out)
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

void insertEmbeddingChoice(const EmbeddingChoice& c, QJsonObject& out)
{
    if (c.delayChoice && c.delayChoice->defined) {
        QJsonObject delay{{"value", c.delay},
                          {"rule", QString::fromStdString(c.delayRuleText())},
                          {"conventions", QString::fromStdString(c.delayChoice->conventions)}};
        if (c.request.delayRule == DelayRule::MutualInformation)
            delay.insert(QStringLiteral("independence_level"), jsonNumber(c.delayChoice->independenceLevel));
        out.insert(QStringLiteral("delay_choice"), delay);
    }
    if (c.dimensionChoice && c.defined)
        out.insert(QStringLiteral("dimension_choice"),
                   QJsonObject{{"value", c.dimension},
                               {"rule", QString::fromStdString(c.dimensionRuleText())},
                               {"delay", c.delay},
                               {"conventions", QString::fromStdString(c.dimensionChoice->conventions)}});
}

void insertRqa(const compute::RqaComputation& c, QJsonObject& out)
{
    const RqaSettings& s = c.settings;
    insertEmbeddingChoice(c.embedding, out);
    if (!c.embedded) {
        // No embedding, no recurrences: the scalar is undefined with the reason, so surrogates
        // count it as undefined too.
        out.insert(QStringLiteral("DET"), QJsonValue());
        out.insert(QStringLiteral("reason"), QString::fromStdString(c.reason));
        return;
    }
    const RecurrenceOptions& o = c.options;
    const QJsonObject settings{
        {"m", o.dimension},
        {"tau", o.delay},
        {"m_rule", QLatin1String(dimensionRuleName(s.dimensionRule))},
        {"tau_rule", QLatin1String(delayRuleName(s.delayRule))},
        {"eps", o.threshold},
        {"eps_mode", QLatin1String(kThreshold[static_cast<int>(o.thresholdKind)])},
        {"norm", o.norm == RecurrenceNorm::Euclidean ? QStringLiteral("euclidean") : QStringLiteral("max")},
        {"theiler", o.theiler},
        {"lmin", o.minDiagonal},
        {"vmin", o.minVertical},
        {"window", static_cast<double>(s.window)},
        {"step", static_cast<double>(s.step)}};
    if (c.whole) {
        const RqaResult& r = *c.whole;
        insertRqaMeasures(r, out);
        out.insert(QStringLiteral("points"), static_cast<double>(r.points));
        out.insert(QStringLiteral("recurrences"), static_cast<double>(r.recurrences));
        out.insert(QStringLiteral("pairs"), static_cast<double>(r.admissiblePairs));
        out.insert(QStringLiteral("sd"), jsonNumber(r.stdDev));
        out.insert(QStringLiteral("diagonal_lines"), histogram(r.diagonalLines));
        out.insert(QStringLiteral("vertical_lines"), histogram(r.verticalLines));
        out.insert(QStringLiteral("settings"), settings);
        out.insert(QStringLiteral("conventions"), QString::fromStdString(r.conventions));
        return;
    }
    if (!c.windowed)
        return;
    const WindowedRqaResult& wr = *c.windowed;
    QJsonObject arrays;
    QJsonArray starts;
    for (std::size_t start : wr.starts)
        starts.append(static_cast<double>(start));
    arrays.insert(QStringLiteral("start"), starts);
    for (const char* key : {"RR", "DET", "L_max", "L_mean", "ENTR", "LAM", "TT", "V_max", "eps_used"}) {
        QJsonArray values;
        for (const RqaResult& r : wr.windows) {
            QJsonObject one;
            insertRqaMeasures(r, one);
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
}

void insertEmbedding(const compute::EmbeddingComputation& c, QJsonObject& out)
{
    const EmbeddingSettings& s = c.settings;
    QJsonObject delayJson;
    if (!c.delayChoice) {
        delayJson.insert(QStringLiteral("value"), c.delay);
        delayJson.insert(QStringLiteral("rule"), QStringLiteral("given"));
    } else {
        const DelayResult& r = *c.delayChoice;
        delayJson.insert(QStringLiteral("value"), r.defined ? QJsonValue(r.delay) : QJsonValue());
        if (r.defined)
            delayJson.insert(QStringLiteral("rule"), QString::fromStdString(r.rule));
        if (s.delayRule == DelayRule::MutualInformation)
            delayJson.insert(QStringLiteral("independence_level"), jsonNumber(r.independenceLevel));
        else
            delayJson.insert(QStringLiteral("reason"), QString::fromStdString(r.reason));
        delayJson.insert(QStringLiteral("max_lag"), r.maxLag);
        delayJson.insert(QStringLiteral("bins"), r.bins);
        delayJson.insert(QStringLiteral("mutual_information"), jsonArray(r.mutualInformation));
        delayJson.insert(QStringLiteral("autocorrelation"), jsonArray(r.autocorrelation));
        delayJson.insert(QStringLiteral("conventions"), QString::fromStdString(r.conventions));
    }
    out.insert(QStringLiteral("delay"), delayJson);

    QJsonObject fnn, cao;
    if (!c.dimension) {
        fnn.insert(QStringLiteral("dimension"), QJsonValue());
        fnn.insert(QStringLiteral("reason"), Text::tr("no delay was chosen"));
        cao = fnn;
    } else {
        const DimensionResult& r = *c.dimension;
        fnn.insert(QStringLiteral("dimension"), dimensionOrNull(r.fnnDefined, r.fnnDimension));
        if (!r.fnnDefined)
            fnn.insert(QStringLiteral("reason"), QString::fromStdString(r.fnnReason));
        fnn.insert(QStringLiteral("fractions"), jsonArray(r.fnnFraction));
        fnn.insert(QStringLiteral("counted"), counts(r.fnnCounted));
        cao.insert(QStringLiteral("dimension"), dimensionOrNull(r.caoDefined, r.caoDimension));
        if (r.caoDefined)
            cao.insert(QStringLiteral("rule"), QString::fromStdString(r.caoRule));
        else
            cao.insert(QStringLiteral("reason"), QString::fromStdString(r.caoReason));
        cao.insert(QStringLiteral("e1"), jsonArray(r.caoE1));
        cao.insert(QStringLiteral("e2"), jsonArray(r.caoE2));
        out.insert(QStringLiteral("sd"), jsonNumber(r.sd));
        out.insert(QStringLiteral("distance_evaluations"), static_cast<double>(r.distanceEvaluations));
        out.insert(QStringLiteral("conventions"), QString::fromStdString(r.conventions));
    }
    out.insert(QStringLiteral("fnn"), fnn);
    out.insert(QStringLiteral("cao"), cao);
    out.insert(
        QStringLiteral("settings"),
        QJsonObject{{"delay", s.delayRule == DelayRule::Given ? QString::number(s.delay)
                                                              : QLatin1String(delayRuleName(s.delayRule))},
                    {"max_lag", s.delayOptions.maxLag},
                    {"bins", s.delayOptions.bins},
                    {"max_dimension", s.maxDimension},
                    {"theiler", s.theilerWindow},
                    {"rtol", s.rTol},
                    {"atol", s.aTol},
                    {"fnn_threshold", s.fnnThreshold},
                    {"cao_threshold", s.caoThreshold},
                    {"cao_plateau", s.caoPlateau},
                    {"identical_tolerance", s.identicalTolerance}});
}

} // namespace nd::cli
