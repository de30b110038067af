// Building blocks shared by the dynamics analyses (orbit diagrams, scans, basins, Lyapunov
// spectra): parameter axes, resource limits, undefined-aware measure values, tiling, seeding
// and a one-iteration stepper that treats maps and flows alike.
// Everything here is a value type or a pure function; any thread may use it. A Stepper holds
// scratch buffers, so each worker thread owns its own.
#pragma once

#include "common/outcome.h"
#include "model/model.h"

#include <cmath>
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace nd {

// Requests are refused when their estimated memory exceeds maxBytes (the estimate is quoted in
// the message), so a typo in a column count cannot take the machine down.
struct ResourceLimits {
    std::size_t maxBytes = std::size_t{2} << 30; // 2 GiB
    long maxColumns = 1'000'000;                 // per axis: larger counts are surely mistakes
};

// Throws InputError "<what> needs about X MiB, more than the limit of Y MiB" when over the cap.
void checkMemory(double bytes, const ResourceLimits& limits, const std::string& what);

// A parameter swept over count values from `from` to `to`, both included (count 1 uses `from`).
struct ParameterAxis {
    std::string parameter; // name, or empty to use index
    int index = -1;
    double from = 0.0;
    double to = 1.0;
    int count = 100;

    double value(int i) const
    {
        return count <= 1 ? from : from + (to - from) * static_cast<double>(i) / static_cast<double>(count - 1);
    }
    double spacing() const { return count <= 1 ? 0.0 : (to - from) / static_cast<double>(count - 1); }
};

// Validates the axis against the model (known parameter, finite ends inside the valid range,
// count >= 1 and within limits, a non-empty range when count > 1) and returns the parameter's
// index. `field` names the axis in messages ("orbit diagram parameter", "scan x axis", ...).
int resolveAxis(const Model& model, const ParameterAxis& axis, const ResourceLimits& limits,
                const std::string& field);

// The value of a scalar measure, or why it has none. Escape is flagged separately because
// plots colour it differently from other undefined results.
struct ScanValue {
    double value = 0.0;
    bool defined = false;
    bool escaped = false;
    std::string reason; // empty when defined
    Outcome outcome = Outcome::Completed;

    static ScanValue of(double v) { return {v, true, false, {}, Outcome::Completed}; }
    static ScanValue undefined(std::string why)
    {
        return {0.0, false, false, std::move(why), Outcome::Completed};
    }
    static ScanValue escape(std::string why)
    {
        return {0.0, false, true, std::move(why), Outcome::Completed};
    }
    static ScanValue canceled() { return {0.0, false, false, kCanceledReason, Outcome::Canceled}; }
};

struct TileRange {
    int begin = 0;
    int end = 0;
};
// Splits [0, count) into consecutive ranges of at most `size` entries.
std::vector<TileRange> makeTiles(int count, int size);

// A well-mixed 64-bit seed for stream `stream` derived from a user seed, so that per-column or
// per-cell random numbers do not depend on which thread computes them.
std::uint64_t streamSeed(std::uint64_t seed, std::uint64_t stream);

// The initial state to use: `given` when non-empty (validated: size and finiteness), else the
// model's default.
std::vector<double> initialStateFor(const Model& model, const std::vector<double>& given, const std::string& field);

// True when any component is non-finite or beyond bound in magnitude.
inline bool outOfBound(const double* x, int n, double bound)
{
    for (int i = 0; i < n; ++i)
        if (!(std::fabs(x[i]) <= bound)) // also true for NaN
            return true;
    return false;
}

// One iteration of any model: a map step, or one classical RK4 step of length dt for a flow.
// Flows are integrated with a fixed step on purpose: analyses compare columns and cells, and a
// fixed step makes every one of them see the same discretisation.
class Stepper {
public:
    Stepper(const Model& model, double dt);
    void step(const double* x, double* out);
    bool isFlow() const { return m_flow; }
    double dt() const { return m_dt; }
    // Time represented by one iteration: 1 for maps, dt for flows.
    double timePerStep() const { return m_flow ? m_dt : 1.0; }

private:
    const Model* m_model;
    bool m_flow;
    double m_dt;
    int m_n;
    std::vector<double> m_k1, m_k2, m_k3, m_k4, m_tmp;
};

// Validates a flow step (finite, > 0) when the model is a flow; maps ignore it.
void validateStep(const Model& model, double dt, const std::string& field);

} // namespace nd
