#include "measures/fftautocorrelation.h"

#include "common/errors.h"

#include <fftw3.h>

#include <algorithm>
#include <new>

namespace nd {

std::mutex& fftwPlannerMutex()
{
    static std::mutex mutex;
    return mutex;
}

std::size_t fastFftSize(std::size_t n)
{
    for (std::size_t m = std::max<std::size_t>(n, 1);; ++m) {
        std::size_t r = m;
        for (std::size_t p : {2u, 3u, 5u, 7u})
            while (r % p == 0)
                r /= p;
        if (r == 1)
            return m;
    }
}

std::size_t fastEvenFftSize(std::size_t n)
{
    for (std::size_t m = fastFftSize(std::max<std::size_t>(n, 2));; m = fastFftSize(m + 1))
        if (m % 2 == 0)
            return m;
}

namespace {
struct FftwBuffer {
    explicit FftwBuffer(std::size_t n) : data(fftw_alloc_complex(n)), size(n)
    {
        if (!data)
            throw std::bad_alloc();
    }
    ~FftwBuffer() { fftw_free(data); }
    FftwBuffer(const FftwBuffer&) = delete;
    FftwBuffer& operator=(const FftwBuffer&) = delete;
    fftw_complex* data;
    std::size_t size;
};

// The calling thread's transform buffer of at least n values, kept between calls: a fresh buffer
// per call (176 kB at N = 1e4, so from mmap) cost a page fault per page, a fifth of the 0-1 test's
// time in perf. fftw_alloc_complex gives every buffer the planning buffer's alignment, as
// new-array execution requires.
fftw_complex* threadBuffer(std::size_t n)
{
    thread_local std::unique_ptr<FftwBuffer> buffer;
    if (!buffer || buffer->size < n) {
        buffer.reset();
        buffer = std::make_unique<FftwBuffer>(n);
    }
    return buffer->data;
}
} // namespace

struct ComplexAutocorrelation::Impl {
    std::size_t length = 0, maxLag = 0, size = 0;
    fftw_plan forward = nullptr;
    fftw_plan backward = nullptr; // complex-to-real, in place: the even part of the power is real
};

ComplexAutocorrelation::ComplexAutocorrelation(std::size_t length, std::size_t maxLag) : m_impl(std::make_unique<Impl>())
{
    if (maxLag >= length)
        throw InputError(ND_ENGINE_TEXT("autocorrelation: the largest lag must be below the sequence length"),
                         {});
    m_impl->length = length;
    m_impl->maxLag = maxLag;
    m_impl->size = fastEvenFftSize(length + maxLag);
    FftwBuffer scratch(m_impl->size);
    const int n = static_cast<int>(m_impl->size);
    std::lock_guard<std::mutex> lock(fftwPlannerMutex());
    // FFTW_ESTIMATE never touches the arrays and keeps planning cheap inside parameter scans.
    m_impl->forward = fftw_plan_dft_1d(n, scratch.data, scratch.data, FFTW_FORWARD, FFTW_ESTIMATE);
    m_impl->backward =
        fftw_plan_dft_c2r_1d(n, scratch.data, reinterpret_cast<double*>(scratch.data), FFTW_ESTIMATE);
    if (!m_impl->forward || !m_impl->backward) {
        if (m_impl->forward)
            fftw_destroy_plan(m_impl->forward);
        if (m_impl->backward)
            fftw_destroy_plan(m_impl->backward);
        throw std::runtime_error("FFTW could not plan a transform of size " + std::to_string(n));
    }
}

ComplexAutocorrelation::~ComplexAutocorrelation()
{
    std::lock_guard<std::mutex> lock(fftwPlannerMutex());
    fftw_destroy_plan(m_impl->forward);
    fftw_destroy_plan(m_impl->backward);
}

void ComplexAutocorrelation::realLags(std::span<const std::complex<double>> z, std::vector<double>& out) const
{
    const Impl& d = *m_impl;
    if (z.size() > d.length)
        throw InputError(ND_ENGINE_TEXT("autocorrelation: sequence longer than planned"), {});
    fftw_complex* buf = threadBuffer(d.size);
    for (std::size_t i = 0; i < z.size(); ++i) {
        buf[i][0] = z[i].real();
        buf[i][1] = z[i].imag();
    }
    for (std::size_t i = z.size(); i < d.size; ++i)
        buf[i][0] = buf[i][1] = 0.0;
    fftw_execute_dft(d.forward, buf, buf);
    // Re of the inverse transform of the power |Z_k|^2 is the inverse transform of its even part
    // (|Z_k|^2 + |Z_{-k}|^2) / 2, which is real and even: a complex-to-real transform of half the
    // spectrum, about half the cost of a complex one. Entry k <= size/2 is written after its
    // partner size - k (>= size/2) has been read.
    const auto power = [buf](std::size_t k) { return buf[k][0] * buf[k][0] + buf[k][1] * buf[k][1]; };
    for (std::size_t k = 0; k <= d.size / 2; ++k) {
        const double even = k == 0 ? power(0) : 0.5 * (power(k) + power(d.size - k));
        buf[k][0] = even;
        buf[k][1] = 0.0;
    }
    double* lagged = reinterpret_cast<double*>(buf);
    fftw_execute_dft_c2r(d.backward, buf, lagged);
    const std::size_t lags = std::min(d.maxLag + 1, z.size());
    out.assign(d.maxLag + 1, 0.0);
    const double scale = 1.0 / static_cast<double>(d.size);
    for (std::size_t n = 0; n < lags; ++n)
        out[n] = lagged[n] * scale;
}

} // namespace nd
