// Internals of the attractor atlas (attractors.h), shared by the finding (attractors.cpp) and
// the continuation (attractorcontinuation.cpp): the table of visited cells and the walk of one
// orbit through the recurrence rules (attractorwalk.cpp), classification and the matching
// distance (attractorclassify.cpp). A Walker holds scratch
// buffers: each worker thread owns its own; everything else is read-only once built.
#pragma once

#include "analysis/attractors.h"

#include <cstdint>
#include <vector>

namespace nd::attractor_detail {

// Open-addressing hash table of cells (dimension int64 indices each) to an int value. Cells are
// compared exactly (the hash only picks the slot). clear() costs the number of occupied slots.
class CellTable {
public:
    explicit CellTable(int dimension);
    // The value of the cell, or -1 when it is not in the table.
    int find(const std::int64_t* cell, std::uint64_t hash) const;
    // Inserts the cell with `value` unless present; true when it was inserted.
    bool insert(const std::int64_t* cell, std::uint64_t hash, int value);
    void clear();
    std::size_t size() const { return m_used.size(); }
    // The cells in insertion order, dimension indices each.
    std::vector<std::int64_t> cells() const;

private:
    void grow();
    int m_n;
    std::size_t m_mask = 0;
    std::vector<std::uint64_t> m_hash; // 0: empty slot
    std::vector<std::int64_t> m_keys;
    std::vector<int> m_values;
    std::vector<std::uint32_t> m_used; // occupied slots, in insertion order
};

// Cell k along a coordinate is [(k - offset) h, (k + 1 - offset) h): the offset keeps round values
// (0, and the symmetric +-a whose extent 2a set h) off the cell boundaries, where an orbit that
// converges to them would straddle two cells.
inline constexpr double kCellOffset = 0.3819660112501051;

std::uint64_t cellHash(const std::int64_t* cell, int n);

// Sorts a flat list of cells (n indices each) lexicographically and removes duplicates.
std::vector<std::int64_t> sortedCells(std::vector<std::int64_t> cells, int n);

// The cells of registered attractors: cell -> index of the attractor that owns it (the first one).
struct Registry {
    explicit Registry(int n) : dimension(n), table(n) {}
    void add(int index, const std::vector<std::int64_t>& cells);
    int dimension;
    CellTable table;
};

// One orbit followed through the recurrence rules of docs/attractors.md.
class Walker {
public:
    Walker(const Model& model, const AttractorOptions& options, const std::vector<double>& cellSize);
    // From x: joins an attractor of `registry` (may be null), escapes, is undecided, or finds a new
    // attractor (orbit and sorted cells filled). Sets canceled (and returns kAttractorNotComputed)
    // when `cancel` reports it.
    AttractorOutcome follow(std::vector<double> x, const Registry* registry, const Progress* cancel);
    // One sample: a map step, or sampleTime / dt RK4 steps of a flow; false on escape.
    bool advance(std::vector<double>& x);

private:
    void cellOf(const double* x);
    const Model& m_model;
    const AttractorOptions& m_o;
    std::vector<double> m_inverse; // 1 / cell size
    int m_n;
    long m_stepsPerSample;
    Stepper m_stepper;
    std::vector<double> m_next;
    std::vector<std::int64_t> m_cell;
    CellTable m_visited;
};

long stepsPerSample(const Model& model, const AttractorOptions& options);

// Class, exponent(s), bounding box of an attractor whose orbit is set (the model at its value).
void classify(const Model& model, const AttractorOptions& options, Attractor& a);

// A candidate of stage (2) or (3) against the registered attractors (orbits[k]: attractor k's
// representative orbit): the index of the attractor whose cells hold at least half of the
// candidate's representative orbit points; else of
// the first whose orbit is within one cell of the candidate's (Hausdorff distance in cell units,
// so an orbit converging on a cell boundary, whose cells differ by one, is still the same
// attractor); else -1.
int joinedAttractor(const Registry& registry, const std::vector<const std::vector<double>*>& orbits,
                    const AttractorOutcome& candidate, int n, const std::vector<double>& cellSize);

// The centres of at most `points` of an attractor's cells (sorted cells, evenly spaced in that
// order): the point set the continuation matches, covering the attractor as its saturated cells do
// (a representative orbit of 1000 samples covers only part of a slow direction).
std::vector<double> cellCentres(const std::vector<std::int64_t>& cells, const std::vector<double>& cellSize,
                                int n, int points);

// The representative orbit cut to its first `points` rows (consecutive: a stride would alias cycles).
std::vector<double> thinOrbit(const std::vector<double>& orbit, int n, int points);

// Partial (90th-percentile) symmetric Hausdorff distance of two point sets (rows of n), max norm
// with each coordinate divided by scale[i]: the larger of the two directed distances, each the
// 90th percentile of the distances from a point of one set to the nearest of the other. The
// quantile instead of the largest keeps sparse samples of a chaotic set in several dimensions
// from looking far from each other. With samples: the directed distances go from a sample of
// one set (aSample, bSample) to the whole other set (bAll, aAll).
double hausdorff(const std::vector<double>& a, const std::vector<double>& b, int n,
                 const std::vector<double>& scale);
double hausdorff(const std::vector<double>& aSample, const std::vector<double>& aAll,
                 const std::vector<double>& bSample, const std::vector<double>& bAll, int n,
                 const std::vector<double>& scale);

} // namespace nd::attractor_detail
