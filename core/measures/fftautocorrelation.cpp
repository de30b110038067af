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

namespace {
struct FftwBuffer {
    explicit FftwBuffer(std::size_t n) : data(fftw_alloc_complex(n))
    {
        if (!data)
            throw std::bad_alloc();
    }
    ~FftwBuffer() { fftw_free(data); }
    FftwBuffer(const FftwBuffer&) = delete;
    FftwBuffer& operator=(const FftwBuffer&) = delete;
    fftw_complex* data;
};
} // namespace

struct ComplexAutocorrelation::Impl {
    std::size_t length = 0, maxLag = 0, size = 0;
    fftw_plan forward = nullptr, backward = nullptr;
};

ComplexAutocorrelation::ComplexAutocorrelation(std::size_t length, std::size_t maxLag) : m_impl(std::make_unique<Impl>())
{
    if (maxLag >= length)
        throw InputError(ND_ENGINE_TEXT("autocorrelation: the largest lag must be below the sequence length"),
                         {});
    m_impl->length = length;
    m_impl->maxLag = maxLag;
    m_impl->size = fastFftSize(length + maxLag);
    FftwBuffer scratch(m_impl->size);
    const int n = static_cast<int>(m_impl->size);
    std::lock_guard<std::mutex> lock(fftwPlannerMutex());
    // FFTW_ESTIMATE never touches the arrays and keeps planning cheap inside parameter scans.
    m_impl->forward = fftw_plan_dft_1d(n, scratch.data, scratch.data, FFTW_FORWARD, FFTW_ESTIMATE);
    m_impl->backward = fftw_plan_dft_1d(n, scratch.data, scratch.data, FFTW_BACKWARD, FFTW_ESTIMATE);
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
    // fftw_alloc_complex gives the same alignment as the planning buffer, as new-array execute requires.
    FftwBuffer buf(d.size);
    for (std::size_t i = 0; i < z.size(); ++i) {
        buf.data[i][0] = z[i].real();
        buf.data[i][1] = z[i].imag();
    }
    for (std::size_t i = z.size(); i < d.size; ++i)
        buf.data[i][0] = buf.data[i][1] = 0.0;
    fftw_execute_dft(d.forward, buf.data, buf.data);
    for (std::size_t k = 0; k < d.size; ++k) {
        const double re = buf.data[k][0], im = buf.data[k][1];
        buf.data[k][0] = re * re + im * im;
        buf.data[k][1] = 0.0;
    }
    fftw_execute_dft(d.backward, buf.data, buf.data);
    const std::size_t lags = std::min(d.maxLag + 1, z.size());
    out.assign(d.maxLag + 1, 0.0);
    const double scale = 1.0 / static_cast<double>(d.size);
    for (std::size_t n = 0; n < lags; ++n)
        out[n] = buf.data[n][0] * scale;
}

} // namespace nd
