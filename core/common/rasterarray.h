// RasterArray<T>: a fixed-size array of plain numbers for large results, such as the counts and
// tones of density rasters. Two differences from std::vector:
// - it can be made without writing its elements (uninitialized()), for code that writes every
//   element anyway: zeroing first would double the memory traffic;
// - large arrays take their memory from a small process-wide cache of recently freed blocks
//   (rastermemory below). A diagram recomputed again and again then reuses memory that is already
//   mapped, instead of paying the kernel to fault in and clear fresh pages every time, which was
//   most of the cost of a fast diagram.
// Distinct objects may be used on distinct threads, like std::vector.
#pragma once

#include <algorithm>
#include <cstddef>
#include <cstring>
#include <initializer_list>
#include <type_traits>
#include <utility>

namespace nd {

namespace rastermemory {
// Blocks of at least this many bytes go through the cache; smaller ones straight to the heap.
constexpr std::size_t kCachedFrom = std::size_t(1) << 20;
// At most this many bytes wait in the cache; the oldest blocks are freed first.
constexpr std::size_t kCacheLimit = std::size_t(96) << 20;

// A block of at least `bytes` bytes, aligned to 64; *capacity receives its true size, to be
// passed back to release(). Throws std::bad_alloc.
void* acquire(std::size_t bytes, std::size_t* capacity);
void release(void* block, std::size_t capacity) noexcept;
// What the cache holds now (for tests), and emptying it (frees every cached block).
std::size_t cachedBytes();
void clearCache();
// False in AddressSanitizer builds: recycled blocks would hide use-after-free from it.
bool cacheEnabled();
} // namespace rastermemory

template <class T> class RasterArray {
    static_assert(std::is_trivially_copyable_v<T> && std::is_trivially_destructible_v<T>,
                  "RasterArray holds plain numbers");

public:
    using value_type = T;
    using size_type = std::size_t;
    using iterator = T*;
    using const_iterator = const T*;

    RasterArray() = default;
    // n elements equal to value.
    explicit RasterArray(std::size_t n, const T& value = T{}) : RasterArray(uninitialized(n))
    {
        std::fill_n(m_data, n, value);
    }
    RasterArray(std::initializer_list<T> values) : RasterArray(uninitialized(values.size()))
    {
        std::copy(values.begin(), values.end(), m_data);
    }
    // n elements whose values are unspecified until written.
    static RasterArray uninitialized(std::size_t n)
    {
        RasterArray a;
        if (n > 0) {
            a.m_data = static_cast<T*>(rastermemory::acquire(n * sizeof(T), &a.m_capacity));
            a.m_size = n;
        }
        return a;
    }

    RasterArray(const RasterArray& other) : RasterArray(uninitialized(other.m_size))
    {
        if (m_size > 0)
            std::memcpy(m_data, other.m_data, m_size * sizeof(T));
    }
    RasterArray(RasterArray&& other) noexcept
        : m_data(std::exchange(other.m_data, nullptr)), m_size(std::exchange(other.m_size, 0)),
          m_capacity(std::exchange(other.m_capacity, 0))
    {
    }
    RasterArray& operator=(RasterArray other) noexcept
    {
        swap(other);
        return *this;
    }
    ~RasterArray()
    {
        if (m_data)
            rastermemory::release(m_data, m_capacity);
    }

    void swap(RasterArray& other) noexcept
    {
        std::swap(m_data, other.m_data);
        std::swap(m_size, other.m_size);
        std::swap(m_capacity, other.m_capacity);
    }
    // n elements equal to value (the memory is kept when the size does not change).
    void assign(std::size_t n, const T& value)
    {
        if (n != m_size)
            *this = uninitialized(n);
        std::fill_n(m_data, n, value);
    }

    std::size_t size() const { return m_size; }
    bool empty() const { return m_size == 0; }
    T* data() { return m_data; }
    const T* data() const { return m_data; }
    T& operator[](std::size_t i) { return m_data[i]; }
    const T& operator[](std::size_t i) const { return m_data[i]; }
    T* begin() { return m_data; }
    T* end() { return m_data + m_size; }
    const T* begin() const { return m_data; }
    const T* end() const { return m_data + m_size; }

    friend bool operator==(const RasterArray& a, const RasterArray& b)
    {
        return a.m_size == b.m_size && std::equal(a.begin(), a.end(), b.begin());
    }

private:
    T* m_data = nullptr;
    std::size_t m_size = 0;
    std::size_t m_capacity = 0; // bytes of the block, for release()
};

} // namespace nd
