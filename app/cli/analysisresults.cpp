#include "cli/analysisresults.h"
#include "cli/attractorsresult.h"
#include "cli/akornresult.h"
#include "cli/basinsresult.h"
#include "cli/neuromfaresult.h"
#include "cli/orbitresult.h"
#include "cli/recurrenceresults.h"
#include "cli/scanresult.h"

#include <QCoreApplication>

namespace nd::cli {

namespace {

// Every analysis of a study, in the order `run` writes them (the continuation, drawn over the
// orbit diagram and the parameter scan, is computed once, when first needed).
struct Step {
    // Progress stage (translated in context "AnalysisResults"); null: the writer reports its
    // own stages (the tiled analyses compute only when not merged from tiles).
    const char* label;
    bool (*present)(const Study&);
    bool (*write)(const RunContext&, QString&);
};

const Step kSteps[] = {
    {QT_TRANSLATE_NOOP("AnalysisResults", "fixed points"),
     [](const Study& s) { return s.analyses.fixedPoints.has_value(); }, &writeFixedPoints},
    {QT_TRANSLATE_NOOP("AnalysisResults", "Lyapunov exponents"),
     [](const Study& s) { return s.analyses.lyapunov.has_value(); }, &writeLyapunov},
    {QT_TRANSLATE_NOOP("AnalysisResults", "Lyapunov spectrum along a parameter"),
     [](const Study& s) { return s.analyses.lyapunov && s.analyses.lyapunov->along; }, &writeLyapunovAlong},
    {QT_TRANSLATE_NOOP("AnalysisResults", "0-1 test"),
     [](const Study& s) { return s.analyses.zeroOne.has_value(); }, &writeZeroOne},
    {QT_TRANSLATE_NOOP("AnalysisResults", "sample entropy"),
     [](const Study& s) { return s.analyses.sampleEntropy.has_value(); }, &writeSampleEntropy},
    {QT_TRANSLATE_NOOP("AnalysisResults", "synchrony"),
     [](const Study& s) { return s.analyses.synchrony.has_value(); }, &writeSynchrony},
    {QT_TRANSLATE_NOOP("AnalysisResults", "MFDFA"),
     [](const Study& s) { return s.analyses.mfdfa.has_value(); }, &writeMfdfa},
    {QT_TRANSLATE_NOOP("AnalysisResults", "network spectrum"),
     [](const Study& s) { return s.analyses.networkSpectrum.has_value(); }, &writeNetworkSpectrum},
    {QT_TRANSLATE_NOOP("AnalysisResults", "continuation"),
     [](const Study& s) { return s.analyses.continuation.has_value(); }, &writeContinuation},
    {QT_TRANSLATE_NOOP("AnalysisResults", "basins"),
     [](const Study& s) { return s.analyses.basins.has_value(); }, &writeBasins},
    {QT_TRANSLATE_NOOP("AnalysisResults", "attractors"),
     [](const Study& s) { return s.analyses.attractors.has_value(); }, &writeAttractors},
    {nullptr, [](const Study& s) { return s.analyses.orbitDiagram.has_value(); }, &writeOrbitDiagram},
    {nullptr, [](const Study& s) { return s.analyses.parameterScan.has_value(); }, &writeParameterScan},
    {QT_TRANSLATE_NOOP("AnalysisResults", "AKOrN run"),
     [](const Study& s) { return s.analyses.akorn.has_value(); }, &writeAkorn},
    {QT_TRANSLATE_NOOP("AnalysisResults", "multiscale entropy"),
     [](const Study& s) { return s.analyses.multiscaleEntropy.has_value(); }, &writeMultiscaleEntropy},
    {QT_TRANSLATE_NOOP("AnalysisResults", "permutation entropy"),
     [](const Study& s) { return s.analyses.permutationEntropy.has_value(); }, &writePermutationEntropy},
    {QT_TRANSLATE_NOOP("AnalysisResults", "approximate entropy"),
     [](const Study& s) { return s.analyses.approximateEntropy.has_value(); }, &writeApproximateEntropy},
    {QT_TRANSLATE_NOOP("AnalysisResults", "embedding choices"),
     [](const Study& s) { return s.analyses.embedding.has_value(); }, &writeEmbedding},
    {QT_TRANSLATE_NOOP("AnalysisResults", "recurrence quantification"),
     [](const Study& s) { return s.analyses.rqa.has_value(); }, &writeRqa},
    {QT_TRANSLATE_NOOP("AnalysisResults", "NeuroMFA over training"),
     [](const Study& s) { return s.analyses.neuroMfa.has_value(); }, &writeNeuroMfa},
};

} // namespace

int analysisStageCount(const Study& study)
{
    int count = 0;
    for (const Step& step : kSteps)
        count += step.present(study) ? 1 : 0;
    return count;
}

bool writeAnalyses(const RunContext& context, QString& error)
{
    for (const Step& step : kSteps) {
        if (!step.present(context.plan.study))
            continue;
        if (step.label)
            context.startStage(QCoreApplication::translate("AnalysisResults", step.label));
        const bool ok = step.write(context, error);
        if (step.label)
            context.finishStage();
        if (!ok)
            return false;
    }
    return true;
}

} // namespace nd::cli
