// The hook through which a run's result writers draw figures: one virtual per result type.
// The writers (in the Qt-Core-only library neurodyn_run_results) call writeFigures after writing
// a result's data; it draws through the plan's FigureDrawer, which `neurodyn-cli` sets when its
// build has the GUI's widgets and the run was not asked for data only (figures.h). Without a
// drawer (builds without figures, --no-figures, the Python module) nothing is drawn. Drawing
// reads the results only, so the data files are the same either way. Main (GUI) thread only.
#pragma once

#include <QString>

namespace nd {
struct ScanResult;
struct Trajectory;
} // namespace nd

namespace nd::compute {
struct AkornComputation;
struct ApproximateEntropyComputation;
struct AttractorsComputation;
struct BasinsComputation;
struct ContinuationComputation;
struct FixedPointsResult;
struct LyapunovAlongComputation;
struct LyapunovComputation;
struct MfdfaComputation;
struct MultiscaleEntropyComputation;
struct NeuroMfaComputation;
struct NetworkSpectrumComputation;
struct OrbitDiagramResult;
struct PermutationEntropyComputation;
struct SampleEntropyComputation;
struct SynchronyComputation;
struct ZeroOneComputation;
struct RqaComputation;
struct EmbeddingComputation;
} // namespace nd::compute

namespace nd::cli {

struct RunContext;

class FigureDrawer {
public:
    virtual ~FigureDrawer() = default;
    // Each draws the figures of one result into the run's folder (context.dir); false with
    // `error` when a file cannot be written. app/cli/figures.h says which figures each draws.
    virtual bool draw(const RunContext& context, const Trajectory& result, QString& error) const = 0;
    virtual bool draw(const RunContext& context, const compute::FixedPointsResult& result,
                      QString& error) const = 0;
    virtual bool draw(const RunContext& context, const compute::LyapunovComputation& result,
                      QString& error) const = 0;
    virtual bool draw(const RunContext& context, const compute::LyapunovAlongComputation& result,
                      QString& error) const = 0;
    virtual bool draw(const RunContext& context, const compute::BasinsComputation& result,
                      QString& error) const = 0;
    virtual bool draw(const RunContext& context, const compute::OrbitDiagramResult& result,
                      QString& error) const = 0;
    virtual bool draw(const RunContext& context, const ScanResult& result, QString& error) const = 0;
    virtual bool draw(const RunContext& context, const compute::ContinuationComputation& result,
                      QString& error) const = 0;
    virtual bool draw(const RunContext& context, const compute::ZeroOneComputation& result,
                      QString& error) const = 0;
    virtual bool draw(const RunContext& context, const compute::SampleEntropyComputation& result,
                      QString& error) const = 0;
    virtual bool draw(const RunContext& context, const compute::SynchronyComputation& result,
                      QString& error) const = 0;
    virtual bool draw(const RunContext& context, const compute::MfdfaComputation& result,
                      QString& error) const = 0;
    virtual bool draw(const RunContext& context, const compute::NetworkSpectrumComputation& result,
                      QString& error) const = 0;
    // Not pure, so drawers that predate the attractor atlas (tests) need not draw it.
    virtual bool draw(const RunContext& /*context*/, const compute::AttractorsComputation& /*result*/,
                      QString& /*error*/) const
    {
        return true;
    }
    // Not pure either, for the same reason (the AKOrN run's figures, issue 22).
    virtual bool draw(const RunContext& /*context*/, const compute::AkornComputation& /*result*/,
                      QString& /*error*/) const
    {
        return true;
    }
    virtual bool draw(const RunContext& /*context*/, const compute::RqaComputation& /*result*/,
                      QString& /*error*/) const
    {
        return true;
    }
    // The entropy family (figuresentropy.cpp); not pure for the same reason.
    virtual bool draw(const RunContext& /*context*/, const compute::MultiscaleEntropyComputation& /*result*/,
                      QString& /*error*/) const
    {
        return true;
    }
    virtual bool draw(const RunContext& /*context*/, const compute::PermutationEntropyComputation& /*result*/,
                      QString& /*error*/) const
    {
        return true;
    }
    virtual bool draw(const RunContext& /*context*/, const compute::ApproximateEntropyComputation& /*result*/,
                      QString& /*error*/) const
    {
        return true;
    }
    virtual bool draw(const RunContext& /*context*/, const compute::EmbeddingComputation& /*result*/,
                      QString& /*error*/) const
    {
        return true;
    }
    // Not pure either (drawers that predate NeuroMFA studies).
    virtual bool draw(const RunContext& /*context*/, const compute::NeuroMfaComputation& /*result*/,
                      QString& /*error*/) const
    {
        return true;
    }
};

// Draws the figures of `result` through the plan's drawer; true without one (defined in
// runplan.h, where RunContext is complete).
template <class Result> bool writeFigures(const RunContext& context, const Result& result, QString& error);

} // namespace nd::cli
