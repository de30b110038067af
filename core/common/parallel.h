// Task parallelism for the engine: run count independent tasks on a few worker threads.
// Workers take task indices from a shared counter; each task must write only its own output
// slot, so results never depend on the thread count or on scheduling. Any thread may call.
#pragma once

#include <cstddef>
#include <functional>

namespace nd {

class Progress;

// Threads used when a caller passes threads <= 0: NEURODYN_THREADS if set, else the number
// of hardware threads.
int defaultThreadCount();
void setDefaultThreadCount(int threads);

// Runs fn(task) for every task in [0, count). Stops handing out tasks once progress reports
// cancellation (returns false then; true when every task ran). An exception thrown by a task
// stops the others and is rethrown here.
bool parallelFor(std::size_t count, int threads, const std::function<void(std::size_t task)>& fn,
                 Progress* progress = nullptr);

} // namespace nd
