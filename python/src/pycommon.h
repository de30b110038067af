// What every part of the Python module `neurodyn` shares: numpy arguments in (float64 views
// without a copy where the caller's array allows it, one conversion otherwise, TypeError for
// strings, objects, complex and booleans), arrays out that own their memory, JSON values to and
// from Python objects (the study file's sections come in as dicts, the CLI's JSON twins go out as
// dicts), the engine's errors as Python exceptions, and long calls that release the GIL, report
// progress and stop on Ctrl-C. Functions here are called with the GIL held unless a comment says
// otherwise. The module uses core, app/study and app/compute (Qt Core) only, never Qt GUI.
#pragma once

#include "common/progress.h"

#include <pybind11/numpy.h>
#include <pybind11/pybind11.h>

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>

#include <condition_variable>
#include <cstddef>
#include <exception>
#include <functional>
#include <mutex>
#include <optional>
#include <span>
#include <string>
#include <thread>
#include <vector>

namespace nd::python {

namespace pyb = pybind11;

// A float64 view of a 1-D array argument. `owner` keeps the memory alive: the caller's own
// array when it is C-contiguous float64 (no copy), otherwise one converted copy. Raises
// TypeError (strings, bytes, objects, complex, booleans, None) or ValueError (not 1-D, fewer
// than minLength values) naming the argument `name`. Values are not checked for NaN/inf: the
// engine's checks do that, with its own messages.
struct SeriesArg {
    pyb::array owner;
    std::span<const double> values;
};
SeriesArg seriesArg(pyb::handle value, const char* name, std::size_t minLength = 1);

// A float64 C-contiguous 2-D view (rows x cols), same rules; a 1-D array is refused unless
// allowVector (then it is one row).
struct MatrixArg {
    pyb::array owner;
    const double* data = nullptr;
    std::size_t rows = 0;
    std::size_t cols = 0;
    std::span<const double> row(std::size_t r) const { return {data + r * cols, cols}; }
};
MatrixArg matrixArg(pyb::handle value, const char* name, bool allowVector = false);

// A new array that owns `values` (moved, not copied) with the given shape (product must equal
// values.size()).
pyb::array_t<double> ownedArray(std::vector<double>&& values, std::vector<pyb::ssize_t> shape);
pyb::array_t<double> ownedArray(std::vector<double>&& values); // 1-D

// JSON <-> Python. To Python: objects become dicts (keys in the JSON's order), arrays lists,
// numbers int when they are whole and below 2^53 in magnitude (as Python's json module reads
// the CLI's output) and float otherwise. From Python: dict (str keys), list/tuple/1-D numpy
// arrays, bool, int, float (finite), str, None; numpy scalars as their Python values. Anything
// else raises TypeError naming `path` ("settings.bins").
pyb::object toPython(const QJsonValue& value);
pyb::dict toPython(const QJsonObject& object);
QJsonValue toJson(pyb::handle value, const std::string& path);
QJsonObject toJsonObject(pyb::handle value, const std::string& path); // TypeError unless a dict

// The `threads` keyword: None or 0 means all cores (the engine's default); negative or above
// 4096 raises ValueError.
int threadsArg(pyb::handle threads);

// Runs work(progress) on a worker thread while the calling thread waits with the GIL released,
// waking every 20 ms to call `progress` (a callable taking the fraction done, or None) and to
// check for signals. Ctrl-C (KeyboardInterrupt) or an exception from the callback cancels the
// work (nd::Progress::isCanceled), waits for the worker to stop and re-raises; an exception the
// work throws (nd::InputError -> ValueError) is re-raised here. `work` must not touch Python
// objects: capture C++ values only.
namespace detail {
struct WorkerState {
    std::mutex mutex;
    std::condition_variable finished;
    bool done = false;
    std::exception_ptr failure;
};
void waitForWorker(pyb::handle progress, CancelFlag& flag, WorkerState& state, std::thread& worker);
} // namespace detail

template <class Work> auto runLong(pyb::handle progress, Work&& work)
{
    using Result = decltype(work(static_cast<Progress*>(nullptr)));
    CancelFlag flag;
    detail::WorkerState state;
    std::optional<Result> result;
    std::thread worker([&] {
        try {
            result.emplace(work(&flag));
        } catch (...) {
            state.failure = std::current_exception();
        }
        std::lock_guard lock(state.mutex);
        state.done = true;
        state.finished.notify_all();
    });
    detail::waitForWorker(progress, flag, state, worker); // joins; rethrows failures and signals
    return std::move(*result);
}

// Registers the exception translations (nd::InputError -> ValueError with the engine's message;
// std::bad_alloc -> MemoryError).
void registerErrors(pyb::module_& m);

// The parts of the module, one file each (python/src/<part>.cpp).
void registerModels(pyb::module_& m);   // models(), Model, simulate (models.cpp)
void registerMeasures(pyb::module_& m); // sampen, zero_one, mfdfa, kuramoto_r, ... (measures.cpp)
void registerAnalyses(pyb::module_& m); // orbit_diagram, lyapunov, fixed_points, ... (analyses.cpp)
void registerStudy(pyb::module_& m);    // Study, example (study.cpp)

} // namespace nd::python
