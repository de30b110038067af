// Raster helpers of orbit diagrams: binning values and toning one column.
// Internal to core/analysis; pure functions and value types, any thread may call them.
#pragma once

#include <cmath>
#include <cstddef>
#include <cstdint>
#include <vector>

namespace nd {

// log1p(n) of the counts a column can reach, looked up instead of computed per bin: toning a
// raster then costs a lookup per bin, with the same values.
class Log1pTable {
public:
    explicit Log1pTable(std::uint64_t maxCount = 0);
    double operator()(std::uint32_t n) const
    {
        return n < m_values.size() ? m_values[n] : std::log1p(static_cast<double>(n));
    }
    std::size_t size() const { return m_values.size(); }
    const double* data() const { return m_values.data(); }

private:
    std::vector<double> m_values;
};

// Adds each of n values to its bin of counts (binOf's bins over [lo, hi]; values outside dropped).
void addToBins(const double* values, std::size_t n, double lo, double hi, int bins, std::uint32_t* counts);

// The tone of one column (see OrbitDiagram::tone): what toneMapColumns computes for it. Writes
// every bin (zeros for an empty column).
void toneMapColumn(const std::uint32_t* counts, int bins, float* tone, const Log1pTable& log1p);

struct OrbitDiagram;
struct OrbitDiagramRequest;

// The finish step of every orbit diagram (computeOrbitDiagram's and assembleOrbitDiagram's):
// d holds the status of every column and, with a fixed range, the counts of the columns marked
// in `counted`; values[c] are column c's recorded values (automatic range or kept points).
// Sets the range (automatic: min and max over every column's values), bins (automatic range:
// computed columns only), tones every column not yet marked in `toned` (0 for escaped columns,
// empty slots for columns never counted) and collects the kept points of computed columns.
void finishOrbitRaster(const OrbitDiagramRequest& r, const std::vector<std::vector<double>>& values,
                       const std::vector<char>& counted, std::vector<char>& toned, const Log1pTable& log1p,
                       int threads, OrbitDiagram& d);

} // namespace nd
