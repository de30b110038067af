#include "oscillators/oscillatorphases.h"

#include "oscillators/akorn.h"
#include "oscillators/akorngrid.h"
#include "oscillators/kuramoto.h"

#include <algorithm>
#include <cmath>
#include <complex>
#include <numbers>

namespace nd {

double wrapPhase(double angle)
{
    if (!std::isfinite(angle))
        return std::nan("");
    // std::remainder is exact and lands in [-pi, pi]; its ties go to the even multiple, so -pi
    // (and 3 pi) come out as -pi, which the half-open interval moves to pi.
    const double r = std::remainder(angle, 2.0 * std::numbers::pi);
    return r <= -std::numbers::pi ? r + 2.0 * std::numbers::pi : r;
}

double OscillatorPhases::phase(const double* state, int i) const
{
    const auto k = static_cast<std::size_t>(i);
    if (!angles.empty())
        return wrapPhase(state[angles[k]]);
    return wrapPhase(std::atan2(state[planes[k][1]], state[planes[k][0]]));
}

bool OscillatorPhases::isAngle(int index) const
{
    return std::find(angles.begin(), angles.end(), index) != angles.end();
}

double OscillatorPhases::orderParameter(const double* state) const
{
    const int n = count();
    if (n == 0)
        return std::nan("");
    std::complex<double> sum;
    for (int i = 0; i < n; ++i)
        sum += std::polar(1.0, phase(state, i));
    return std::abs(sum) / static_cast<double>(n);
}

OscillatorPhases oscillatorPhases(const Model& model)
{
    OscillatorPhases out;
    if (const auto* kuramoto = dynamic_cast<const KuramotoNetwork*>(&model)) {
        for (int i = 0; i < kuramoto->dimension(); ++i)
            out.angles.push_back(i);
    } else if (const auto* akorn = dynamic_cast<const AkornNetwork*>(&model)) {
        // Every unit has at least one plane (n is even); the first is the one the stimulus and
        // the default start use, so its angle is the unit's phase.
        for (int i = 0; i < akorn->units(); ++i)
            out.planes.push_back({i * akorn->unitDimension(), i * akorn->unitDimension() + 1});
    } else if (const auto* grid = dynamic_cast<const AkornGrid*>(&model)) {
        // Pixel-major, then the C/n oscillators of a pixel; the phase of each is the angle of
        // its first plane, as for the network (and as akornGridReadout's per-pixel angle for the
        // pixel's first oscillator). For n = 4 the second plane is not shown: a choice, made so
        // that all AKOrN views read the plane the stimulus pattern e_0 lies in.
        const AkornGridStructure& s = grid->structure();
        const int oscillators = s.height * s.width * (s.channels / s.n);
        for (int i = 0; i < oscillators; ++i)
            out.planes.push_back({i * s.n, i * s.n + 1});
    }
    return out;
}

std::vector<bool> angleColumns(const Model& model, const Trajectory& t)
{
    std::vector<bool> out(t.columns(), false);
    const OscillatorPhases osc = oscillatorPhases(model);
    if (osc.angles.empty())
        return out;
    const std::vector<std::string> names = model.variableNames();
    for (int v : osc.angles) {
        if (v < 0 || v >= static_cast<int>(names.size()))
            continue;
        const auto it = std::find(t.names.begin(), t.names.end(), names[static_cast<std::size_t>(v)]);
        if (it != t.names.end())
            out[static_cast<std::size_t>(it - t.names.begin())] = true;
    }
    return out;
}

std::vector<double> wrappedPhases(std::vector<double> angles)
{
    for (double& a : angles)
        a = wrapPhase(a);
    return angles;
}

std::vector<double> phaseSines(std::vector<double> angles)
{
    for (double& a : angles)
        a = std::sin(a);
    return angles;
}

std::vector<double> oscillatorPhaseSeries(const Model& model, const Trajectory& t)
{
    const OscillatorPhases osc = oscillatorPhases(model);
    if (osc.empty() || t.rows() == 0)
        return {};
    // The trajectory's column of each state variable the phases read (-1: not recorded).
    const std::vector<std::string> names = model.variableNames();
    std::vector<int> column(names.size(), -1);
    for (std::size_t v = 0; v < names.size(); ++v) {
        const auto it = std::find(t.names.begin(), t.names.end(), names[v]);
        if (it != t.names.end())
            column[v] = static_cast<int>(it - t.names.begin());
    }
    // Phases read a full state; build one from the recorded columns the phases need.
    std::vector<int> needed(osc.angles.begin(), osc.angles.end());
    for (const auto& p : osc.planes)
        needed.insert(needed.end(), p.begin(), p.end());
    for (int v : needed)
        if (v < 0 || v >= static_cast<int>(column.size()) || column[static_cast<std::size_t>(v)] < 0)
            return {};
    const auto n = static_cast<std::size_t>(osc.count());
    std::vector<double> state(names.size(), 0.0);
    std::vector<double> out;
    out.reserve(t.rows() * n);
    for (std::size_t r = 0; r < t.rows(); ++r) {
        for (int v : needed)
            state[static_cast<std::size_t>(v)] =
                t.at(r, static_cast<std::size_t>(column[static_cast<std::size_t>(v)]));
        for (std::size_t i = 0; i < n; ++i)
            out.push_back(osc.phase(state.data(), static_cast<int>(i)));
    }
    return out;
}

KuramotoResult oscillatorOrder(const Model& model, const Trajectory& t)
{
    const std::vector<double> phases = oscillatorPhaseSeries(model, t);
    if (phases.empty())
        return {};
    const std::size_t n = static_cast<std::size_t>(oscillatorPhases(model).count());
    return kuramotoOrder(SeriesView::sampleMajor(phases, phases.size() / n, n));
}

} // namespace nd
