#include "pycommon.h"

#include "common/errors.h"

#include <QJsonDocument>

#include <chrono>
#include <cmath>
#include <new>
#include <numeric>

namespace nd::python {

namespace {

// numpy's kind codes: 'f' float, 'i'/'u' integer; everything else (b bool, c complex, U/S
// text, O objects, M/m dates, V records) is refused rather than guessed at.
void requireRealDtype(const pyb::array& a, const char* name)
{
    const char kind = a.dtype().kind();
    if (kind != 'f' && kind != 'i' && kind != 'u')
        throw pyb::type_error(std::string(name) + ": expected real numbers (float or integer dtype), got dtype '" +
                              std::string(pyb::str(a.dtype())) + "'");
}

pyb::array asArray(pyb::handle value, const char* name)
{
    if (value.is_none())
        throw pyb::type_error(std::string(name) + ": expected an array of numbers, got None");
    if (pyb::isinstance<pyb::str>(value) || pyb::isinstance<pyb::bytes>(value))
        throw pyb::type_error(std::string(name) + ": expected an array of numbers, got text");
    pyb::array a = pyb::array::ensure(value);
    if (!a) {
        // array::ensure clears numpy's error. Ask numpy again (only on this failing path, so
        // the call overhead of good input is unchanged) to tell a ragged nested list, which
        // numpy refuses with ValueError, from an object that is no array at all.
        try {
            pyb::module_::import("numpy").attr("asarray")(value, "float64");
        } catch (pyb::error_already_set& e) {
            if (e.matches(PyExc_ValueError))
                throw pyb::value_error(std::string(name) + ": " + std::string(pyb::str(e.value())));
        }
        throw pyb::type_error(std::string(name) + ": expected an array of numbers");
    }
    requireRealDtype(a, name);
    return a;
}

// The array itself when it is C-contiguous float64, else one converted copy.
pyb::array asFloat64(const pyb::array& a)
{
    using Target = pyb::array_t<double, pyb::array::c_style | pyb::array::forcecast>;
    if (pyb::isinstance<Target>(a))
        return a;
    return Target::ensure(a);
}

} // namespace

SeriesArg seriesArg(pyb::handle value, const char* name, std::size_t minLength)
{
    pyb::array a = asArray(value, name);
    if (a.ndim() != 1)
        throw pyb::value_error(std::string(name) + ": expected a 1-D array, got " + std::to_string(a.ndim()) +
                               " dimensions");
    pyb::array f = asFloat64(a);
    const auto n = static_cast<std::size_t>(f.shape(0));
    if (n < minLength)
        throw pyb::value_error(std::string(name) + ": expected at least " + std::to_string(minLength) +
                               " values, got " + std::to_string(n));
    return {f, {static_cast<const double*>(f.data()), n}};
}

MatrixArg matrixArg(pyb::handle value, const char* name, bool allowVector)
{
    pyb::array a = asArray(value, name);
    if (!(a.ndim() == 2 || (allowVector && a.ndim() == 1)))
        throw pyb::value_error(std::string(name) + ": expected a 2-D array, got " + std::to_string(a.ndim()) +
                               " dimensions");
    pyb::array f = asFloat64(a);
    MatrixArg m;
    m.owner = f;
    m.data = static_cast<const double*>(f.data());
    m.rows = f.ndim() == 2 ? static_cast<std::size_t>(f.shape(0)) : 1;
    m.cols = static_cast<std::size_t>(f.ndim() == 2 ? f.shape(1) : f.shape(0));
    if (m.rows == 0 || m.cols == 0)
        throw pyb::value_error(std::string(name) + ": the array is empty");
    return m;
}

pyb::array_t<double> ownedArray(std::vector<double>&& values, std::vector<pyb::ssize_t> shape)
{
    const auto count = std::accumulate(shape.begin(), shape.end(), pyb::ssize_t{1}, std::multiplies<>());
    if (count != static_cast<pyb::ssize_t>(values.size()))
        throw std::logic_error("ownedArray: shape does not match the number of values");
    auto* owned = new std::vector<double>(std::move(values));
    pyb::capsule free(owned, [](void* p) { delete static_cast<std::vector<double>*>(p); });
    return pyb::array_t<double>(shape, owned->data(), free);
}

pyb::array_t<double> ownedArray(std::vector<double>&& values)
{
    const auto n = static_cast<pyb::ssize_t>(values.size());
    return ownedArray(std::move(values), {n});
}

pyb::object toPython(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return pyb::none();
    case QJsonValue::Bool:
        return pyb::bool_(value.toBool());
    case QJsonValue::Double: {
        const double d = value.toDouble();
        if (std::isfinite(d) && std::trunc(d) == d && std::fabs(d) < 9007199254740992.0)
            return pyb::int_(static_cast<long long>(d));
        return pyb::float_(d);
    }
    case QJsonValue::String:
        return pyb::str(value.toString().toStdString());
    case QJsonValue::Array: {
        const QJsonArray array = value.toArray();
        pyb::list list(array.size());
        for (qsizetype i = 0; i < array.size(); ++i)
            list[static_cast<std::size_t>(i)] = toPython(array.at(i));
        return list;
    }
    case QJsonValue::Object:
        return toPython(value.toObject());
    }
    return pyb::none();
}

pyb::dict toPython(const QJsonObject& object)
{
    pyb::dict dict;
    for (auto it = object.begin(); it != object.end(); ++it)
        dict[pyb::str(it.key().toStdString())] = toPython(it.value());
    return dict;
}

QJsonValue toJson(pyb::handle value, const std::string& path)
{
    if (value.is_none())
        return QJsonValue(QJsonValue::Null);
    if (pyb::isinstance<pyb::bool_>(value) || pyb::isinstance(value, pyb::module_::import("numpy").attr("bool_")))
        return QJsonValue(value.cast<bool>());
    if (pyb::isinstance<pyb::str>(value))
        return QJsonValue(QString::fromStdString(value.cast<std::string>()));
    if (pyb::isinstance<pyb::dict>(value))
        return toJsonObject(value, path);
    if (pyb::isinstance<pyb::array>(value)) {
        pyb::array a = pyb::reinterpret_borrow<pyb::array>(value);
        if (a.ndim() > 1)
            throw pyb::type_error(path + ": expected a number, text, list or dict, got a " +
                                  std::to_string(a.ndim()) + "-D array");
        return toJson(a.attr("tolist")(), path);
    }
    if (pyb::isinstance<pyb::list>(value) || pyb::isinstance<pyb::tuple>(value)) {
        QJsonArray array;
        std::size_t i = 0;
        for (pyb::handle item : value)
            array.append(toJson(item, path + "[" + std::to_string(i++) + "]"));
        return array;
    }
    if (pyb::isinstance<pyb::float_>(value) || pyb::hasattr(value, "__float__")) {
        if (pyb::isinstance<pyb::int_>(value) || pyb::hasattr(value, "__index__")) {
            // Integers (numpy's too) are exact up to 2^53 as JSON numbers; beyond, the reader's
            // range checks refuse them with their own message.
            const double d = PyLong_AsDouble(pyb::int_(pyb::reinterpret_borrow<pyb::object>(value)).ptr());
            if (d == -1.0 && PyErr_Occurred())
                throw pyb::error_already_set();
            return QJsonValue(d);
        }
        if (PyComplex_Check(value.ptr()))
            throw pyb::type_error(path + ": expected a real number, got a complex number");
        const double d = pyb::float_(pyb::reinterpret_borrow<pyb::object>(value)).cast<double>();
        if (!std::isfinite(d))
            throw pyb::value_error(path + ": must be finite (got " + std::string(pyb::str(value)) + ")");
        return QJsonValue(d);
    }
    throw pyb::type_error(path + ": expected a number, text, list or dict, got " +
                          std::string(pyb::str(pyb::type::handle_of(value).attr("__name__"))));
}

QJsonObject toJsonObject(pyb::handle value, const std::string& path)
{
    if (!pyb::isinstance<pyb::dict>(value))
        throw pyb::type_error(path + ": expected a dict, got " +
                              std::string(pyb::str(pyb::type::handle_of(value).attr("__name__"))));
    QJsonObject object;
    for (auto item : pyb::reinterpret_borrow<pyb::dict>(value)) {
        if (!pyb::isinstance<pyb::str>(item.first))
            throw pyb::type_error(path + ": keys must be text, got " + std::string(pyb::repr(item.first)));
        const std::string key = item.first.cast<std::string>();
        object.insert(QString::fromStdString(key), toJson(item.second, path.empty() ? key : path + "." + key));
    }
    return object;
}

int threadsArg(pyb::handle threads)
{
    if (threads.is_none())
        return 0;
    if (pyb::isinstance<pyb::bool_>(threads) ||
        !(pyb::isinstance<pyb::int_>(threads) || pyb::hasattr(threads, "__index__")))
        throw pyb::type_error("threads: expected a whole number or None");
    const long long n = pyb::int_(pyb::reinterpret_borrow<pyb::object>(threads)).cast<long long>();
    if (n < 0 || n > 4096)
        throw pyb::value_error("threads: must be from 0 (all cores) to 4096, got " + std::to_string(n));
    return static_cast<int>(n);
}

namespace detail {

void waitForWorker(pyb::handle progress, CancelFlag& flag, WorkerState& state, std::thread& worker)
{
    // Whatever leaves this function, the worker has stopped and is joined first: it refers to
    // the caller's stack.
    auto stopAndJoin = [&] {
        flag.cancel();
        pyb::gil_scoped_release release;
        worker.join();
    };
    const bool report = !progress.is_none();
    for (;;) {
        bool done = false;
        {
            pyb::gil_scoped_release release;
            std::unique_lock lock(state.mutex);
            done = state.finished.wait_for(lock, std::chrono::milliseconds(20), [&] { return state.done; });
        }
        if (done)
            break;
        if (PyErr_CheckSignals() != 0) {
            pyb::error_already_set interrupt; // takes the pending KeyboardInterrupt
            stopAndJoin();
            throw interrupt;
        }
        if (report) {
            try {
                progress(flag.fraction());
            } catch (...) {
                stopAndJoin();
                throw;
            }
        }
    }
    {
        pyb::gil_scoped_release release;
        worker.join();
    }
    if (state.failure)
        std::rethrow_exception(state.failure);
    if (report)
        progress(1.0);
}

} // namespace detail

void registerErrors(pyb::module_& m)
{
    (void)m;
    pyb::register_exception_translator([](std::exception_ptr p) {
        try {
            if (p)
                std::rethrow_exception(p);
        } catch (const InputError& e) {
            PyErr_SetString(PyExc_ValueError, e.what());
        } catch (const std::bad_alloc&) {
            PyErr_SetString(PyExc_MemoryError, "not enough memory for this call");
        }
    });
}

} // namespace nd::python
