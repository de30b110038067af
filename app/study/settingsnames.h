// The names under which the enumerations of the analysis settings appear in study files (and
// in the JSON twins of `neurodyn-cli run`). They follow the engine's enumerators in snake
// case, and the option names of `neurodyn-cli measure` where that already has them (sample
// entropy: sd/abs, le/lt, shared/all). The first entry of each table is the default.
#pragma once

#include "study/jsonfields.h"
#include "study/study.h"

namespace nd {

inline constexpr EnumName<ObservableKind> kObservableKindNames[] = {
    {"variable", ObservableKind::Variable},
    {"network_mean", ObservableKind::NetworkMean},
    {"order_parameter", ObservableKind::OrderParameter}};

inline constexpr EnumName<Section> kSectionNames[] = {{"none", Section::None},
                                                      {"local_maxima", Section::LocalMaxima},
                                                      {"upward_crossing", Section::UpwardCrossing},
                                                      {"crossing_interval", Section::CrossingInterval}};

inline constexpr EnumName<InitialPolicy> kInitialPolicyNames[] = {
    {"fixed", InitialPolicy::Fixed},
    {"follow", InitialPolicy::Follow},
    {"sweep_up_down", InitialPolicy::SweepUpDown},
    {"random_per_column", InitialPolicy::RandomPerColumn}};

inline constexpr EnumName<FlowMethod> kFlowMethodNames[] = {{"rk4", FlowMethod::RungeKutta4},
                                                            {"dormand_prince", FlowMethod::DormandPrince}};

inline constexpr EnumName<ScanMeasureKind> kScanMeasureNames[] = {
    {"lyapunov", ScanMeasureKind::Lyapunov},
    {"period", ScanMeasureKind::Period},
    {"escape", ScanMeasureKind::Escape},
    {"mean", ScanMeasureKind::Mean},
    {"spike_rate", ScanMeasureKind::SpikeRate},
    {"zero_one", ScanMeasureKind::ZeroOne},
    {"sample_entropy", ScanMeasureKind::SampleEntropy},
    {"cross_correlation", ScanMeasureKind::CrossCorrelation},
    {"kuramoto", ScanMeasureKind::Kuramoto}};

inline constexpr EnumName<ToleranceKind> kToleranceKindNames[] = {{"sd", ToleranceKind::FractionOfStdDev},
                                                                  {"abs", ToleranceKind::Absolute}};
inline constexpr EnumName<MatchRule> kMatchRuleNames[] = {{"le", MatchRule::LessOrEqual},
                                                          {"lt", MatchRule::Less}};
inline constexpr EnumName<TemplateCount> kTemplateCountNames[] = {{"shared", TemplateCount::SharedStarts},
                                                                  {"all", TemplateCount::AllTemplates}};

// The synchrony conventions keep the names of core/measures/synchrony.h (correlationScalarName,
// phaseConventionName), which the outputs' conventions strings and the command options use too.
// The default correlation scalar depends on the model (defaultCorrelationScalar).
inline constexpr EnumName<CorrelationScalar> kCorrelationScalarNames[] = {
    {"all-pairs", CorrelationScalar::AllPairs},
    {"hub", CorrelationScalar::Hub},
    {"ring-neighbours", CorrelationScalar::RingNeighbours}};
inline constexpr EnumName<PhaseConvention> kPhaseConventionNames[] = {{"spike", PhaseConvention::Spike},
                                                                      {"centred", PhaseConvention::Centred},
                                                                      {"arctan", PhaseConvention::Arctan},
                                                                      {"hilbert", PhaseConvention::Hilbert},
                                                                      {"given", PhaseConvention::Given}};

inline constexpr EnumName<ContinuationStart> kContinuationStartNames[] = {
    {"fixed_point", ContinuationStart::FixedPoint},
    {"homogeneous_fixed_point", ContinuationStart::HomogeneousFixedPoint},
    {"cycle", ContinuationStart::Cycle}};

// The network spectrum's estimators keep the engine's names (networkSpectrumMethodName), which
// the command's --method and the outputs' "method" use too; normalised-growth stays the default.
inline constexpr EnumName<NetworkSpectrumMethod> kNetworkSpectrumMethodNames[] = {
    {"normalised-growth", NetworkSpectrumMethod::NormalisedGrowth},
    {"neuromfa-code", NetworkSpectrumMethod::NeuroMfaCode},
    {"neuromfa-paths", NetworkSpectrumMethod::NeuroMfaPaths},
    {"sandbox", NetworkSpectrumMethod::Sandbox}};

// QString of an enumerator's name.
template <class E, std::size_t N> QString nameOf(const EnumName<E> (&names)[N], E value)
{
    return QLatin1String(enumName(std::span<const EnumName<E>>(names), value));
}

} // namespace nd
