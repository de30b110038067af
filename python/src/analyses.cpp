// The analysis functions of neurodyn (orbit_diagram, lyapunov, fixed_points, continuation,
// basins, scan): each makes a study of the model with one analysis section (read by the study
// file's reader, so keys and values get its checks and messages) and runs it the way
// `neurodyn-cli run` does (studyrun.h), returning that analysis's JSON twin as a dict plus its
// CSV as "table". Python's thread holds the GIL here except inside runLong.
#include "studyrun.h"

#include <pybind11/stl.h>

#include <cmath>
#include <limits>
#include <string>

namespace nd::python {

namespace {

// settings (a dict with the keys of the study file's section) and the keyword arguments, one
// object; a key given both ways is a TypeError.
QJsonObject sectionSettings(pyb::handle settings, const pyb::kwargs& keys)
{
    QJsonObject section = settings.is_none() ? QJsonObject() : toJsonObject(settings, "settings");
    for (const auto& [key, value] : keys) {
        const std::string name = pyb::str(key);
        const QString k = QString::fromStdString(name);
        if (section.contains(k))
            throw pyb::type_error("'" + name + "' is given both in settings and as a keyword argument");
        section.insert(k, toJson(value, "settings." + name));
    }
    return section;
}

pyb::dict runSection(const ModelHandle& model, const char* section, pyb::handle settings, pyb::handle x0,
                     pyb::handle threads, pyb::handle progress, const pyb::kwargs& keys, pyb::dict& all)
{
    const QJsonObject sections{{QLatin1String(section), sectionSettings(settings, keys)}};
    cli::RunPlan plan = planFromModel(model, x0, sections);
    plan.threads = threadsArg(threads);
    plan.trajectory = false; // one analysis is asked for; its progress is the whole call's
    all = runPlanInMemory(plan, progress);
    return all;
}

double numberOrNan(pyb::handle v)
{
    return v.is_none() ? std::numeric_limits<double>::quiet_NaN() : v.cast<double>();
}

pyb::array_t<double> floatArray(pyb::handle list)
{
    std::vector<double> values;
    for (pyb::handle v : list)
        values.push_back(numberOrNan(v));
    return ownedArray(std::move(values));
}

// [[re, im], ...] (null for non-finite parts) as a complex array.
pyb::object complexArray(pyb::handle pairs)
{
    std::vector<double> re, im;
    for (pyb::handle z : pairs) {
        const pyb::list parts = pyb::reinterpret_borrow<pyb::list>(z);
        re.push_back(numberOrNan(parts[0]));
        im.push_back(numberOrNan(parts[1]));
    }
    pyb::object real = ownedArray(std::move(re));
    pyb::object imag = ownedArray(std::move(im));
    return real + imag * pyb::module_::import("builtins").attr("complex")(0.0, 1.0);
}

// continuation's "branches" (the table's rows of each branch as arrays) and "special_points"
// (every branch's special points with parameters, state and multipliers as arrays).
void addContinuationViews(pyb::dict& result)
{
    const pyb::module_ np = pyb::module_::import("numpy");
    const pyb::dict table = result["table"];
    const pyb::list variables = result["variables"];
    const pyb::object branchColumn = table["branch"];
    pyb::list branches, specials;
    for (pyb::handle b : pyb::list(result["branches"])) {
        const pyb::dict info = pyb::reinterpret_borrow<pyb::dict>(b);
        const pyb::object mask = branchColumn.attr("__eq__")(info["branch"]);
        const auto rows = [&](const std::string& column) {
            return table[pyb::str(column)].attr("__getitem__")(mask);
        };
        const pyb::list parameterNames = info["parameters"];
        pyb::dict branch = info.attr("copy")(); // the twin's branch, plus its rows as arrays
        branch["parameter"] = parameterNames[0];
        branch["index"] = rows("index");
        for (pyb::handle p : parameterNames)
            branch[p] = rows(pyb::str(p));
        pyb::list state, multipliers;
        for (std::size_t i = 0; i < variables.size(); ++i) {
            state.append(rows(pyb::str(variables[i])));
            const std::string k = std::to_string(i + 1);
            multipliers.append(rows("mu" + k + "_re") +
                               rows("mu" + k + "_im") *
                                   pyb::module_::import("builtins").attr("complex")(0.0, 1.0));
        }
        branch["state"] = np.attr("column_stack")(state);
        branch["multipliers"] = np.attr("column_stack")(multipliers);
        branch["max_abs_mu"] = rows("max_abs_mu");
        branch["stable"] = rows("stable").attr("__eq__")(1.0);
        // Text columns are lists: the branch's rows picked by the mask.
        const pyb::list labels = table["label"];
        const pyb::list pick = mask.attr("tolist")();
        pyb::list branchLabels;
        for (std::size_t r = 0; r < pick.size(); ++r)
            if (pick[r].cast<bool>())
                branchLabels.append(labels[r]);
        branch["labels"] = branchLabels;
        branches.append(branch);
        for (pyb::handle sp : pyb::list(info["special_points"])) {
            pyb::dict point = pyb::reinterpret_borrow<pyb::dict>(sp).attr("copy")();
            point["branch"] = info["branch"];
            point["kind"] = info["kind"];
            point["parameter_names"] = parameterNames;
            point["parameters"] = floatArray(point["parameters"]);
            point["state"] = floatArray(point["state"]);
            point["multipliers"] = complexArray(point["multipliers"]);
            specials.append(point);
        }
    }
    result["branches"] = branches;
    result["special_points"] = specials;
}

const char* kConventions =
    "\n\nmodel: a neurodyn.Model. settings: a dict with exactly the keys of the study file's section "
    "(keys may also be given as keyword arguments; missing keys take the study file's defaults; wrong keys "
    "or values raise ValueError with the study reader's message). x0: the initial state (default: the "
    "model's). threads: engine threads (None: all cores). progress: a callable taking the fraction done. "
    "Returns the same content as `neurodyn-cli run`'s JSON twin of the section as a dict, plus \"table\": "
    "its CSV as {column: float64 array (numbers; empty fields NaN) or list of str}. Releases the GIL; "
    "Ctrl-C raises KeyboardInterrupt.";

// Registers f(model, settings=None, x0=None, threads=None, progress=None, **keys) for one section.
template <class Finish>
void defineAnalysis(pyb::module_& m, const char* function, const char* section, const char* result,
                    const std::string& doc, Finish finish)
{
    m.def(
        function,
        [section, result, finish](const ModelHandle& model, pyb::handle settings, pyb::handle x0,
                                  pyb::handle threads, pyb::handle progress, const pyb::kwargs& keys) {
            pyb::dict all;
            runSection(model, section, settings, x0, threads, progress, keys, all);
            pyb::dict out = all[result];
            finish(out, all);
            return out;
        },
        pyb::arg("model"), pyb::arg("settings") = pyb::none(), pyb::arg("x0") = pyb::none(),
        pyb::arg("threads") = pyb::none(), pyb::arg("progress") = pyb::none(), (doc + kConventions).c_str());
}

} // namespace

void registerAnalyses(pyb::module_& m)
{
    const auto nothing = [](pyb::dict&, pyb::dict&) {};
    defineAnalysis(m, "orbit_diagram", "orbit_diagram", "orbit_diagram",
                   "The orbit (bifurcation) diagram: section \"orbit_diagram\" of a study file. table: one "
                   "row per column of the diagram (column, parameter, runs, escaped_runs, bin_0 ...); with "
                   "keep_points, \"orbit_diagram-points\" holds every kept value (column, parameter, value).",
                   nothing);
    defineAnalysis(m, "lyapunov", "lyapunov", "lyapunov",
                   "Lyapunov exponents (QR/Benettin): section \"lyapunov\". table: the convergence curve. "
                   "With \"along\" the spectrum along a parameter is under \"lyapunov_along\" (that file's "
                   "twin and table).",
                   [](pyb::dict& out, pyb::dict& all) {
                       if (all.contains("lyapunov_along"))
                           out["lyapunov_along"] = all["lyapunov_along"];
                   });
    defineAnalysis(m, "fixed_points", "fixed_points", "fixed_points",
                   "Fixed points (maps: F(x) = x; flows: F(x) = 0) with their eigenvalues and stability: "
                   "section \"fixed_points\". With critical_set, \"fixed_points-critical_set\" holds LC_-1 "
                   "and its image.",
                   nothing);
    defineAnalysis(m, "continuation", "continuation", "continuation",
                   "Continuation of fixed points and cycles (pseudo-arclength, MatContM labels): section "
                   "\"continuation\". Besides the twin and table: \"branches\", one dict per branch (the "
                   "twin's, plus parameter: the continued parameter, its values under its name, "
                   "\"state\" (points x variables), \"multipliers\" (complex, points x variables), "
                   "max_abs_mu, stable, labels), and \"special_points\", one dict per special point (label, "
                   "description, branch, kind, parameters and state as arrays, multipliers as a complex "
                   "array, the normal-form coefficient and verdict).",
                   [](pyb::dict& out, pyb::dict&) { addContinuationViews(out); });
    defineAnalysis(m, "basins", "basins", "basins",
                   "Basins of attraction over a grid of initial states: section \"basins\".", nothing);
    defineAnalysis(m, "scan", "parameter_scan", "parameter_scan",
                   "A measure over a 1-D or 2-D parameter grid: section \"parameter_scan\".", nothing);
}

} // namespace nd::python
