// AKOrN on an image grid (docs/akorn.md, "The grid model"): H x W pixels with C channels each,
// the channels of a pixel split into C/n oscillators of n consecutive channels (the official
// code's [C, H, W] -> [C/n, n, H, W]). State index ((row * W + col) * C + channel); variable
// names x<row>_<col>_<channel>. One step, for every oscillator x_i (n values):
//     y_i  = c_i + J (K * x)_i          (coupling: conv or attention, below)
//     y_i <- y_i - <y_i, x_i> x_i       (when 'project' is on)
//     x_i <- normalise(x_i + gamma (Omega x_i + y_i))
// with Omega = omega [[0, 1], [-1, 0]] on every plane under the official convention
// (counter-clockwise under neurodyn-2025), as in akorn.h; under 'omega-layer' identity (the code's
// use_omega=False) Omega is I.
// Coupling:
//   conv: a k x k cross-correlation with "same" zero padding (as torch's conv2d): kernel 'uniform'
//     (1/k^2), 'gaussian' (exp(-d^2 / 2 sigma^2), summed to 1) or typed numbers: k*k (one kernel,
//     each channel to the same channel), C*k*k (one kernel per channel, depthwise) or C*C*k*k
//     (out channel, in channel, row, column: every channel to every channel, as the official
//     KLayer's conv without bias);
//   attention: one head over all pixels, the token of a pixel being its C channels:
//     (K * x)_p = sum_q softmax_q(q_p . k_q / sqrt(d)) W_V x_q with q = W_Q x, k = W_K x
//     (d x C matrices, identity when empty; W_V C x C); recomputed every step from the state;
//   none.
// Stimulus: the pattern s_p = v inside the mask, v' outside ('stimulus-inside', '-outside'; n
// values repeated for each oscillator of a pixel, or C values), optionally group-normalised
// ('c-norm'), then c_p = c s_p. The mask: none (everywhere inside), a built-in silhouette
// ("fish", "disk", "square") or an image file (PGM read here; PNG and others through the
// decoder the app installs, imagemask.h).
// Parameters: gamma, omega, J, c. evaluate()/jacobian() are const and thread-safe; the Jacobian
// is formed by central differences of the step (and refused above 4096 variables).
#pragma once

#include "model/model.h"
#include "oscillators/akornstructure.h"

#include <vector>

namespace nd {

enum class AkornGridCoupling { None, Conv, Attention };

struct AkornGridStructure {
    int height = 16, width = 16, channels = 4, n = 4;
    AkornGridCoupling coupling = AkornGridCoupling::Conv;
    int kernelSize = 5;
    // Conv weights as [out][in][row][col] (kernelChannels = 1: one k x k kernel for all channel
    // pairs (c, c); = C with depthwise: kernel per channel; full: C*C kernels).
    enum class KernelKind { Shared, Depthwise, Full } kernelKind = KernelKind::Shared;
    std::vector<double> kernel;
    int attentionDim = 4;                 // d
    std::vector<double> wq, wk, wv;       // d x C, d x C, C x C row-major
    std::vector<unsigned char> mask;      // H * W, 1 inside
    std::vector<double> pattern;          // H * W * C stimulus pattern (before c)
    AkornOptions options;
    unsigned long long seed = 1;
};

std::vector<SettingSpec> akornGridSettingSpecs();
// Throws InputError naming the setting: kernel sizes even or larger than the grid, C not
// divisible by n, odd n, matrices of the wrong size, unreadable or empty masks.
AkornGridStructure parseAkornGridStructure(const Settings& merged);

class AkornGrid : public Model {
public:
    explicit AkornGrid(const Settings& settings = {});
    std::string typeName() const override { return "akorn-grid"; }
    TimeKind timeKind() const override { return TimeKind::Map; }
    int dimension() const override { return m_s.height * m_s.width * m_s.channels; }
    std::vector<std::string> variableNames() const override;
    // x ~ N(0, I) per oscillator, normalised (the official code's start), from 'seed'.
    std::vector<double> defaultInitialState() const override;
    void evaluate(const double* x, double* out) const override;
    void jacobian(const double* x, double* jac) const override;
    std::unique_ptr<Model> clone() const override { return std::make_unique<AkornGrid>(*this); }
    std::vector<SettingSpec> settingSpecs() const override;
    Settings settings() const override { return m_settings; }

    const AkornGridStructure& structure() const { return m_s; }
    // J (K * x) for every channel of every pixel (dimension() values), without the stimulus.
    void coupling(const double* x, double* out) const;
    // The stimulus c_p of every channel of every pixel (dimension() values).
    std::vector<double> stimulus() const;
    // As AkornNetwork::energy: Paper -1/2 x.(J K x) - c.x; Code -x.(J K x + c). With attention
    // the coupling depends on the state: the same formula is evaluated, and it is no Lyapunov
    // function.
    double energy(const double* x, AkornEnergyForm form = AkornEnergyForm::Paper) const;

private:
    struct Parsed {
        Settings merged;
        AkornGridStructure structure;
    };
    static Parsed parse(const Settings& settings);
    explicit AkornGrid(Parsed parsed);
    void convolve(const double* x, double* out) const;
    void attend(const double* x, double* out) const;

    Settings m_settings;
    AkornGridStructure m_s;
};

// Per-pixel read-outs of a grid state for the views and the CLI.
struct AkornGridReadout {
    std::vector<double> angle;        // H * W: atan2(x_1, x_0) of the pixel's first oscillator
    std::vector<double> localOrder;   // H * W: || mean of x over the (2r+1)^2 window ||, averaged over
                                      // the pixel's oscillators (window clipped at the border)
    double insideOrder = 0.0;         // mean localOrder over the mask's pixels (NaN: none)
    double outsideOrder = 0.0;        // ... and over the others (NaN: none)
};
AkornGridReadout akornGridReadout(const AkornGridStructure& s, const double* x, int radius);

} // namespace nd
