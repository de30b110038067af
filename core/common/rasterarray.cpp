#include "common/rasterarray.h"

#include <cstdint>
#include <mutex>
#include <new>
#include <vector>

#if defined(__linux__)
#include <sys/mman.h>
#endif

namespace nd::rastermemory {

namespace {

constexpr std::size_t kAlign = 64;
constexpr std::size_t kHugePage = std::size_t(2) << 20;

#if defined(__SANITIZE_ADDRESS__)
constexpr bool kCache = false;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
constexpr bool kCache = false;
#else
constexpr bool kCache = true;
#endif
#else
constexpr bool kCache = true;
#endif

// Asks the kernel to back the block with transparent huge pages where it offers them (Linux, in
// "madvise" mode): one 2 MiB page then replaces 512 page faults on first touch. Advice only.
void adviseHugePages(void* data, std::size_t bytes)
{
#if defined(__linux__) && defined(MADV_HUGEPAGE)
    constexpr std::uintptr_t kPage = 4096;
    const auto begin = (reinterpret_cast<std::uintptr_t>(data) + kPage - 1) & ~(kPage - 1);
    const auto end = (reinterpret_cast<std::uintptr_t>(data) + bytes) & ~(kPage - 1);
    if (end > begin)
        (void)madvise(reinterpret_cast<void*>(begin), end - begin, MADV_HUGEPAGE);
#else
    (void)data;
    (void)bytes;
#endif
}

void* allocate(std::size_t bytes)
{
    return ::operator new(bytes, std::align_val_t{kAlign});
}

// Unsized: clang (the fuzz builds) does not declare the sized aligned delete by default.
void deallocate(void* block, std::size_t) noexcept
{
    ::operator delete(block, std::align_val_t{kAlign});
}

struct Block {
    void* data;
    std::size_t bytes;
};

// Oldest first. A handful of entries at most, so plain scans are enough.
struct Cache {
    std::mutex mutex;
    std::vector<Block> blocks;
    std::size_t bytes = 0;
};

// Never destroyed: arrays in other static objects may be released after it would have been.
Cache& cache()
{
    static Cache* c = new Cache;
    return *c;
}

} // namespace

bool cacheEnabled()
{
    return kCache;
}

void* acquire(std::size_t bytes, std::size_t* capacity)
{
    // Whole cache lines, so that blocks for equal sizes are interchangeable.
    const std::size_t size = (bytes + kAlign - 1) / kAlign * kAlign;
    if (size < kCachedFrom || !kCache) {
        *capacity = size;
        return allocate(size);
    }
    // Fresh blocks are rounded up to whole huge pages, so that the last stretch can be one too.
    const std::size_t rounded = (size + kHugePage - 1) / kHugePage * kHugePage;
    {
        // The smallest cached block that fits and is at most a quarter larger than a fresh one
        // (so that an equal request always gets back the block it released).
        Cache& c = cache();
        std::lock_guard<std::mutex> lock(c.mutex);
        auto best = c.blocks.end();
        for (auto it = c.blocks.begin(); it != c.blocks.end(); ++it)
            if (it->bytes >= size && it->bytes <= rounded + rounded / 4 &&
                (best == c.blocks.end() || it->bytes < best->bytes))
                best = it;
        if (best != c.blocks.end()) {
            const Block b = *best;
            c.blocks.erase(best);
            c.bytes -= b.bytes;
            *capacity = b.bytes;
            return b.data;
        }
    }
    void* block = allocate(rounded);
    adviseHugePages(block, rounded);
    *capacity = rounded;
    return block;
}

void release(void* block, std::size_t capacity) noexcept
{
    if (capacity < kCachedFrom || capacity > kCacheLimit || !kCache) {
        deallocate(block, capacity);
        return;
    }
    Cache& c = cache();
    std::lock_guard<std::mutex> lock(c.mutex);
    try {
        c.blocks.push_back({block, capacity});
    } catch (...) {
        deallocate(block, capacity);
        return;
    }
    c.bytes += capacity;
    while (c.bytes > kCacheLimit) {
        deallocate(c.blocks.front().data, c.blocks.front().bytes);
        c.bytes -= c.blocks.front().bytes;
        c.blocks.erase(c.blocks.begin());
    }
}

std::size_t cachedBytes()
{
    Cache& c = cache();
    std::lock_guard<std::mutex> lock(c.mutex);
    return c.bytes;
}

void clearCache()
{
    std::vector<Block> blocks;
    {
        Cache& c = cache();
        std::lock_guard<std::mutex> lock(c.mutex);
        blocks.swap(c.blocks);
        c.bytes = 0;
    }
    for (const Block& b : blocks)
        deallocate(b.data, b.bytes);
}

} // namespace nd::rastermemory
