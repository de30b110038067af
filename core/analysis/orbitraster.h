// Raster helpers of orbit diagrams: allocating a large raster cheaply, and toning one column.
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

// The tone of one column (see OrbitDiagram::tone): what toneMapColumns computes for it.
void toneMapColumn(const std::uint32_t* counts, int bins, float* tone, const Log1pTable& log1p);

// Asks the kernel to back [data, data + bytes) with transparent huge pages (Linux; a no-op
// elsewhere or for small ranges). Call before the memory is first touched: each fresh 4 KiB
// page costs a fault on first touch, about 15 us on the virtual machines measured here, and one
// 2 MiB page replaces 512 of them.
void adviseHugePages(void* data, std::size_t bytes);

// Reserves room for n values, advised for huge pages when it is large; zero it with assign()
// afterwards (possibly on another thread: the memory stays with the reserving thread's heap).
template <class T> void reserveRaster(std::vector<T>& v, std::size_t n)
{
    constexpr std::size_t kHuge = std::size_t(2) << 20;
    std::vector<T>().swap(v);
    if (n * sizeof(T) < 2 * kHuge) {
        v.reserve(n);
        return;
    }
    // Slack to the next 2 MiB boundary, so the last stretch can be a huge page too.
    v.reserve(n + kHuge / sizeof(T));
    adviseHugePages(v.data(), v.capacity() * sizeof(T));
}

} // namespace nd
