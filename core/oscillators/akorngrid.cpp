#include "oscillators/akorngrid.h"

#include "common/errors.h"
#include "io/imagemask.h"
#include "model/numbertext.h"
#include "network/presetnetwork.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <random>

namespace nd {

namespace {
using Size = std::size_t;
const char* kType = "akorn-grid";

std::string field(const std::string& key)
{
    return std::string(kType) + " setting '" + key + "'";
}

Size idx(long v)
{
    return static_cast<Size>(v);
}

// d x C matrix from rows separated by ';' (empty: the identity, d = C).
std::vector<double> matrixSetting(const Settings& m, const std::string& key, int cols, int& rowsOut)
{
    const auto rows = parseNumberRows(m.at(key), field(key));
    if (rows.empty()) {
        std::vector<double> id(idx(cols) * idx(cols), 0.0);
        for (int k = 0; k < cols; ++k)
            id[idx(k) * idx(cols) + idx(k)] = 1.0;
        rowsOut = cols;
        return id;
    }
    std::vector<double> out;
    for (Size r = 0; r < rows.size(); ++r) {
        if (static_cast<int>(rows[r].size()) != cols)
            throw InputError(field(key) + ", row " + std::to_string(r + 1) + " has " +
                             std::to_string(rows[r].size()) + " values; expected C = " + std::to_string(cols));
        out.insert(out.end(), rows[r].begin(), rows[r].end());
    }
    rowsOut = static_cast<int>(rows.size());
    return out;
}

void parseKernel(const Settings& m, AkornGridStructure& s)
{
    const int k = s.kernelSize;
    const std::string& text = m.at("kernel");
    const Size kk = idx(k) * idx(k);
    if (text == "uniform" || text == "gaussian") {
        s.kernelKind = AkornGridStructure::KernelKind::Shared;
        s.kernel.assign(kk, 1.0 / static_cast<double>(kk));
        if (text == "gaussian") {
            const auto sigma = parseNumberList(m.at("kernel-sigma"), field("kernel-sigma"));
            if (sigma.size() != 1 || !(sigma[0] > 0.0))
                throw InputError(field("kernel-sigma") + " must be one positive number");
            double sum = 0.0;
            for (int r = 0; r < k; ++r)
                for (int c = 0; c < k; ++c) {
                    const double d2 = (r - k / 2) * (r - k / 2) + (c - k / 2) * (c - k / 2);
                    sum += s.kernel[idx(r * k + c)] = std::exp(-d2 / (2.0 * sigma[0] * sigma[0]));
                }
            for (double& w : s.kernel)
                w /= sum;
        }
        return;
    }
    s.kernel = parseNumberList(text, field("kernel"));
    const Size cc = idx(s.channels);
    if (s.kernel.size() == kk)
        s.kernelKind = AkornGridStructure::KernelKind::Shared;
    else if (s.kernel.size() == cc * kk)
        s.kernelKind = AkornGridStructure::KernelKind::Depthwise;
    else if (s.kernel.size() == cc * cc * kk)
        s.kernelKind = AkornGridStructure::KernelKind::Full;
    else
        throw InputError(field("kernel") + " has " + std::to_string(s.kernel.size()) +
                         " values; expected 'uniform', 'gaussian', k*k = " + std::to_string(kk) +
                         " (one kernel), C*k*k = " + std::to_string(cc * kk) + " (one per channel) or C*C*k*k = " +
                         std::to_string(cc * cc * kk) + " (every channel pair)");
}

std::vector<double> vectorSetting(const Settings& m, const std::string& key, const AkornGridStructure& s,
                                  std::vector<double> fallback)
{
    auto v = parseNumberList(m.at(key), field(key));
    if (v.empty())
        v = std::move(fallback);
    if (static_cast<int>(v.size()) == s.n) {
        std::vector<double> out;
        for (int g = 0; g < s.channels / s.n; ++g)
            out.insert(out.end(), v.begin(), v.end());
        return out;
    }
    if (static_cast<int>(v.size()) != s.channels)
        throw InputError(field(key) + " has " + std::to_string(v.size()) + " values; expected n = " +
                         std::to_string(s.n) + " or C = " + std::to_string(s.channels));
    return v;
}

void parseMask(const Settings& m, AkornGridStructure& s)
{
    const std::string& name = m.at("mask");
    const Size pixels = idx(s.height) * idx(s.width);
    if (name.empty()) {
        s.mask.assign(pixels, 1);
        return;
    }
    if (isBuiltinMask(name)) {
        s.mask = builtinMask(name, s.height, s.width);
    } else {
        const auto threshold = parseNumberList(m.at("mask-threshold"), field("mask-threshold"));
        if (threshold.size() != 1)
            throw InputError(field("mask-threshold") + " must be one number");
        GrayImage image;
        try {
            image = readImageFile(name);
        } catch (const InputError& e) {
            throw InputError(field("mask") + ": " + e.what());
        }
        s.mask = maskFromImage(image, s.height, s.width, threshold[0], m.at("mask-inside") == "dark");
    }
    if (std::find(s.mask.begin(), s.mask.end(), 1) == s.mask.end())
        throw InputError(field("mask") + " '" + name + "' has no pixel inside the silhouette at " +
                         std::to_string(s.height) + " x " + std::to_string(s.width) +
                         " (check 'mask-inside' and 'mask-threshold')");
}
} // namespace

std::vector<SettingSpec> akornGridSettingSpecs()
{
    std::vector<SettingSpec> specs{
        {"H", "16", "Grid height in pixels (>= 1)", {}},
        {"W", "16", "Grid width in pixels (>= 1)", {}},
        {"C", "4", "Channels per pixel (a multiple of n: C/n oscillators per pixel)", {}},
        {"n", "4", "Oscillator dimension (even, >= 2)", {}},
        {"coupling",
         "conv",
         "Coupling: conv (k x k kernel, same zero padding), attention (one head over all pixels) or none",
         {"conv", "attention", "none"}},
        {"kernel-size", "5", "Kernel size k of the conv coupling (odd, at most the grid's height and width)", {}},
        {"kernel",
         "gaussian",
         "Conv kernel: uniform, gaussian, or k*k numbers (every channel to itself), C*k*k (one kernel per "
         "channel) or C*C*k*k (out channel, in channel, row, column)",
         {}},
        {"kernel-sigma", "1", "Width of the gaussian kernel in pixels", {}},
        {"attn-q", "", "Attention W_Q: d rows of C values separated by ';' (empty: identity)", {}},
        {"attn-k", "", "Attention W_K: d rows of C values (empty: identity)", {}},
        {"attn-v", "", "Attention W_V: C rows of C values (empty: identity)", {}},
        {"mask",
         "fish",
         "Silhouette of the stimulus: empty (everywhere inside), fish, disk, square, or the path of an image "
         "file (PGM, PNG, ...)",
         {}},
        {"mask-inside", "dark", "Which pixels of an image are inside: dark or bright ones", {"dark", "bright"}},
        {"mask-threshold", "0.5", "Grey level (0 black .. 1 white) separating inside from outside", {}},
        {"stimulus-inside", "", "Stimulus pattern v inside: n values (each oscillator) or C values; empty: e_0", {}},
        {"stimulus-outside", "", "Stimulus pattern v' outside: n or C values; empty: 0", {}},
        {"seed", "1", "Seed of the random initial state", {}},
    };
    for (auto& spec : akornOptionSpecs())
        specs.push_back(std::move(spec));
    return specs;
}

AkornGridStructure parseAkornGridStructure(const Settings& m)
{
    AkornGridStructure s;
    s.height = integerSetting(kType, m, "H", 1, 4096);
    s.width = integerSetting(kType, m, "W", 1, 4096);
    s.channels = integerSetting(kType, m, "C", 1, 4096);
    s.n = integerSetting(kType, m, "n", 1, 4096);
    s.options = parseAkornOptions(kType, m);
    if (s.n % 2 != 0)
        throw InputError(field("n") + " = " + std::to_string(s.n) +
                         " is odd: the rotation Omega acts on pairs of channels, so n must be even");
    if (s.channels % s.n != 0)
        throw InputError(field("C") + " = " + std::to_string(s.channels) + " is not divisible by n = " +
                         std::to_string(s.n));
    if (static_cast<long>(s.height) * s.width * s.channels > 16L * 1024 * 1024)
        throw InputError(std::string(kType) + ": H * W * C = " +
                         std::to_string(static_cast<long>(s.height) * s.width * s.channels) +
                         " variables; at most 16777216");
    const std::string& c = m.at("coupling");
    s.coupling = c == "none" ? AkornGridCoupling::None
                 : c == "attention" ? AkornGridCoupling::Attention
                                    : AkornGridCoupling::Conv;
    s.kernelSize = integerSetting(kType, m, "kernel-size", 1, 4095);
    if (s.coupling == AkornGridCoupling::Conv) {
        if (s.kernelSize % 2 == 0)
            throw InputError(field("kernel-size") + " = " + std::to_string(s.kernelSize) +
                             " is even; a 'same' kernel needs a centre pixel (use an odd size)");
        if (s.kernelSize > std::min(s.height, s.width))
            throw InputError(field("kernel-size") + " = " + std::to_string(s.kernelSize) +
                             " is larger than the grid (" + std::to_string(s.height) + " x " +
                             std::to_string(s.width) + ")");
        parseKernel(m, s);
    }
    if (s.coupling == AkornGridCoupling::Attention) {
        int dq = 0, dk = 0, dv = 0;
        s.wq = matrixSetting(m, "attn-q", s.channels, dq);
        s.wk = matrixSetting(m, "attn-k", s.channels, dk);
        s.wv = matrixSetting(m, "attn-v", s.channels, dv);
        if (dq != dk)
            throw InputError(field("attn-k") + " has " + std::to_string(dk) + " rows but 'attn-q' has " +
                             std::to_string(dq) + "; queries and keys need the same dimension d");
        if (dv != s.channels)
            throw InputError(field("attn-v") + " has " + std::to_string(dv) + " rows; expected C = " +
                             std::to_string(s.channels));
        s.attentionDim = dq;
    }
    parseMask(m, s);
    std::vector<double> e0(idx(s.n), 0.0);
    e0[0] = 1.0;
    const auto inside = vectorSetting(m, "stimulus-inside", s, e0);
    const auto outside = vectorSetting(m, "stimulus-outside", s, std::vector<double>(idx(s.n), 0.0));
    const Size pixels = idx(s.height) * idx(s.width);
    s.pattern.reserve(pixels * idx(s.channels));
    for (Size p = 0; p < pixels; ++p) {
        const auto& v = s.mask[p] ? inside : outside;
        s.pattern.insert(s.pattern.end(), v.begin(), v.end());
    }
    if (s.options.groupNorm)
        groupNormalise(s.pattern, static_cast<int>(pixels), s.channels, s.n);
    const auto seed = parseNumberList(m.at("seed"), field("seed"));
    if (seed.size() != 1 || seed[0] < 0 || seed[0] != std::floor(seed[0]) || seed[0] > 9e15)
        throw InputError(field("seed") + " must be one non-negative integer");
    s.seed = static_cast<unsigned long long>(seed[0]);
    return s;
}

AkornGrid::Parsed AkornGrid::parse(const Settings& settings)
{
    Parsed p;
    p.merged = mergeSettings(kType, akornGridSettingSpecs(), settings);
    p.structure = parseAkornGridStructure(p.merged);
    return p;
}

AkornGrid::AkornGrid(const Settings& settings) : AkornGrid(parse(settings))
{
}

AkornGrid::AkornGrid(Parsed p)
    : Model({{"gamma", 0.5, 0.0, 1e3, 0.0, 1.0, "Step size of the update"},
             {"omega", 0.0, -1e6, 1e6, -2.0, 2.0, "Angular velocity of the natural rotation Omega"},
             {"J", 1.0, -1e6, 1e6, -2.0, 2.0, "Coupling strength (scales the kernel or the attention output)"},
             {"c", 1.0, -1e6, 1e6, -2.0, 2.0, "Stimulus strength (c_p = c times the pattern)"}}),
      m_settings(std::move(p.merged)), m_s(std::move(p.structure))
{
}

std::vector<SettingSpec> AkornGrid::settingSpecs() const
{
    return akornGridSettingSpecs();
}

std::vector<std::string> AkornGrid::variableNames() const
{
    std::vector<std::string> names;
    names.reserve(idx(dimension()));
    for (int r = 0; r < m_s.height; ++r)
        for (int c = 0; c < m_s.width; ++c)
            for (int k = 0; k < m_s.channels; ++k)
                names.push_back("x" + std::to_string(r) + "_" + std::to_string(c) + "_" + std::to_string(k));
    return names;
}

std::vector<double> AkornGrid::defaultInitialState() const
{
    std::mt19937_64 rng(m_s.seed);
    // Box-Muller on the top 53 bits, so one seed gives one state with every standard library.
    auto uniform = [&]() { return (static_cast<double>(rng() >> 11) + 0.5) * 0x1.0p-53; };
    std::vector<double> x(idx(dimension()));
    for (Size k = 0; k < x.size(); ++k)
        x[k] = std::sqrt(-2.0 * std::log(uniform())) * std::cos(2.0 * 3.14159265358979323846 * uniform());
    const int n = m_s.n;
    for (Size o = 0; o < x.size(); o += idx(n)) {
        double s = 0.0;
        for (int k = 0; k < n; ++k)
            s += x[o + idx(k)] * x[o + idx(k)];
        const double inv = 1.0 / std::sqrt(s);
        for (int k = 0; k < n; ++k)
            x[o + idx(k)] *= inv;
    }
    return x;
}

void AkornGrid::convolve(const double* x, double* out) const
{
    const int h = m_s.height, w = m_s.width, ch = m_s.channels, k = m_s.kernelSize, half = k / 2;
    const double jv = parameter(2);
    std::fill(out, out + dimension(), 0.0);
    const double* kern = m_s.kernel.data();
    for (int r = 0; r < h; ++r)
        for (int c = 0; c < w; ++c) {
            double* o = out + (idx(r) * idx(w) + idx(c)) * idx(ch);
            const int r0 = std::max(0, r - half), r1 = std::min(h - 1, r + half);
            const int c0 = std::max(0, c - half), c1 = std::min(w - 1, c + half);
            for (int rr = r0; rr <= r1; ++rr)
                for (int cc = c0; cc <= c1; ++cc) {
                    const double* xi = x + (idx(rr) * idx(w) + idx(cc)) * idx(ch);
                    const Size tap = idx(rr - r + half) * idx(k) + idx(cc - c + half);
                    switch (m_s.kernelKind) {
                    case AkornGridStructure::KernelKind::Shared: {
                        const double wt = kern[tap];
                        for (int q = 0; q < ch; ++q)
                            o[q] += wt * xi[q];
                        break;
                    }
                    case AkornGridStructure::KernelKind::Depthwise:
                        for (int q = 0; q < ch; ++q)
                            o[q] += kern[idx(q) * idx(k * k) + tap] * xi[q];
                        break;
                    case AkornGridStructure::KernelKind::Full:
                        for (int q = 0; q < ch; ++q) {
                            const double* row = kern + idx(q) * idx(ch) * idx(k * k) + tap;
                            double s = 0.0;
                            for (int i = 0; i < ch; ++i)
                                s += row[idx(i) * idx(k * k)] * xi[i];
                            o[q] += s;
                        }
                        break;
                    }
                }
            for (int q = 0; q < ch; ++q)
                o[q] *= jv;
        }
}

void AkornGrid::attend(const double* x, double* out) const
{
    const int ch = m_s.channels, d = m_s.attentionDim;
    const Size pixels = idx(m_s.height) * idx(m_s.width);
    std::vector<double> q(pixels * idx(d)), kk(pixels * idx(d)), v(pixels * idx(ch)), weight(pixels);
    auto apply = [&](const std::vector<double>& mat, int rows, std::vector<double>& dst) {
        for (Size p = 0; p < pixels; ++p)
            for (int r = 0; r < rows; ++r) {
                double s = 0.0;
                for (int c = 0; c < ch; ++c)
                    s += mat[idx(r) * idx(ch) + idx(c)] * x[p * idx(ch) + idx(c)];
                dst[p * idx(rows) + idx(r)] = s;
            }
    };
    apply(m_s.wq, d, q);
    apply(m_s.wk, d, kk);
    apply(m_s.wv, ch, v);
    const double scale = 1.0 / std::sqrt(static_cast<double>(d)), jv = parameter(2);
    for (Size p = 0; p < pixels; ++p) {
        double top = -std::numeric_limits<double>::infinity();
        for (Size t = 0; t < pixels; ++t) {
            double s = 0.0;
            for (int r = 0; r < d; ++r)
                s += q[p * idx(d) + idx(r)] * kk[t * idx(d) + idx(r)];
            weight[t] = s * scale;
            top = std::max(top, weight[t]);
        }
        double sum = 0.0;
        for (Size t = 0; t < pixels; ++t)
            sum += weight[t] = std::exp(weight[t] - top); // shifted by the maximum: no overflow
        double* o = out + p * idx(ch);
        std::fill(o, o + ch, 0.0);
        for (Size t = 0; t < pixels; ++t) {
            const double a = weight[t] / sum;
            for (int c = 0; c < ch; ++c)
                o[c] += a * v[t * idx(ch) + idx(c)];
        }
        for (int c = 0; c < ch; ++c)
            o[c] *= jv;
    }
}

void AkornGrid::coupling(const double* x, double* out) const
{
    switch (m_s.coupling) {
    case AkornGridCoupling::None:
        std::fill(out, out + dimension(), 0.0);
        return;
    case AkornGridCoupling::Conv:
        convolve(x, out);
        return;
    case AkornGridCoupling::Attention:
        attend(x, out);
        return;
    }
}

std::vector<double> AkornGrid::stimulus() const
{
    std::vector<double> c = m_s.pattern;
    const double cv = parameter(3);
    for (double& v : c)
        v *= cv;
    return c;
}

void AkornGrid::evaluate(const double* x, double* out) const
{
    const int n = m_s.n, dim = dimension();
    coupling(x, out); // out holds y until each oscillator is updated in place
    const double gamma = parameter(0), cv = parameter(3);
    const double w = m_s.options.rotationSign() * parameter(1);
    for (int o = 0; o < dim; o += n) {
        const double* xi = x + o;
        double* y = out + o;
        for (int k = 0; k < n; ++k)
            y[k] += cv * m_s.pattern[idx(o + k)];
        double yx = 0.0;
        if (m_s.options.project)
            for (int k = 0; k < n; ++k)
                yx += y[k] * xi[k];
        double norm2 = 0.0;
        // The natural term of each plane: Omega x, or x itself under the code's use_omega=False.
        const bool identity = m_s.options.identityOmega;
        for (int k = 0; k < n; k += 2) {
            const double r0 = identity ? xi[k] : -w * xi[k + 1], r1 = identity ? xi[k + 1] : w * xi[k];
            const double u0 = xi[k] + gamma * (r0 + (y[k] - yx * xi[k]));
            const double u1 = xi[k + 1] + gamma * (r1 + (y[k + 1] - yx * xi[k + 1]));
            y[k] = u0;
            y[k + 1] = u1;
            norm2 += u0 * u0 + u1 * u1;
        }
        const double inv = 1.0 / std::sqrt(norm2);
        for (int k = 0; k < n; ++k)
            y[k] *= inv;
    }
}

void AkornGrid::jacobian(const double* x, double* jac) const
{
    const int dim = dimension();
    if (dim > 4096)
        throw InputError(std::string(kType) + ": the Jacobian of a grid with " + std::to_string(dim) +
                         " variables is not formed (at most 4096: it is dense and taken by differences)");
    // Central differences with h ~ eps^(1/3) scaled by the state: the step is smooth (a
    // normalised polynomial, or a softmax) wherever no update vector vanishes.
    std::vector<double> xp(x, x + dim), fp(idx(dim)), fm(idx(dim));
    for (int j = 0; j < dim; ++j) {
        const double h = 6e-6 * std::max(1.0, std::fabs(x[j]));
        xp[idx(j)] = x[j] + h;
        evaluate(xp.data(), fp.data());
        xp[idx(j)] = x[j] - h;
        evaluate(xp.data(), fm.data());
        xp[idx(j)] = x[j];
        for (int i = 0; i < dim; ++i)
            jac[idx(i) * idx(dim) + idx(j)] = (fp[idx(i)] - fm[idx(i)]) / (2.0 * h);
    }
}

double AkornGrid::energy(const double* x, AkornEnergyForm form) const
{
    const int dim = dimension();
    std::vector<double> y(idx(dim));
    coupling(x, y.data());
    const double half = form == AkornEnergyForm::Paper ? 0.5 : 1.0, cv = parameter(3);
    double e = 0.0;
    for (int k = 0; k < dim; ++k)
        e -= half * x[k] * y[idx(k)] + cv * m_s.pattern[idx(k)] * x[k];
    return e;
}

AkornGridReadout akornGridReadout(const AkornGridStructure& s, const double* x, int radius)
{
    const int h = s.height, w = s.width, ch = s.channels, n = s.n, groups = ch / n;
    const Size pixels = idx(h) * idx(w);
    AkornGridReadout out;
    out.angle.resize(pixels);
    out.localOrder.resize(pixels);
    for (Size p = 0; p < pixels; ++p)
        out.angle[p] = std::atan2(x[p * idx(ch) + 1], x[p * idx(ch)]);
    // Window sums by a summed-area table per channel: O(H W C) for any radius.
    const Size stride = idx(w) + 1;
    std::vector<double> table((idx(h) + 1) * stride);
    std::vector<double> sq(pixels * idx(groups), 0.0);
    for (int q = 0; q < ch; ++q) {
        for (int r = 0; r < h; ++r)
            for (int c = 0; c < w; ++c)
                table[idx(r + 1) * stride + idx(c + 1)] = x[(idx(r) * idx(w) + idx(c)) * idx(ch) + idx(q)] +
                                                          table[idx(r) * stride + idx(c + 1)] +
                                                          table[idx(r + 1) * stride + idx(c)] -
                                                          table[idx(r) * stride + idx(c)];
        for (int r = 0; r < h; ++r)
            for (int c = 0; c < w; ++c) {
                const int r0 = std::max(0, r - radius), r1 = std::min(h, r + radius + 1);
                const int c0 = std::max(0, c - radius), c1 = std::min(w, c + radius + 1);
                const double sum = table[idx(r1) * stride + idx(c1)] - table[idx(r0) * stride + idx(c1)] -
                                   table[idx(r1) * stride + idx(c0)] + table[idx(r0) * stride + idx(c0)];
                const double mean = sum / static_cast<double>((r1 - r0) * (c1 - c0));
                sq[(idx(r) * idx(w) + idx(c)) * idx(groups) + idx(q / n)] += mean * mean;
            }
    }
    double in = 0.0, outSum = 0.0;
    long inCount = 0, outCount = 0;
    for (Size p = 0; p < pixels; ++p) {
        double r = 0.0;
        for (int g = 0; g < groups; ++g)
            r += std::sqrt(sq[p * idx(groups) + idx(g)]);
        out.localOrder[p] = r / groups;
        if (s.mask.empty() || s.mask[p]) {
            in += out.localOrder[p];
            ++inCount;
        } else {
            outSum += out.localOrder[p];
            ++outCount;
        }
    }
    const double nan = std::numeric_limits<double>::quiet_NaN();
    out.insideOrder = inCount ? in / static_cast<double>(inCount) : nan;
    out.outsideOrder = outCount ? outSum / static_cast<double>(outCount) : nan;
    return out;
}

} // namespace nd
