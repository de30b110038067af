// Lyapunov exponents by the QR (Benettin) method, for maps (tangent map J(x_n)) and flows
// (variational equations dPhi/dt = J(x) Phi integrated with the state by classical RK4 on the
// combined system). Exponents use natural logarithms, per iteration for maps and per unit
// time for flows. Pure functions; any thread may call them (the model is only read).
#pragma once

#include "analysis/analysiscommon.h"
#include "common/outcome.h"
#include "maps/chialvo.h"
#include "model/model.h"

#include <span>
#include <string>
#include <vector>

namespace nd {

class Progress;

// How often the tangent vectors are re-orthonormalised: apart from the iteration, so a parameter
// scan, which iterates every measure alike, can hold it as it is.
struct Orthonormalization {
    int orthonormalizeEvery = 1; // iterations between two QR re-orthonormalisations

    bool operator==(const Orthonormalization&) const = default;
};

struct LyapunovOptions : Orthonormalization {
    int exponents = 0;            // how many (the k largest); 0 means all
    long transient = 1000;        // iterations (map steps or RK4 steps) before accumulating
    long steps = 100000;          // iterations accumulated
    double dt = 0.01;             // flows: RK4 step
    int curvePoints = 200;        // points of the convergence curve (0: none)
    double escapeBound = 1e8;

    bool operator==(const LyapunovOptions&) const = default;
};

struct LyapunovResult {
    bool defined = false;
    bool escaped = false;            // undefined because the orbit left the escape bound
    std::string reason;              // why undefined (escape, a degenerate tangent vector, cancel)
    Outcome outcome = Outcome::Completed;
    std::vector<double> exponents;   // descending
    double sum = 0.0;                // of the reported exponents
    // Convergence curve: the running estimates (in QR order) after curveTime[i] iterations or
    // time units; curve[i * k + j] is exponent j at point i.
    std::vector<double> curveTime;
    std::vector<double> curve;
    bool kaplanYorkeDefined = false;
    double kaplanYorke = 0.0;        // Kaplan-Yorke (Lyapunov) dimension of the reported exponents
    std::string kaplanYorkeNote;     // e.g. when the sum of all exponents stays positive
    std::string conventions;         // "natural log, per iteration" or "natural log, per unit time"
};

// Throws InputError for bad options (k out of range, steps < 1, ...) or a wrong initial state.
LyapunovResult lyapunovSpectrum(const Model& model, std::span<const double> initial, const LyapunovOptions& options,
                                Progress* progress = nullptr);

// Where each value of lyapunovAlong starts.
enum class AlongStart {
    Fixed,  // from the given initial state: the values are independent (parallel, reproducible)
    Follow, // from the previous value's final state (sequential; after an undefined value, from
            // the initial state again): stays on one attractor where several coexist
};

// The spectrum along one parameter: rows[i] is the spectrum at values[i] (no convergence
// curve), with its sum, Kaplan-Yorke dimension, or why it is undefined (escaped, degenerate);
// a value a cancel left out has outcome Canceled.
struct LyapunovAlongResult {
    int parameterIndex = -1;
    std::vector<double> values;
    std::vector<LyapunovResult> rows;
    int exponents = 0; // k, the exponents of each defined row
    AlongStart start = AlongStart::Fixed;
    Outcome outcome = Outcome::Completed;
    std::string conventions; // the spectrum's, and where each value starts
};

// lyapunovSpectrum at every value of parameter `parameterIndex` (the model's other parameters as
// they are), the values in parallel on `threads` workers (<= 0: the default) with AlongStart::Fixed,
// each on its own model clone: rows[i] equals lyapunovSpectrum at values[i] alone bit for bit
// (curvePoints is ignored). Progress counts finished values; a cancel stops between and inside
// values. Throws InputError for bad options, an unknown parameter index, no values, or a value
// that is not finite or outside the parameter's valid range.
LyapunovAlongResult lyapunovAlong(const Model& model, std::span<const double> initial,
                                  const LyapunovOptions& options, int parameterIndex,
                                  std::span<const double> values, AlongStart start = AlongStart::Fixed,
                                  int threads = 0, Progress* progress = nullptr);

// The largest exponent only (one tangent vector, renormalised): cheaper when that is all a
// scan needs. Undefined with a reason on escape or degeneracy.
ScanValue largestLyapunov(const Model& model, std::span<const double> initial, const LyapunovOptions& options,
                             const Progress* cancel = nullptr);

// largestLyapunov of the Chialvo map for many parameter sets at once (a scan row), through a
// lockstep kernel over the cells: out[i] is bit for bit what largestLyapunov returns for
// ChialvoMap(cells[i]) alone, several times faster. Same InputErrors as largestLyapunov.
std::vector<ScanValue> largestLyapunovChialvo(std::span<const ChialvoParameters> cells,
                                              std::span<const double> initial, const LyapunovOptions& options,
                                              const Progress* cancel = nullptr);

// Kaplan-Yorke dimension of exponents sorted in descending order: j + S_j / |lambda_{j+1}|
// with j the largest index whose partial sum S_j is >= 0. Sets `note` when the dimension is
// capped (all partial sums >= 0: the dimension is the full count).
double kaplanYorkeDimension(const std::vector<double>& descending, std::string& note);

} // namespace nd
