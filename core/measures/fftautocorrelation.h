// Autocorrelation of a complex sequence at lags 0..maxLag through FFTW (zero padding so the
// circular correlation equals the linear one). FFTW's planner is not thread-safe: every
// fftw_plan_* / fftw_destroy_plan call in the engine must hold fftwPlannerMutex(). Executing an
// existing plan on new arrays is thread-safe, so one ComplexAutocorrelation may be shared by
// the workers of a parallel loop (each thread transforms in its own buffer, kept between calls).
#pragma once

#include <complex>
#include <cstddef>
#include <memory>
#include <mutex>
#include <span>
#include <vector>

namespace nd {

std::mutex& fftwPlannerMutex();

// Smallest 2^a 3^b 5^c 7^d >= n (sizes FFTW transforms fastest).
std::size_t fastFftSize(std::size_t n);
// The same with a >= 1: FFTW's odd sizes are much slower (measured best of 30: a complex transform
// of 11025 = 3^2 5^2 7^2 took 35 us and its complex-to-real inverse 44 us; 11200 = 2^6 5^2 7 took
// 25 and 18 us), so zero padding to the next even size pays. ComplexAutocorrelation's length.
std::size_t fastEvenFftSize(std::size_t n);

class ComplexAutocorrelation {
public:
    // Sequences of up to `length` values, lags 0..maxLag (maxLag < length).
    ComplexAutocorrelation(std::size_t length, std::size_t maxLag);
    ~ComplexAutocorrelation();
    ComplexAutocorrelation(const ComplexAutocorrelation&) = delete;
    ComplexAutocorrelation& operator=(const ComplexAutocorrelation&) = delete;

    // out[n] = Re sum_{j=0}^{len-1-n} z[j+n] conj(z[j]) for n = 0..maxLag. Any thread.
    void realLags(std::span<const std::complex<double>> z, std::vector<double>& out) const;

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

} // namespace nd
