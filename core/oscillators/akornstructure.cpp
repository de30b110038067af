#include "oscillators/akornstructure.h"

#include "common/errors.h"
#include "model/numbertext.h"
#include "network/presetnetwork.h"

#include <algorithm>
#include <cmath>
#include <map>

namespace nd {

namespace {
const char* kType = "akorn";

std::string field(const std::string& key)
{
    return std::string(kType) + " setting '" + key + "'";
}

struct Entry {
    double scalar = 0.0;
    std::vector<double> block; // empty: scalar * I
};

void sparseEntries(const std::string& text, const AkornStructure& s,
                   std::map<std::pair<int, int>, Entry>& out)
{
    const std::string f = field("J-entries");
    const auto rows = parseNumberRows(text, f);
    const std::size_t blockSize = static_cast<std::size_t>(s.n * s.n);
    for (std::size_t r = 0; r < rows.size(); ++r) {
        const auto& row = rows[r];
        const std::string where = f + ", entry " + std::to_string(r + 1);
        if (row.size() != 3 && row.size() != 2 + blockSize)
            throw InputError(where + " has " + std::to_string(row.size()) +
                             " numbers; expected 'i j w' (3) or 'i j' and an n x n block (" +
                             std::to_string(2 + blockSize) + ")");
        const int i = indexFromNumber(row[0], s.units, where, "unit i");
        const int j = indexFromNumber(row[1], s.units, where, "unit j");
        Entry e;
        if (row.size() == 3)
            e.scalar = row[2];
        else
            e.block.assign(row.begin() + 2, row.end());
        if (!out.emplace(std::make_pair(i, j), std::move(e)).second)
            throw InputError(where + ": the pair (" + std::to_string(i) + ", " + std::to_string(j) +
                             ") is given twice");
    }
}

void denseEntries(const std::string& text, const AkornStructure& s, std::map<std::pair<int, int>, Entry>& out)
{
    const std::string f = field("J-matrix");
    const auto rows = parseNumberRows(text, f);
    const int big = s.units * s.n;
    const bool scalar = static_cast<int>(rows.size()) == s.units;
    const int size = scalar ? s.units : big;
    if (static_cast<int>(rows.size()) != size)
        throw InputError(f + " has " + std::to_string(rows.size()) +
                         " rows; expected N = " + std::to_string(s.units) +
                         " rows of N scalars or N*n = " + std::to_string(big) + " rows of N*n values");
    for (std::size_t r = 0; r < rows.size(); ++r)
        if (static_cast<int>(rows[r].size()) != size)
            throw InputError(f + ", row " + std::to_string(r + 1) + " has " + std::to_string(rows[r].size()) +
                             " values; expected " + std::to_string(size));
    for (int i = 0; i < s.units; ++i)
        for (int j = 0; j < s.units; ++j) {
            Entry e;
            bool zero = true;
            if (scalar) {
                e.scalar = rows[static_cast<std::size_t>(i)][static_cast<std::size_t>(j)];
                zero = e.scalar == 0.0;
            } else {
                for (int r = 0; r < s.n; ++r)
                    for (int c = 0; c < s.n; ++c) {
                        const double v = rows[static_cast<std::size_t>(i * s.n + r)]
                                             [static_cast<std::size_t>(j * s.n + c)];
                        e.block.push_back(v);
                        zero = zero && v == 0.0;
                    }
            }
            if (!zero) // absent pairs cost nothing in the sparse rows
                out.emplace(std::make_pair(i, j), std::move(e));
        }
}

void explicitCoupling(const Settings& m, AkornStructure& s)
{
    const bool dense = m.at("coupling") == "dense";
    const std::string used = dense ? "J-matrix" : "J-entries";
    const std::string other = dense ? "J-entries" : "J-matrix";
    if (!m.at(other).empty())
        throw InputError(field(other) + " is given but 'coupling' is " + m.at("coupling") +
                         " (which reads '" + used + "')");
    std::map<std::pair<int, int>, Entry> entries;
    if (dense)
        denseEntries(m.at(used), s, entries);
    else
        sparseEntries(m.at(used), s, entries);
    s.rowStart.assign(static_cast<std::size_t>(s.units) + 1, 0);
    for (auto& [key, e] : entries) { // ordered by (i, j)
        s.column.push_back(key.second);
        s.scalar.push_back(e.scalar);
        if (e.block.empty()) {
            s.block.push_back(-1);
        } else {
            s.block.push_back(static_cast<int>(s.blocks.size()));
            s.blocks.insert(s.blocks.end(), e.block.begin(), e.block.end());
        }
        s.rowStart[static_cast<std::size_t>(key.first) + 1]++;
    }
    for (int i = 0; i < s.units; ++i)
        s.rowStart[static_cast<std::size_t>(i) + 1] += s.rowStart[static_cast<std::size_t>(i)];
}

void frequencies(const Settings& m, AkornStructure& s)
{
    const auto rates = parseNumberList(m.at("frequencies"), field("frequencies"));
    const auto matrices = parseNumberList(m.at("omega-matrices"), field("omega-matrices"));
    if (!rates.empty() && !matrices.empty())
        throw InputError(field("frequencies") + " and 'omega-matrices' are both given; use one of them");
    const int planes = s.n / 2;
    if (!rates.empty()) {
        if (static_cast<int>(rates.size()) == s.units) {
            for (double f : rates)
                s.planeRates.insert(s.planeRates.end(), static_cast<std::size_t>(planes), f);
        } else if (static_cast<long>(rates.size()) == static_cast<long>(s.units) * planes) {
            s.planeRates = rates;
        } else {
            throw InputError(field("frequencies") + " has " + std::to_string(rates.size()) +
                             " values; expected N = " + std::to_string(s.units) +
                             " or N*n/2 = " + std::to_string(s.units * planes));
        }
    }
    if (!matrices.empty()) {
        const long expected = static_cast<long>(s.units) * s.n * s.n;
        if (static_cast<long>(matrices.size()) != expected)
            throw InputError(field("omega-matrices") + " has " + std::to_string(matrices.size()) +
                             " values; expected N*n*n = " + std::to_string(expected));
        for (int i = 0; i < s.units; ++i) {
            const double* o =
                matrices.data() + static_cast<std::size_t>(i) * static_cast<std::size_t>(s.n * s.n);
            for (int r = 0; r < s.n; ++r)
                for (int c = r; c < s.n; ++c) {
                    const double a = o[r * s.n + c], b = o[c * s.n + r];
                    if (std::fabs(a + b) > 1e-12 * std::max(1.0, std::max(std::fabs(a), std::fabs(b))))
                        throw InputError(field("omega-matrices") + ": the matrix of unit " +
                                         std::to_string(i) + " is not antisymmetric (entries (" +
                                         std::to_string(r) + ", " + std::to_string(c) + ") and (" +
                                         std::to_string(c) + ", " + std::to_string(r) + "))");
                }
        }
        s.omegaMatrices = matrices;
    }
}

void stimulus(const Settings& m, AkornStructure& s)
{
    const auto values = parseNumberList(m.at("stimulus"), field("stimulus"));
    if (values.empty())
        return;
    if (static_cast<int>(values.size()) == s.n) {
        for (int i = 0; i < s.units; ++i)
            s.stimulus.insert(s.stimulus.end(), values.begin(), values.end());
    } else if (static_cast<long>(values.size()) == static_cast<long>(s.units) * s.n) {
        s.stimulus = values;
    } else {
        throw InputError(field("stimulus") + " has " + std::to_string(values.size()) +
                         " values; expected n = " + std::to_string(s.n) +
                         " or N*n = " + std::to_string(s.units * s.n));
    }
}
} // namespace

std::vector<SettingSpec> akornOptionSpecs()
{
    return {
        {"convention",
         "official",
         "Update convention: official (the released AKOrN code: Omega = omega [[0, 1], [-1, 0]] per plane, a "
         "clockwise rotation) or neurodyn-2025 (NeuroDyn's first AKOrN: the counter-clockwise rotation)",
         {"official", "neurodyn-2025"}},
        {"project",
         "on",
         "Project c + J x onto the tangent space of each unit before the step (off: add it as it is)",
         {"on", "off"}},
        {"c-norm",
         "none",
         "Normalisation of the stimulus pattern: none, or group (mean 0, variance 1 over each oscillator "
         "group's n channels and all positions, GroupNorm without affine; c then scales the result)",
         {"none", "group"}},
        {"omega-layer",
         "rotation",
         "The natural-frequency term: rotation (Omega x, the paper's) or identity (the official code's "
         "use_omega=False, whose omega layer is the identity: each step adds gamma x and omega is unused)",
         {"rotation", "identity"}},
    };
}

AkornOptions parseAkornOptions(const std::string& type, const Settings& m)
{
    (void)type; // mergeSettings already refused values outside the choices
    AkornOptions o;
    o.convention = m.at("convention") == "neurodyn-2025" ? AkornConvention::NeuroDyn2025 : AkornConvention::Official;
    o.project = m.at("project") != "off";
    o.groupNorm = m.at("c-norm") == "group";
    o.identityOmega = m.at("omega-layer") == "identity";
    return o;
}

void groupNormalise(std::vector<double>& values, int positions, int channels, int n)
{
    const auto at = [&](int p, int ch) {
        return static_cast<std::size_t>(p) * static_cast<std::size_t>(channels) + static_cast<std::size_t>(ch);
    };
    for (int g = 0; g < channels; g += n) {
        double sum = 0.0;
        for (int p = 0; p < positions; ++p)
            for (int k = 0; k < n; ++k)
                sum += values[at(p, g + k)];
        const double count = static_cast<double>(positions) * n;
        const double mean = sum / count;
        double var = 0.0;
        for (int p = 0; p < positions; ++p)
            for (int k = 0; k < n; ++k)
                var += (values[at(p, g + k)] - mean) * (values[at(p, g + k)] - mean);
        const double inv = 1.0 / std::sqrt(var / count + 1e-5);
        for (int p = 0; p < positions; ++p)
            for (int k = 0; k < n; ++k)
                values[at(p, g + k)] = (values[at(p, g + k)] - mean) * inv;
    }
}

std::vector<SettingSpec> akornSettingSpecs()
{
    std::vector<SettingSpec> specs{
        {"N", "8", "Number of units (>= 1)", {}},
        {"n", "2", "Dimension of each unit vector (even, >= 2)", {}},
        {"coupling",
         "all-to-all",
         "J_ij: none, J/N between all pairs, J between ring neighbours, or J times the matrix of 'J-entries' "
         "(sparse) or 'J-matrix' (dense)",
         {"none", "all-to-all", "ring", "sparse", "dense"}},
        {"J-entries",
         "",
         "Sparse coupling: entries 'i j w' (w times the identity) or 'i j' followed by an n x n block "
         "(row-major); entries separated by ';' or new lines; unit j acts on unit i",
         {}},
        {"J-matrix",
         "",
         "Dense coupling: N rows of N scalars, or N*n rows of N*n values; rows separated by ';'",
         {}},
        {"frequencies",
         "",
         "Per-unit natural frequencies as factors of omega: N values (one per unit) or N*n/2 values (one per "
         "unit and 2-D sub-plane); empty: all 1",
         {}},
        {"omega-matrices",
         "",
         "Per-unit natural frequency matrices instead of sub-plane rotations: N antisymmetric n x n matrices "
         "(row-major, unit after unit), scaled by omega",
         {}},
        {"stimulus",
         "",
         "Stimulus vectors scaled by c: n values (shared by all units) or N*n values (unit after unit); "
         "empty: e_0",
         {}},
    };
    for (auto& spec : akornOptionSpecs())
        specs.push_back(std::move(spec));
    return specs;
}

AkornStructure parseAkornStructure(const Settings& m)
{
    AkornStructure s;
    s.units = integerSetting(kType, m, "N", 1, 1000000);
    s.n = integerSetting(kType, m, "n", 2, 1024);
    if (s.n % 2 != 0)
        throw InputError("akorn setting 'n' = " + std::to_string(s.n) + " must be even");
    const std::string& c = m.at("coupling");
    s.topology = c == "none"         ? AkornTopology::None
                 : c == "all-to-all" ? AkornTopology::AllToAll
                 : c == "ring"       ? AkornTopology::Ring
                                     : AkornTopology::Explicit;
    if (s.topology == AkornTopology::Explicit)
        explicitCoupling(m, s);
    else if (!m.at("J-entries").empty() || !m.at("J-matrix").empty())
        throw InputError(field("coupling") + " is " + c +
                         ": set it to 'sparse' or 'dense' to use 'J-entries' or 'J-matrix'");
    frequencies(m, s);
    stimulus(m, s);
    s.stimulusGiven = !s.stimulus.empty();
    s.options = parseAkornOptions(kType, m);
    if (s.options.groupNorm) {
        if (s.stimulus.empty())
            for (int i = 0; i < s.units; ++i)
                for (int k = 0; k < s.n; ++k)
                    s.stimulus.push_back(k == 0 ? 1.0 : 0.0);
        // The N units are the positions of one oscillator group of n channels.
        groupNormalise(s.stimulus, s.units, s.n, s.n);
    }
    return s;
}

} // namespace nd
