#include "cli/embeddingoptions.h"

#include "cli/clicommon.h"
#include "cli/recurrencejson.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace nd::cli {

namespace {

// The texts of this file, under the translation context "EmbeddingOptions".
struct Text {
    Q_DECLARE_TR_FUNCTIONS(EmbeddingOptions)
};

// The values a FixedEmbedding imposes (main thread: the surrogates run one after another).
std::optional<int> g_fixedDelay, g_fixedDimension;
// Set while the series' own measure is undefined: a rule the series' choice did not fix (it chose
// nothing there) would otherwise be re-applied to each surrogate, which is not the series'
// embedding. Rules that chose are fixed first (withFixedEmbedding), so only failed ones remain.
bool g_noChoice = false;

bool asksForARule(const EmbeddingRequest& r)
{
    return r.delayRule != DelayRule::Given || r.dimensionRule != DimensionRule::Given;
}

template <class Rule>
bool readRuleOption(const QCommandLineParser& p, const char* name, long lo, long hi, const char* first,
                    Rule firstRule, const char* second, Rule secondRule, Rule& rule, int& value,
                    QString& error)
{
    const QString text = p.value(QLatin1String(name));
    if (text == QLatin1String(first) || text == QLatin1String(second)) {
        rule = text == QLatin1String(first) ? firstRule : secondRule;
        return true;
    }
    long number = 0;
    double any = 0.0;
    const QString top = hi == 1000000 ? QStringLiteral("1e6") : QString::number(hi);
    if (parseLong(text, lo, hi, number)) {
        rule = Rule::Given;
        value = static_cast<int>(number);
        return true;
    }
    error =
        parseDouble(text, any)
            ? Text::tr("--%1 must be a whole number from %2 to %3").arg(QLatin1String(name)).arg(lo).arg(top)
            : Text::tr("--%1 must be a whole number from %2 to %3, %4 or %5")
                  .arg(QLatin1String(name))
                  .arg(lo)
                  .arg(top)
                  .arg(QLatin1String(first), QLatin1String(second));
    return false;
}

std::optional<int> choiceValue(const QJsonObject& observed, const char* key)
{
    const QJsonValue v = observed.value(QLatin1String(key)).toObject().value(QStringLiteral("value"));
    return v.isDouble() ? std::optional<int>(v.toInt()) : std::nullopt;
}

} // namespace

bool readDelayOption(const QCommandLineParser& p, const char* name, long lo, long hi, DelayRule& rule,
                     int& value, QString& error)
{
    return readRuleOption(p, name, lo, hi, "ami", DelayRule::MutualInformation, "acf",
                          DelayRule::Autocorrelation, rule, value, error);
}

bool readDimensionOption(const QCommandLineParser& p, const char* name, long lo, long hi, DimensionRule& rule,
                         int& value, QString& error)
{
    return readRuleOption(p, name, lo, hi, "fnn", DimensionRule::Fnn, "cao", DimensionRule::Cao, rule, value,
                          error);
}

EmbeddingRequest withFixedEmbedding(EmbeddingRequest request)
{
    if (g_fixedDelay && request.delayRule != DelayRule::Given) {
        request.delayRule = DelayRule::Given;
        request.delay = *g_fixedDelay;
    }
    if (g_fixedDimension && request.dimensionRule != DimensionRule::Given) {
        request.dimensionRule = DimensionRule::Given;
        request.dimension = *g_fixedDimension;
    }
    return request;
}

bool chooseEmbeddingInto(std::span<const double> series, const EmbeddingRequest& request,
                         const char* scalarKey, EmbeddingChoice& choice, QJsonObject& out)
{
    if (g_noChoice && asksForARule(withFixedEmbedding(request))) {
        choice = {};
        choice.request = request;
        choice.defined = false;
        choice.reason = embeddingNotChosenReason();
    } else {
        choice = chooseEmbedding(series, withFixedEmbedding(request));
    }
    insertEmbeddingChoice(choice, out);
    if (choice.defined)
        return true;
    out.insert(QLatin1String(scalarKey), QJsonValue());
    out.insert(QStringLiteral("reason"), QString::fromStdString(choice.reason));
    return false;
}

std::optional<std::string> embeddingNotChosen(const EmbeddingRequest& request)
{
    if (g_noChoice && asksForARule(withFixedEmbedding(request)))
        return embeddingNotChosenReason();
    return std::nullopt;
}

std::string embeddingNotChosenReason()
{
    return "the embedding rule chose nothing for the series, so the surrogates are not embedded by rules "
           "of their own";
}

FixedEmbedding::FixedEmbedding(const QJsonObject& observed, const char* scalarKey)
    : m_delay(choiceValue(observed, "delay_choice")), m_dimension(choiceValue(observed, "dimension_choice")),
      m_previousDelay(g_fixedDelay), m_previousDimension(g_fixedDimension), m_previousNoChoice(g_noChoice)
{
    g_noChoice = observed.value(QLatin1String(scalarKey)).isNull();
    if (m_delay)
        g_fixedDelay = m_delay;
    if (m_dimension)
        g_fixedDimension = m_dimension;
}

FixedEmbedding::~FixedEmbedding()
{
    g_fixedDelay = m_previousDelay;
    g_fixedDimension = m_previousDimension;
    g_noChoice = m_previousNoChoice;
}

} // namespace nd::cli
