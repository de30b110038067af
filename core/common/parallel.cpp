#include "common/parallel.h"

#include "common/progress.h"

#include <algorithm>
#include <atomic>
#include <cstdlib>
#include <exception>
#include <mutex>
#include <thread>
#include <vector>

namespace nd {

namespace {
std::atomic<int> g_defaultThreads{0};
}

int defaultThreadCount()
{
    const int set = g_defaultThreads.load();
    if (set > 0)
        return set;
    if (const char* env = std::getenv("NEURODYN_THREADS")) {
        const int n = std::atoi(env);
        if (n > 0)
            return std::min(n, 1024);
    }
    return std::max(1u, std::thread::hardware_concurrency());
}

void setDefaultThreadCount(int threads)
{
    g_defaultThreads.store(std::max(0, threads));
}

bool parallelFor(std::size_t count, int threads, const std::function<void(std::size_t)>& fn, Progress* progress)
{
    if (count == 0)
        return true;
    if (threads <= 0)
        threads = defaultThreadCount();
    const std::size_t workers = std::min<std::size_t>(static_cast<std::size_t>(threads), count);
    std::atomic<std::size_t> next{0};
    std::atomic<std::size_t> done{0};
    std::atomic<bool> stop{false};
    std::exception_ptr error;
    std::mutex errorMutex;

    auto work = [&]() {
        for (;;) {
            if (stop.load(std::memory_order_relaxed))
                return;
            if (progress && progress->isCanceled()) {
                stop = true;
                return;
            }
            const std::size_t task = next.fetch_add(1);
            if (task >= count)
                return;
            try {
                fn(task);
            } catch (...) {
                std::lock_guard<std::mutex> lock(errorMutex);
                if (!error)
                    error = std::current_exception();
                stop = true;
                return;
            }
            const std::size_t finished = done.fetch_add(1) + 1;
            if (progress)
                progress->setProgress(static_cast<double>(finished) / static_cast<double>(count));
        }
    };

    if (workers == 1) {
        work();
    } else {
        std::vector<std::thread> pool;
        pool.reserve(workers - 1);
        for (std::size_t i = 0; i + 1 < workers; ++i)
            pool.emplace_back(work);
        work();
        for (auto& t : pool)
            t.join();
    }
    if (error)
        std::rethrow_exception(error);
    return done.load() == count;
}

} // namespace nd
