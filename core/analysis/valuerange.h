// The automatic value range of a density raster (orbit diagrams): the smallest and largest
// finite value seen, widened a little when they coincide, [0, 1] when nothing finite was
// seen. One rule, used by the engine and by anything that assembles a raster from pieces
// (e.g. the tiles of a distributed run), so both bin alike. Value type; any thread.
#pragma once

#include <limits>
#include <span>

namespace nd {

struct ValueRange {
    double min = 0.0;
    double max = 1.0;
};

class ValueRangeAccumulator {
public:
    void add(double v);
    void add(std::span<const double> values);
    ValueRange range() const;

private:
    double m_lo = std::numeric_limits<double>::infinity();
    double m_hi = -std::numeric_limits<double>::infinity();
};

} // namespace nd
