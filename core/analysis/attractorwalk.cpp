// The cells of the attractor atlas and the walk of one orbit through the recurrence rules
// (attractorwalk.h): the open-addressing cell table, the registry of attractors' cells, and the
// Walker each worker thread owns. Used by the finding (attractors.cpp) and the continuation.
#include "analysis/attractorwalk.h"

#include "common/progress.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace nd::attractor_detail {

// ---- Cells -----------------------------------------------------------------------------------

std::uint64_t cellHash(const std::int64_t* cell, int n)
{
    std::uint64_t h = 0x9e3779b97f4a7c15ULL;
    for (int i = 0; i < n; ++i) {
        h ^= static_cast<std::uint64_t>(cell[i]) + 0x632be59bd9b4e019ULL + (h << 6) + (h >> 2);
        h = (h ^ (h >> 31)) * 0xbf58476d1ce4e5b9ULL;
    }
    h ^= h >> 29;
    return h | 1; // 0 marks an empty slot
}

CellTable::CellTable(int dimension) : m_n(dimension)
{
    m_mask = 63;
    m_hash.assign(64, 0);
    m_keys.assign(64 * static_cast<std::size_t>(m_n), 0);
    m_values.assign(64, 0);
}

int CellTable::find(const std::int64_t* cell, std::uint64_t hash) const
{
    for (std::size_t s = hash & m_mask;; s = (s + 1) & m_mask) {
        if (m_hash[s] == 0)
            return -1;
        if (m_hash[s] == hash &&
            std::equal(cell, cell + m_n, m_keys.begin() + static_cast<std::ptrdiff_t>(s * m_n)))
            return m_values[s];
    }
}

bool CellTable::insert(const std::int64_t* cell, std::uint64_t hash, int value)
{
    if (2 * (m_used.size() + 1) > m_mask + 1)
        grow();
    for (std::size_t s = hash & m_mask;; s = (s + 1) & m_mask) {
        if (m_hash[s] == 0) {
            m_hash[s] = hash;
            std::copy(cell, cell + m_n, m_keys.begin() + static_cast<std::ptrdiff_t>(s * m_n));
            m_values[s] = value;
            m_used.push_back(static_cast<std::uint32_t>(s));
            return true;
        }
        if (m_hash[s] == hash &&
            std::equal(cell, cell + m_n, m_keys.begin() + static_cast<std::ptrdiff_t>(s * m_n)))
            return false;
    }
}

void CellTable::grow()
{
    std::vector<std::uint64_t> hash(2 * (m_mask + 1), 0);
    std::vector<std::int64_t> keys(hash.size() * static_cast<std::size_t>(m_n));
    std::vector<int> values(hash.size());
    std::vector<std::uint32_t> used;
    used.reserve(m_used.size() * 2);
    const std::size_t mask = hash.size() - 1;
    for (std::uint32_t old : m_used) {
        std::size_t s = m_hash[old] & mask;
        while (hash[s] != 0)
            s = (s + 1) & mask;
        hash[s] = m_hash[old];
        std::copy_n(m_keys.begin() + static_cast<std::ptrdiff_t>(old * static_cast<std::size_t>(m_n)), m_n,
                    keys.begin() + static_cast<std::ptrdiff_t>(s * m_n));
        values[s] = m_values[old];
        used.push_back(static_cast<std::uint32_t>(s));
    }
    m_hash.swap(hash);
    m_keys.swap(keys);
    m_values.swap(values);
    m_used.swap(used);
    m_mask = mask;
}

void CellTable::clear()
{
    for (std::uint32_t s : m_used)
        m_hash[s] = 0;
    m_used.clear();
}

std::vector<std::int64_t> CellTable::cells() const
{
    std::vector<std::int64_t> out;
    out.reserve(m_used.size() * static_cast<std::size_t>(m_n));
    for (std::uint32_t s : m_used)
        out.insert(out.end(), m_keys.begin() + static_cast<std::ptrdiff_t>(s * static_cast<std::size_t>(m_n)),
                   m_keys.begin() + static_cast<std::ptrdiff_t>((s + 1) * static_cast<std::size_t>(m_n)));
    return out;
}

std::vector<std::int64_t> sortedCells(std::vector<std::int64_t> cells, int n)
{
    const std::size_t count = cells.size() / static_cast<std::size_t>(n);
    std::vector<std::size_t> order(count);
    std::iota(order.begin(), order.end(), std::size_t{0});
    const auto at = [&](std::size_t k) { return cells.begin() + static_cast<std::ptrdiff_t>(k * n); };
    std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        return std::lexicographical_compare(at(a), at(a) + n, at(b), at(b) + n);
    });
    std::vector<std::int64_t> out;
    out.reserve(cells.size());
    for (std::size_t k = 0; k < count; ++k) {
        if (k > 0 && std::equal(at(order[k]), at(order[k]) + n, at(order[k - 1])))
            continue;
        out.insert(out.end(), at(order[k]), at(order[k]) + n);
    }
    return out;
}

void Registry::add(int index, const std::vector<std::int64_t>& cells)
{
    const std::size_t dim = static_cast<std::size_t>(dimension);
    for (std::size_t k = 0; k + dim <= cells.size(); k += dim)
        table.insert(cells.data() + k, cellHash(cells.data() + k, dimension), index);
}

// ---- Walking one orbit -----------------------------------------------------------------------

long stepsPerSample(const Model& model, const AttractorOptions& o)
{
    if (model.timeKind() == TimeKind::Map)
        return 1;
    return std::max(1L, std::lround(o.sampleTime / o.dt));
}

Walker::Walker(const Model& model, const AttractorOptions& options, const std::vector<double>& cellSize)
    : m_model(model), m_o(options), m_n(model.dimension()), m_stepsPerSample(stepsPerSample(model, options)),
      m_stepper(model, options.dt), m_next(static_cast<std::size_t>(m_n)),
      m_cell(static_cast<std::size_t>(m_n)), m_visited(m_n)
{
    for (double h : cellSize)
        m_inverse.push_back(1.0 / h);
}

bool Walker::advance(std::vector<double>& x)
{
    for (long k = 0; k < m_stepsPerSample; ++k) {
        m_stepper.step(x.data(), m_next.data());
        if (outOfBound(m_next.data(), m_n, m_o.escapeBound))
            return false;
        x.swap(m_next);
    }
    return true;
}

void Walker::cellOf(const double* x)
{
    for (int i = 0; i < m_n; ++i)
        m_cell[static_cast<std::size_t>(i)] = static_cast<std::int64_t>(
            std::floor(x[i] * m_inverse[static_cast<std::size_t>(i)] + kCellOffset));
}

AttractorOutcome Walker::follow(std::vector<double> x, const Registry* registry, const Progress* cancel)
{
    AttractorOutcome out;
    m_visited.clear();
    long recurrent = 0;
    int hitAttractor = -1;
    int hits = 0, misses = 0;
    bool found = false;
    for (long s = 0; s < m_o.maxIterations; ++s) {
        if ((s & 0xfff) == 0xfff && cancel && cancel->isCanceled())
            return out;
        if (!advance(x)) {
            out.state = kAttractorEscaped;
            return out;
        }
        cellOf(x.data());
        const std::uint64_t h = cellHash(m_cell.data(), m_n);
        const int a = registry ? registry->table.find(m_cell.data(), h) : -1;
        if (a >= 0) {
            if (a == hitAttractor) {
                ++hits;
            } else {
                hitAttractor = a;
                hits = 1;
            }
            misses = 0;
            if (hits >= m_o.hitsToJoin) {
                out.state = kAttractorJoined;
                out.attractor = a;
                return out;
            }
            continue;
        }
        if (hitAttractor >= 0 && ++misses >= m_o.missesToReset) {
            hitAttractor = -1;
            hits = 0;
            misses = 0;
        }
        if (m_visited.insert(m_cell.data(), h, 0)) {
            recurrent = 0;
        } else if (++recurrent >= m_o.recurrences) {
            found = true;
            break;
        }
    }
    if (!found) {
        out.state = kAttractorUndecided;
        return out;
    }
    // A new attractor: settle, record the representative orbit, collect cells until saturated.
    for (long s = 0; s < m_o.settle; ++s) {
        if ((s & 0xfff) == 0xfff && cancel && cancel->isCanceled())
            return out;
        if (!advance(x)) {
            out.state = kAttractorEscaped;
            return out;
        }
    }
    m_visited.clear();
    out.orbit.reserve(static_cast<std::size_t>(m_o.orbitLength * m_n));
    long sinceNew = 0;
    for (long s = 0; s < m_o.orbitLength + m_o.maxIterations; ++s) {
        if ((s & 0xfff) == 0xfff && cancel && cancel->isCanceled())
            return AttractorOutcome{};
        if (s >= m_o.orbitLength && sinceNew >= m_o.saturation)
            break;
        if (s < m_o.orbitLength)
            out.orbit.insert(out.orbit.end(), x.begin(), x.end());
        cellOf(x.data());
        if (m_visited.insert(m_cell.data(), cellHash(m_cell.data(), m_n), 0))
            sinceNew = 0;
        else
            ++sinceNew;
        if (!advance(x)) {
            out.state = kAttractorEscaped;
            out.orbit.clear();
            return out;
        }
    }
    out.state = kAttractorNew;
    out.cells = sortedCells(m_visited.cells(), m_n);
    return out;
}

} // namespace nd::attractor_detail
