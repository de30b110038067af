// NeuroMFA's degree of emergence over training (ml-papers.md A3): per checkpoint the mean and
// standard deviation of alpha_0 and of the spectrum width over the subnetworks, and
// E(t) = (w(t)/w(t0)) ln(alpha_0(t0)/alpha_0(t)) from those means against the first checkpoint.
// Pure functions; any thread.
#pragma once

#include <cstddef>
#include <span>
#include <string>
#include <vector>

namespace nd {

struct NetworkSpectrumResult;

// One checkpoint's subnetworks: alpha_0 and width of each subnetwork that passed the filter.
struct EmergenceSamples {
    double step = 0.0; // training step (or any increasing label)
    std::vector<double> alpha0, width;
};

struct EmergencePoint {
    double step = 0.0;
    std::size_t samples = 0;
    double alpha0Mean = 0.0, alpha0Sd = 0.0; // sd with ddof 0 (numpy's default, as the official code)
    double widthMean = 0.0, widthSd = 0.0;
    double emergence = 0.0; // E(t); exactly 0 at the first checkpoint
    bool defined = false;
    std::string reason; // why E (or the means) is undefined here
};

struct EmergenceResult {
    std::vector<EmergencePoint> points; // in the order given; the first is t0
    bool defined = false;               // false: t0 itself is unusable (reason), every E undefined
    std::string reason;
    std::string conventions;
};

// E(t) from the means; NaN unless alpha0T0, alpha0T and widthT0 are positive and finite.
double degreeOfEmergence(double alpha0T0, double widthT0, double alpha0T, double widthT);

// Throws InputError for an empty series, a checkpoint whose alpha0 and width lists differ in
// length, or a non-finite value. A checkpoint without samples is undefined (reason), as is
// every E when t0 has none, width(t0) = 0 or alpha_0 <= 0.
EmergenceResult emergenceSeries(std::span<const EmergenceSamples> checkpoints);

// Convenience: the samples of one checkpoint from its subnetworks' spectra, keeping those that
// are defined and pass the NeuroMFA filter.
EmergenceSamples emergenceSamples(double step, std::span<const NetworkSpectrumResult> subnetworks);

} // namespace nd
