#include "io/weighttensor.h"

#include "common/errors.h"

#include <bit>
#include <cassert>
#include <cerrno>
#include <cmath>
#include <cstring>
#include <fcntl.h>
#include <limits>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

namespace nd {

static_assert(std::endian::native == std::endian::little,
              "the weight readers convert little-endian elements by memcpy");

const char* tensorDTypeName(TensorDType dtype)
{
    switch (dtype) {
    case TensorDType::F16:
        return "F16";
    case TensorDType::BF16:
        return "BF16";
    case TensorDType::F32:
        return "F32";
    case TensorDType::F64:
        return "F64";
    }
    return "?";
}

std::size_t tensorDTypeSize(TensorDType dtype)
{
    switch (dtype) {
    case TensorDType::F16:
    case TensorDType::BF16:
        return 2;
    case TensorDType::F32:
        return 4;
    case TensorDType::F64:
        return 8;
    }
    return 0;
}

MappedFile::MappedFile(const std::string& path) : m_path(path)
{
    m_fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (m_fd < 0)
        throw InputError(ND_ENGINE_TEXT("%1: cannot open (%2)"), {path, std::strerror(errno)});
    struct stat st {};
    if (::fstat(m_fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        release();
        throw InputError(ND_ENGINE_TEXT("%1: not a regular file"), {path});
    }
    m_size = static_cast<std::size_t>(st.st_size);
    if (m_size == 0)
        return;
    void* p = ::mmap(nullptr, m_size, PROT_READ, MAP_PRIVATE, m_fd, 0);
    if (p == MAP_FAILED) {
        const int err = errno;
        m_size = 0;
        release();
        throw InputError(ND_ENGINE_TEXT("%1: cannot map the file (%2)"), {path, std::strerror(err)});
    }
    m_data = static_cast<const std::byte*>(p);
}

MappedFile::~MappedFile()
{
    release();
}

MappedFile::MappedFile(MappedFile&& other) noexcept
    : m_data(other.m_data), m_size(other.m_size), m_fd(other.m_fd), m_path(std::move(other.m_path))
{
    other.m_data = nullptr;
    other.m_size = 0;
    other.m_fd = -1;
}

MappedFile& MappedFile::operator=(MappedFile&& other) noexcept
{
    if (this != &other) {
        release();
        m_data = other.m_data;
        m_size = other.m_size;
        m_fd = other.m_fd;
        m_path = std::move(other.m_path);
        other.m_data = nullptr;
        other.m_size = 0;
        other.m_fd = -1;
    }
    return *this;
}

void MappedFile::release() noexcept
{
    if (m_data)
        ::munmap(const_cast<std::byte*>(m_data), m_size);
    if (m_fd >= 0)
        ::close(m_fd);
    m_data = nullptr;
    m_size = 0;
    m_fd = -1;
}

bool MappedFile::dropPageCache() const
{
    if (m_fd < 0)
        return false;
    bool ok = true;
    if (m_data)
        ok = ::madvise(const_cast<std::byte*>(m_data), m_size, MADV_DONTNEED) == 0;
    return ::posix_fadvise(m_fd, 0, 0, POSIX_FADV_DONTNEED) == 0 && ok;
}

double halfToDouble(std::uint16_t bits)
{
    const int sign = (bits >> 15) & 1;
    const int exponent = (bits >> 10) & 0x1f;
    const int mantissa = bits & 0x3ff;
    double value;
    if (exponent == 0)
        value = std::ldexp(static_cast<double>(mantissa), -24); // subnormal: m * 2^-14 / 2^10
    else if (exponent == 31)
        value = mantissa ? std::numeric_limits<double>::quiet_NaN() : std::numeric_limits<double>::infinity();
    else
        value = std::ldexp(static_cast<double>(mantissa | 0x400), exponent - 25);
    return sign ? -value : value;
}

double bfloat16ToDouble(std::uint16_t bits)
{
    // bfloat16 is the upper half of an IEEE single.
    const std::uint32_t wide = static_cast<std::uint32_t>(bits) << 16;
    return static_cast<double>(std::bit_cast<float>(wide));
}

std::uint64_t checkedByteCount(const std::vector<std::uint64_t>& shape, TensorDType dtype, const std::string& what)
{
    std::uint64_t total = tensorDTypeSize(dtype);
    for (std::uint64_t extent : shape) {
        if (extent != 0 && total > std::numeric_limits<std::uint64_t>::max() / extent)
            throw InputError(ND_ENGINE_TEXT("%1: the shape's size overflows 64 bits"), {what});
        total *= extent;
    }
    return total;
}

std::uint64_t TensorView::elementCount() const
{
    std::uint64_t n = 1;
    for (std::uint64_t e : shape)
        n *= e; // the readers checked the product against the byte length
    return n;
}

double TensorView::element(std::uint64_t flat) const
{
    const std::size_t size = tensorDTypeSize(dtype);
    assert((flat + 1) * size <= data.size());
    const std::byte* p = data.data() + flat * size;
    switch (dtype) {
    case TensorDType::F16: {
        std::uint16_t b;
        std::memcpy(&b, p, 2);
        return halfToDouble(b);
    }
    case TensorDType::BF16: {
        std::uint16_t b;
        std::memcpy(&b, p, 2);
        return bfloat16ToDouble(b);
    }
    case TensorDType::F32: {
        float f;
        std::memcpy(&f, p, 4);
        return f;
    }
    case TensorDType::F64: {
        double d;
        std::memcpy(&d, p, 8);
        return d;
    }
    }
    return 0.0;
}

double TensorView::at2(std::uint64_t row, std::uint64_t col) const
{
    return element(fortranOrder ? col * shape[0] + row : row * shape[1] + col);
}

std::vector<double> TensorView::toDoubles() const
{
    const std::uint64_t n = elementCount();
    std::vector<double> out(static_cast<std::size_t>(n));
    if (!fortranOrder || shape.size() < 2) {
        for (std::uint64_t i = 0; i < n; ++i)
            out[static_cast<std::size_t>(i)] = element(i);
        return out;
    }
    // Column-major storage: C index (i0, ..., ik) lives at i0 + s0 * (i1 + s1 * (...)).
    std::vector<std::uint64_t> index(shape.size(), 0);
    for (std::uint64_t c = 0; c < n; ++c) {
        std::uint64_t flat = 0;
        for (std::size_t d = shape.size(); d-- > 0;)
            flat = flat * shape[d] + index[d];
        out[static_cast<std::size_t>(c)] = element(flat);
        for (std::size_t d = shape.size(); d-- > 0;) {
            if (++index[d] < shape[d])
                break;
            index[d] = 0;
        }
    }
    return out;
}

std::vector<double> TensorView::gather(std::span<const std::size_t> rows, std::span<const std::size_t> cols) const
{
    if (shape.size() != 2)
        throw InputError(ND_ENGINE_TEXT("tensor '%1': expected a matrix, the shape has %2 dimensions"),
                         {name, std::to_string(shape.size())});
    for (std::size_t r : rows)
        if (r >= shape[0])
            throw InputError(ND_ENGINE_TEXT("tensor '%1': row %2 is out of range (%3 rows)"),
                             {name, std::to_string(r), std::to_string(shape[0])});
    for (std::size_t c : cols)
        if (c >= shape[1])
            throw InputError(ND_ENGINE_TEXT("tensor '%1': column %2 is out of range (%3 columns)"),
                             {name, std::to_string(c), std::to_string(shape[1])});
    std::vector<double> out;
    out.reserve(rows.size() * cols.size());
    for (std::size_t r : rows)
        for (std::size_t c : cols)
            out.push_back(at2(r, c));
    return out;
}

} // namespace nd
