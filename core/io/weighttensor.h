// What the weight-file readers (io/safetensors.h, io/npy.h) share: a read-only memory mapping of a
// file (POSIX mmap, so that a reader touches only the pages of the tensors it is asked for) and
// a view of one tensor inside such bytes, converted to double element by element on access.
// A view never owns its bytes: it is valid while the mapping (or buffer) it points into lives.
// Any thread may read a mapping and its views concurrently; nothing here is mutable after opening.
#pragma once

#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <vector>

namespace nd {

// Element types of weight files; every one is converted to double on read.
enum class TensorDType { F16, BF16, F32, F64 };

// "F16", "BF16", "F32", "F64" (the safetensors spelling, also used in messages).
const char* tensorDTypeName(TensorDType dtype);
std::size_t tensorDTypeSize(TensorDType dtype);

// A read-only mapping of a whole file. Move-only; unmaps on destruction. An empty file maps to an
// empty span (mmap refuses length 0).
class MappedFile {
public:
    MappedFile() = default;
    // Throws InputError naming the path when the file cannot be opened, is not a regular file
    // or cannot be mapped.
    explicit MappedFile(const std::string& path);
    ~MappedFile();
    MappedFile(MappedFile&& other) noexcept;
    MappedFile& operator=(MappedFile&& other) noexcept;
    MappedFile(const MappedFile&) = delete;
    MappedFile& operator=(const MappedFile&) = delete;

    std::span<const std::byte> bytes() const { return {m_data, m_size}; }
    const std::string& path() const { return m_path; }
    // Tells the kernel the pages are no longer needed (posix_fadvise DONTNEED on the file and
    // madvise on the mapping): the benchmark's way to read every checkpoint from a cold cache.
    // Best effort; returns false where the system refused.
    bool dropPageCache() const;

private:
    void release() noexcept;
    const std::byte* m_data = nullptr;
    std::size_t m_size = 0;
    int m_fd = -1;
    std::string m_path;
};

// One tensor: its name, element type, shape and the bytes of its elements (row-major unless
// fortranOrder). Little-endian only: the readers refuse big-endian data before a view exists.
struct TensorView {
    std::string name;
    TensorDType dtype = TensorDType::F32;
    std::vector<std::uint64_t> shape;
    bool fortranOrder = false; // npy only: column-major element order
    std::span<const std::byte> data;

    std::uint64_t elementCount() const;
    // Element `flat` in storage order, as double (no bounds check beyond an assert).
    double element(std::uint64_t flat) const;
    // Element (row, col) of a 2-D tensor, honouring fortranOrder.
    double at2(std::uint64_t row, std::uint64_t col) const;
    // Every element, in row-major (C) order whatever the storage order.
    std::vector<double> toDoubles() const;
    // The sub-matrix W[rows[a], cols[b]] of a 2-D tensor, row-major (rows.size() x cols.size()):
    // touches only the pages holding those elements. Throws InputError for a tensor that is not
    // 2-D or an index out of range.
    std::vector<double> gather(std::span<const std::size_t> rows, std::span<const std::size_t> cols) const;
};

// Conversions of one little-endian element; exposed for tests (IEEE 754 half and bfloat16).
double halfToDouble(std::uint16_t bits);
double bfloat16ToDouble(std::uint16_t bits);

// shape product x element size without overflow; throws InputError("<what>: ...") when the
// product does not fit in 64 bits.
std::uint64_t checkedByteCount(const std::vector<std::uint64_t>& shape, TensorDType dtype, const std::string& what);

} // namespace nd
