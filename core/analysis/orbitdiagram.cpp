#include "analysis/orbitdiagram.h"

#include "analysis/orbitcolumn.h"
#include "analysis/orbitlanes.h"
#include "analysis/orbitraster.h"
#include "analysis/orbitrequest.h"
#include "analysis/valuerange.h"
#include "common/errors.h"
#include "common/parallel.h"
#include "common/progress.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <mutex>
#include <random>

namespace nd {

namespace {

class OrbitJob {
public:
    OrbitJob(const Model& model, const OrbitDiagramRequest& r, Progress* progress,
             const OrbitTileCallback& onTile)
        : m_model(model), m_r(r), m_progress(progress), m_onTile(onTile), m_columns(r.axis.count)
    {
        m_settings.parameterIndex = resolveAxis(model, r.axis, r.limits, "orbit diagram parameter");
        m_settings.transient = r.transient;
        m_settings.samples = r.samples;
        m_settings.observable = r.observable;
        m_settings.escapeBound = r.escapeBound;
        m_settings.dt = r.dt;
        m_settings.exactArithmetic = r.exactArithmetic;
        // With a fixed range and no stored values, fast paths bin their samples directly (into
        // rows of counts per lane, kept small enough for the L1 cache).
        m_settings.binDirect = !storesValues(r) && r.observable.section == Section::None && r.bins <= 4096;
        m_settings.binLo = r.rangeMin;
        m_settings.binHi = r.rangeMax;
        m_settings.bins = r.bins;
        m_initial = initialStateFor(model, r.initial, "orbit diagram initial state");
        m_out.bins = r.bins;
        m_out.rangeMin = r.rangeMin;
        m_out.rangeMax = r.rangeMax;
        for (int c = 0; c < m_columns; ++c)
            m_out.parameterValues.push_back(r.axis.value(c));
        // Not zeroed here: each column's slots are written by the worker that computes it, while
        // they are in its cache, and finish() writes those of columns never computed. Zeroing
        // first would double the raster's memory traffic, the main cost of fast diagrams.
        const std::size_t cells = static_cast<std::size_t>(m_columns) * static_cast<std::size_t>(r.bins);
        m_out.counts = RasterArray<std::uint32_t>::uninitialized(cells);
        m_out.tone = RasterArray<float>::uninitialized(cells);
        m_out.status.resize(static_cast<std::size_t>(m_columns));
        m_values.resize(static_cast<std::size_t>(m_columns));
        m_counted.assign(static_cast<std::size_t>(m_columns), 0);
        m_toned.assign(static_cast<std::size_t>(m_columns), 0);
        m_log1p =
            Log1pTable(static_cast<std::uint64_t>(runsPerColumn(r)) * static_cast<std::uint64_t>(r.samples));
    }

    OrbitDiagram run()
    {
        const auto tiles = makeTiles(m_columns, m_r.tileColumns);
        if (sequential(m_r.policy))
            runSequential(tiles);
        else
            m_out.canceled = !parallelFor(
                tiles.size(), m_r.threads, [&](std::size_t t) { runTile(tiles[t]); }, m_progress);
        if (m_progress && m_progress->isCanceled())
            m_out.canceled = true;
        finish();
        return std::move(m_out);
    }

private:
    std::uint32_t* columnCounts(int c)
    {
        return m_out.counts.data() + static_cast<std::size_t>(c) * static_cast<std::size_t>(m_r.bins);
    }

    void zeroCounts(int c) { std::fill_n(columnCounts(c), m_r.bins, 0u); }
    void zeroTone(int c)
    {
        std::fill_n(m_out.tone.data() + static_cast<std::size_t>(c) * static_cast<std::size_t>(m_r.bins),
                    m_r.bins, 0.0f);
    }

    // Adds the bins of the column's values to its raster slots (fixed range only).
    void addBins(int c, const std::vector<double>& v)
    {
        addToBins(v.data(), v.size(), m_r.rangeMin, m_r.rangeMax, m_r.bins, columnCounts(c));
    }

    // Copies column c's counts and tone into its place in the tile.
    void copyToTile(int c, OrbitDiagramTile& tile, int tileColumn) const
    {
        const std::size_t base = static_cast<std::size_t>(c) * static_cast<std::size_t>(m_r.bins);
        const long at = static_cast<long>(tileColumn) * m_r.bins;
        std::copy_n(m_out.counts.data() + base, m_r.bins, tile.counts.begin() + at);
        std::copy_n(m_out.tone.data() + base, m_r.bins, tile.tone.begin() + at);
    }

    // Bins the column's values into its own raster slots anew and tones it (fixed range;
    // sequential path, where a sweep's second pass bins a column again).
    void binColumn(int c, const std::vector<double>& v, OrbitDiagramTile* tile, int tileColumn)
    {
        zeroCounts(c);
        addBins(c, v);
        m_counted[static_cast<std::size_t>(c)] = 1;
        toneColumn(c);
        if (tile)
            copyToTile(c, *tile, tileColumn);
    }

    // Tone of a finished column (0 for escaped ones), done by the worker that computed it.
    void toneColumn(int c)
    {
        const std::size_t base = static_cast<std::size_t>(c) * static_cast<std::size_t>(m_r.bins);
        if (m_out.status[static_cast<std::size_t>(c)].escaped())
            zeroTone(c);
        else
            toneMapColumn(m_out.counts.data() + base, m_r.bins, m_out.tone.data() + base, m_log1p);
        m_toned[static_cast<std::size_t>(c)] = 1;
    }

    // Runs one orbit of column c from x and records how it ended.
    ColumnRunner::Outcome runOne(ColumnRunner& runner, int c, std::vector<double>& x,
                                 std::vector<double>& values)
    {
        OrbitColumnStatus& st = m_out.status[static_cast<std::size_t>(c)];
        std::string reason;
        const auto outcome =
            runner.run(m_out.parameterValues[static_cast<std::size_t>(c)], x, values, reason, m_progress);
        if (outcome == ColumnRunner::Outcome::Canceled)
            return outcome;
        ++st.runs;
        if (outcome == ColumnRunner::Outcome::Escaped) {
            if (st.escapedRuns == 0)
                st.escapeReason = reason;
            ++st.escapedRuns;
        }
        return outcome;
    }

    // The parallel path: each column is computed once, by one worker, into a raster slot it zeroed.
    void completeColumn(int c, std::vector<double>& values, OrbitDiagramTile& tile, int tileColumn)
    {
        m_out.status[static_cast<std::size_t>(c)].computed = true;
        if (!m_r.autoRange) {
            addBins(c, values);
            m_counted[static_cast<std::size_t>(c)] = 1;
            toneColumn(c);
            if (m_onTile)
                copyToTile(c, tile, tileColumn);
        }
        // With a fixed range the tile's raster says it all: copying the values would cost
        // more than computing them for cheap maps.
        if (storesValues(m_r))
            tile.values.insert(tile.values.end(), values.begin(), values.end());
        tile.offsets.push_back(tile.values.size());
        tile.status.push_back(m_out.status[static_cast<std::size_t>(c)]);
        if (storesValues(m_r))
            m_values[static_cast<std::size_t>(c)] = std::move(values);
    }

    OrbitDiagramTile newTile(TileRange t, int pass) const
    {
        OrbitDiagramTile tile;
        tile.firstColumn = t.begin;
        tile.columnCount = t.end - t.begin;
        tile.pass = pass;
        tile.offsets.push_back(0);
        if (!m_r.autoRange && m_onTile) {
            const std::size_t cells =
                static_cast<std::size_t>(tile.columnCount) * static_cast<std::size_t>(m_r.bins);
            tile.counts.assign(cells, 0u);
            tile.tone.assign(cells, 0.0f);
        }
        return tile;
    }

    void deliver(const OrbitDiagramTile& tile)
    {
        if (!m_onTile)
            return;
        std::lock_guard<std::mutex> lock(m_deliverMutex);
        m_onTile(tile);
    }

    // The initial state of run k of column c (rng: that column's own stream).
    std::vector<double> startState(std::mt19937_64* rng) const
    {
        std::vector<double> x = m_initial;
        if (rng)
            for (std::size_t i = 0; i < x.size(); ++i) {
                const double lo = m_r.boxMin.empty() ? m_initial[i] - 1.0 : m_r.boxMin[i];
                const double hi = m_r.boxMax.empty() ? m_initial[i] + 1.0 : m_r.boxMax[i];
                // Uniform in [lo, hi] from the top 53 bits: identical on every platform.
                x[i] = lo + (hi - lo) * static_cast<double>((*rng)() >> 11) * 0x1.0p-53;
            }
        return x;
    }

    void runTile(TileRange t)
    {
        ColumnRunner runner(m_model, m_settings);
        std::unique_ptr<LaneRunner> lanes = LaneRunner::create(m_model, m_settings);
        OrbitDiagramTile tile = newTile(t, 0);
        const int runs = runsPerColumn(m_r);
        constexpr int L = LaneRunner::kMaxLanes;
        const int block = lanes ? lanes->lanes() : 1;
        const bool direct = m_settings.binDirect;
        for (int c0 = t.begin; c0 < t.end; c0 += block) {
            const int width = std::min(block, t.end - c0);
            std::vector<double> values[L];
            LaneRunner::Sink sinks[L];
            std::vector<std::mt19937_64> rngs;
            double p[L];
            const bool random = m_r.policy == InitialPolicy::RandomPerColumn;
            for (int l = 0; l < width; ++l) {
                if (!direct)
                    values[l].reserve(static_cast<std::size_t>(runs) * static_cast<std::size_t>(m_r.samples));
                sinks[l] = {&values[l], direct ? columnCounts(c0 + l) : nullptr};
                if (!m_r.autoRange) // lanes and addBins add to the slots
                    zeroCounts(c0 + l);
                if (random) // a generator per column: the same states whatever thread runs it
                    rngs.emplace_back(streamSeed(m_r.seed, static_cast<std::uint64_t>(c0 + l)));
                p[l] = m_out.parameterValues[static_cast<std::size_t>(c0 + l)];
            }
            for (int k = 0; k < runs; ++k) {
                std::vector<double> x[L];
                for (int l = 0; l < width; ++l)
                    x[l] = startState(random ? &rngs[static_cast<std::size_t>(l)] : nullptr);
                bool escaped[L];
                std::fill_n(escaped, L, true); // without lanes every column takes the generic path
                if (lanes) {
                    if (lanes->run(width, p, x, sinks, escaped, m_progress) == LaneRunner::Outcome::Canceled)
                        return;
                    for (int l = 0; l < width; ++l)
                        if (!escaped[l])
                            ++m_out.status[static_cast<std::size_t>(c0 + l)].runs;
                }
                // Escaped lanes added nothing: the generic path redoes them (same values, and
                // the escape step and reason).
                for (int l = 0; l < width; ++l)
                    if (escaped[l] &&
                        runOne(runner, c0 + l, x[l], values[l]) == ColumnRunner::Outcome::Canceled)
                        return;
            }
            for (int l = 0; l < width; ++l)
                completeColumn(c0 + l, values[l], tile, c0 + l - t.begin);
        }
        deliver(tile);
    }

    void runSequential(const std::vector<TileRange>& tiles)
    {
        ColumnRunner runner(m_model, m_settings);
        const int passes = m_r.policy == InitialPolicy::SweepUpDown ? 2 : 1;
        std::vector<double> x = m_initial;
        long done = 0;
        const double total = static_cast<double>(m_columns) * passes;
        for (int pass = 0; pass < passes; ++pass) {
            for (std::size_t ti = 0; ti < tiles.size(); ++ti) {
                const TileRange t = pass == 0 ? tiles[ti] : tiles[tiles.size() - 1 - ti];
                if (m_progress && m_progress->isCanceled()) {
                    m_out.canceled = true;
                    return;
                }
                OrbitDiagramTile tile = newTile(t, pass);
                for (int k = 0; k < t.end - t.begin; ++k) {
                    const int c = pass == 0 ? t.begin + k : t.end - 1 - k;
                    const auto outcome = runOne(runner, c, x, m_values[static_cast<std::size_t>(c)]);
                    if (outcome == ColumnRunner::Outcome::Canceled) {
                        m_out.canceled = true;
                        m_out.status[static_cast<std::size_t>(c)].computed = false;
                        return;
                    }
                    // An escaped orbit has nothing to follow: the next column restarts.
                    if (outcome == ColumnRunner::Outcome::Escaped)
                        x = m_initial;
                    m_out.status[static_cast<std::size_t>(c)].computed = true;
                    ++done;
                    if (m_progress)
                        m_progress->setProgress(static_cast<double>(done) / total);
                }
                // Tile values in column order, whatever the pass direction.
                for (int c = t.begin; c < t.end; ++c) {
                    const auto& values = m_values[static_cast<std::size_t>(c)];
                    if (!m_r.autoRange)
                        binColumn(c, values, m_onTile ? &tile : nullptr, c - t.begin);
                    tile.values.insert(tile.values.end(), values.begin(), values.end());
                    tile.offsets.push_back(tile.values.size());
                    tile.status.push_back(m_out.status[static_cast<std::size_t>(c)]);
                }
                deliver(tile);
            }
        }
    }

    void finish() { finishOrbitRaster(m_r, m_values, m_counted, m_toned, m_log1p, m_r.threads, m_out); }

    const Model& m_model;
    const OrbitDiagramRequest& m_r;
    Progress* m_progress;
    const OrbitTileCallback& m_onTile;
    int m_columns;
    OrbitRunSettings m_settings;
    std::vector<double> m_initial;
    OrbitDiagram m_out;
    std::vector<std::vector<double>> m_values;
    std::vector<char> m_counted; // fixed range: columns whose counts are final
    std::vector<char> m_toned;   // columns whose tone is final
    Log1pTable m_log1p;
    std::mutex m_deliverMutex;
};

} // namespace

void finishOrbitRaster(const OrbitDiagramRequest& r, const std::vector<std::vector<double>>& values,
                       const std::vector<char>& counted, std::vector<char>& toned, const Log1pTable& log1p,
                       int threads, OrbitDiagram& d)
{
    const int columns = static_cast<int>(d.status.size());
    const auto bins = static_cast<std::size_t>(r.bins);
    const auto slot = [&](int c) { return static_cast<std::size_t>(c) * bins; };
    // Tone of a column whose counts are final: 0 when its orbit escaped.
    const auto tone = [&](int c) {
        if (d.status[static_cast<std::size_t>(c)].escaped())
            std::fill_n(d.tone.data() + slot(c), r.bins, 0.0f);
        else
            toneMapColumn(d.counts.data() + slot(c), r.bins, d.tone.data() + slot(c), log1p);
        toned[static_cast<std::size_t>(c)] = 1;
    };
    if (r.autoRange) {
        // A column whose every run escaped is drawn empty: the samples it took on its way out
        // (up to the escape bound) must not stretch the range and squash every other column.
        ValueRangeAccumulator all;
        for (int c = 0; c < columns; ++c)
            if (!d.status[static_cast<std::size_t>(c)].escaped())
                all.add(values[static_cast<std::size_t>(c)]);
        // Plain names, not a structured binding: clang 14 cannot capture those in the lambda.
        const ValueRange range = all.range();
        const double lo = range.min, hi = range.max;
        d.rangeMin = lo;
        d.rangeMax = hi;
        // Columns are independent: bin and tone them in parallel (same result for any count).
        const auto chunks = makeTiles(columns, 64);
        parallelFor(chunks.size(), threads, [&](std::size_t k) {
            for (int c = chunks[k].begin; c < chunks[k].end; ++c) {
                const auto& v = values[static_cast<std::size_t>(c)];
                std::fill_n(d.counts.data() + slot(c), r.bins, 0u);
                if (d.status[static_cast<std::size_t>(c)].computed)
                    addToBins(v.data(), v.size(), lo, hi, r.bins, d.counts.data() + slot(c));
                tone(c);
            }
        });
    } else {
        // Columns a cancel left unfinished (or never started) get empty slots.
        for (int c = 0; c < columns; ++c) {
            if (toned[static_cast<std::size_t>(c)])
                continue;
            if (!counted[static_cast<std::size_t>(c)]) {
                std::fill_n(d.counts.data() + slot(c), r.bins, 0u);
                std::fill_n(d.tone.data() + slot(c), r.bins, 0.0f);
            } else {
                tone(c);
            }
        }
    }
    if (r.keepPoints) {
        d.pointOffsets.assign(1, 0);
        for (int c = 0; c < columns; ++c) {
            const auto& v = values[static_cast<std::size_t>(c)];
            if (d.status[static_cast<std::size_t>(c)].computed)
                d.points.insert(d.points.end(), v.begin(), v.end());
            d.pointOffsets.push_back(d.points.size());
        }
    }
}

OrbitDiagram assembleOrbitDiagram(const OrbitDiagramRequest& r, std::vector<OrbitColumnData> columns,
                                  int threads)
{
    const int count = static_cast<int>(columns.size());
    const auto bins = static_cast<std::size_t>(r.bins);
    OrbitDiagram d;
    d.bins = r.bins;
    d.rangeMin = r.rangeMin;
    d.rangeMax = r.rangeMax;
    const std::size_t cells = static_cast<std::size_t>(count) * bins;
    d.counts = RasterArray<std::uint32_t>::uninitialized(cells);
    d.tone = RasterArray<float>::uninitialized(cells);
    std::vector<std::vector<double>> values(columns.size());
    std::vector<char> counted(columns.size(), 0), toned(columns.size(), 0);
    for (int c = 0; c < count; ++c) {
        OrbitColumnData& column = columns[static_cast<std::size_t>(c)];
        d.parameterValues.push_back(r.axis.value(c));
        d.status.push_back(column.status);
        if (!r.autoRange && column.counts.size() == bins) {
            std::copy(column.counts.begin(), column.counts.end(),
                      d.counts.begin() + static_cast<long>(c * bins));
            counted[static_cast<std::size_t>(c)] = 1;
        }
        values[static_cast<std::size_t>(c)] = std::move(column.values);
    }
    const Log1pTable log1p(static_cast<std::uint64_t>(runsPerColumn(r)) *
                           static_cast<std::uint64_t>(r.samples));
    finishOrbitRaster(r, values, counted, toned, log1p, threads, d);
    return d;
}

OrbitDiagram computeOrbitDiagram(const Model& model, const OrbitDiagramRequest& request, Progress* progress,
                                 const OrbitTileCallback& onTile)
{
    validateOrbitRequest(model, request);
    checkMemory(estimateOrbitDiagramBytes(request), request.limits, "this orbit diagram");
    OrbitJob job(model, request, progress, onTile);
    return job.run();
}

} // namespace nd
