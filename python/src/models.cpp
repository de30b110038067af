// neurodyn.models(), the class neurodyn.Model (the C++ ModelHandle of modelhandle.h) and
// neurodyn.simulate: the engine's model registry as Python objects. A Model is built the way a
// study file builds its model (Study::defaultsFor, then Study::createModel with the parameter
// values), and simulate runs compute::studyTrajectory, the one path `neurodyn-cli simulate` and
// `run` take, so the three agree to the last bit. models() lists the description `neurodyn-cli
// models` prints (describeModel in widgets/editors/modeltexts.h, QtCore only; English here,
// since the module installs no translator). Called with the GIL held; simulate waits for its
// worker with the GIL released (runLong).
// pybind11 (through pycommon.h) before any Qt header: Qt's `slots` macro breaks Python.h.
#include "pycommon.h"

#include "modelhandle.h"

#include "common/errors.h"
#include "compute/computecommon.h"
#include "editors/modeltexts.h"
#include "equations/equationsmodel.h"
#include "model/registry.h"

#include <pybind11/stl.h>

#include <algorithm>
#include <sstream>

namespace nd::python {

namespace {

const char* timeName(const Model& model)
{
    return model.timeKind() == TimeKind::Flow ? "flow" : "map";
}

pyb::list stringList(const std::vector<std::string>& items)
{
    pyb::list list;
    for (const auto& item : items)
        list.append(pyb::str(item));
    return list;
}

// The network presets whose node-type settings offer `type` among their choices (ring-star and
// ring-star-k4 for chialvo): what a user of a node map looks for next. Read from the presets' own
// setting choices, so a preset added to the registry shows up without a change here; networks
// with free-text node lists (chain, map-network) cannot be read this way and are left out.
std::vector<std::string>
presetsUsing(const std::string& type,
             const std::vector<std::pair<std::string, std::vector<SettingSpec>>>& all)
{
    std::vector<std::string> presets;
    for (const auto& [preset, specs] : all) {
        if (preset == type)
            continue;
        const bool offers = std::any_of(specs.begin(), specs.end(), [&](const SettingSpec& s) {
            return s.name.rfind("node", 0) == 0 &&
                   std::find(s.choices.begin(), s.choices.end(), type) != s.choices.end();
        });
        if (offers)
            presets.push_back(preset);
    }
    return presets;
}

// One entry of models(): the model's description, the one `neurodyn-cli models NAME` prints.
pyb::dict describe(const Model& model, std::vector<std::string> presets)
{
    const ModelDescription m = describeModel(model);
    pyb::dict d;
    d["name"] = m.type;
    d["display_name"] = m.displayName.toStdString();
    d["description"] = m.description.toStdString();
    d["family"] = ModelTexts::familyName(ModelTexts::family(m.type)).toStdString();
    d["time"] = timeName(model);
    d["dimension"] = m.variables.size();
    d["variables"] = stringList(m.variables);
    d["initial_state"] = pyb::cast(m.initialState);
    pyb::list parameters;
    for (const auto& [s, description] : m.parameters) {
        pyb::dict p;
        p["name"] = s.name;
        p["default"] = s.defaultValue;
        p["min"] = s.minimum;
        p["max"] = s.maximum;
        p["typical_min"] = s.typicalMinimum;
        p["typical_max"] = s.typicalMaximum;
        p["description"] = description.toStdString();
        parameters.append(p);
    }
    d["parameters"] = parameters;
    pyb::list settings;
    for (const ModelDescription::Setting& s : m.settings) {
        pyb::dict e;
        e["name"] = s.spec.name;
        e["value"] = s.value;
        e["choices"] = stringList(s.spec.choices);
        e["label"] = s.label.toStdString();
        e["description"] = s.description.toStdString();
        settings.append(e);
    }
    d["settings"] = settings;
    d["presets"] = stringList(presets);
    return d;
}

pyb::list listModels()
{
    std::vector<std::pair<std::string, std::unique_ptr<Model>>> models;
    std::vector<std::pair<std::string, std::vector<SettingSpec>>> specs;
    for (const std::string& type : modelTypeNames()) {
        auto model = createModel(type);
        specs.emplace_back(type, model->settingSpecs());
        models.emplace_back(type, std::move(model));
    }
    pyb::list list;
    for (const auto& [type, model] : models)
        list.append(describe(*model, presetsUsing(type, specs)));
    return list;
}

// A structural setting's value as the engine takes it: text, or a whole number written out
// (N=10). Anything else is refused rather than guessed at (2.0 or True for a node count).
std::string settingText(pyb::handle value, const std::string& key)
{
    if (pyb::isinstance<pyb::str>(value))
        return value.cast<std::string>();
    if (!pyb::isinstance<pyb::bool_>(value) &&
        (pyb::isinstance<pyb::int_>(value) || pyb::hasattr(value, "__index__")))
        return std::string(pyb::str(pyb::int_(pyb::reinterpret_borrow<pyb::object>(value))));
    throw pyb::type_error("settings." + key + ": expected text or a whole number, got " +
                          std::string(pyb::str(pyb::type::handle_of(value).attr("__name__"))));
}

// A Python number as a double; ValueError (not OverflowError) for an int beyond a double's range.
double toDouble(pyb::handle value, const std::string& name)
{
    const double d = PyFloat_AsDouble(value.ptr());
    if (d == -1.0 && PyErr_Occurred()) {
        PyErr_Clear();
        const std::string digits = pyb::str(pyb::repr(value));
        throw pyb::value_error(name + ": a whole number of " + std::to_string(digits.size()) +
                               " characters is beyond the range of a real number");
    }
    return d;
}

// A parameter value: a real number (int, float or numpy scalar, not bool). Finiteness and
// range are the engine's to check (Model::setParameter), with its own messages.
double parameterValue(pyb::handle value, const std::string& name)
{
    if (pyb::isinstance<pyb::bool_>(value) || pyb::isinstance<pyb::str>(value) ||
        PyComplex_Check(value.ptr()) ||
        !(pyb::isinstance<pyb::float_>(value) || pyb::hasattr(value, "__float__")))
        throw pyb::type_error("params." + name + ": expected a real number, got " +
                              std::string(pyb::str(pyb::type::handle_of(value).attr("__name__"))));
    return toDouble(value, "params." + name);
}

// The handle of `study` with `values` applied: each name checked against the model (unknown
// names, out-of-range and non-finite values raise ValueError with the engine's message), then
// the model built once from the study, as a study file's model is.
std::shared_ptr<ModelHandle> buildHandle(Study study, const std::map<std::string, double>& values)
{
    auto probe = study.createModel();
    for (const auto& [name, value] : values) {
        probe->setParameter(name, value); // throws for unknown names, NaN/inf, values out of range
        study.parameters[name] = value;
    }
    auto handle = std::make_shared<ModelHandle>();
    handle->model = study.createModel();
    handle->study = std::move(study);
    return handle;
}

std::map<std::string, double> parameterValues(pyb::handle params)
{
    std::map<std::string, double> values;
    if (params.is_none())
        return values;
    if (!pyb::isinstance<pyb::dict>(params))
        throw pyb::type_error("params: expected a dict of parameter name -> value, got " +
                              std::string(pyb::str(pyb::type::handle_of(params).attr("__name__"))));
    for (auto item : pyb::reinterpret_borrow<pyb::dict>(params)) {
        if (!pyb::isinstance<pyb::str>(item.first))
            throw pyb::type_error("params: names must be text, got " + std::string(pyb::repr(item.first)));
        const std::string name = item.first.cast<std::string>();
        values[name] = parameterValue(item.second, name);
    }
    return values;
}

std::shared_ptr<ModelHandle> makeModel(const std::string& name, pyb::handle params, pyb::handle settings,
                                       pyb::handle definition)
{
    Settings structural;
    if (!settings.is_none()) {
        if (!pyb::isinstance<pyb::dict>(settings))
            throw pyb::type_error("settings: expected a dict of setting name -> value, got " +
                                  std::string(pyb::str(pyb::type::handle_of(settings).attr("__name__"))));
        for (auto item : pyb::reinterpret_borrow<pyb::dict>(settings)) {
            if (!pyb::isinstance<pyb::str>(item.first))
                throw pyb::type_error("settings: names must be text, got " +
                                      std::string(pyb::repr(item.first)));
            const std::string key = item.first.cast<std::string>();
            structural[key] = settingText(item.second, key);
        }
    }
    const bool typed = name == eq::EquationsModel::kTypeName;
    if (!definition.is_none()) {
        if (!pyb::isinstance<pyb::str>(definition))
            throw pyb::type_error("definition: expected the model's text (str)");
        if (!typed)
            throw pyb::value_error(
                "definition: a definition is a typed model's text; give it with the name '" +
                std::string(eq::EquationsModel::kTypeName) + "', not '" + name + "'");
        if (structural.count("definition"))
            throw pyb::value_error(
                "definition: give the typed model's text either as definition or as settings['definition'], "
                "not both");
        structural["definition"] = definition.cast<std::string>();
    } else if (typed && !structural.count("definition")) {
        throw pyb::value_error("the equations model needs its text: Model('equations', definition=...)");
    }
    // The study file's path: the model's defaults for these settings, then the values.
    Study study = Study::defaultsFor(name, structural);
    study.analyses = {};
    study.simulation = SimulationOptions{};
    return buildHandle(std::move(study), parameterValues(params));
}

// The state argument of step and jacobian: one value per variable (no copy for float64).
// finite: refuse NaN and infinite values here (step, jacobian); simulate leaves that to the
// engine, whose message names the variable ("initial value of x must be a finite number").
SeriesArg stateArg(const ModelHandle& h, pyb::handle state, bool finite = true)
{
    SeriesArg x = seriesArg(state, "state");
    const auto d = static_cast<std::size_t>(h.model->dimension());
    if (x.values.size() != d) {
        std::string names;
        for (const auto& n : h.model->variableNames())
            names += (names.empty() ? "" : ", ") + n;
        throw pyb::value_error("state: expected " + std::to_string(d) + " values (the variables " + names +
                               "), got " + std::to_string(x.values.size()));
    }
    // A NaN or infinite state has no next state or Jacobian worth returning: refused as the
    // engine refuses a non-finite initial state.
    for (std::size_t i = 0; finite && i < x.values.size(); ++i)
        requireFinite(x.values[i], "state[" + std::to_string(i) + "]");
    return x;
}

pyb::dict parametersOf(const Model& model)
{
    pyb::dict d;
    for (int i = 0; i < model.parameterCount(); ++i)
        d[pyb::str(model.parameterSpecs()[static_cast<std::size_t>(i)].name)] = model.parameter(i);
    return d;
}

pyb::dict settingsOf(const Model& model)
{
    pyb::dict d;
    for (const auto& [k, v] : model.settings())
        d[pyb::str(k)] = v;
    return d;
}

// A count keyword of simulate (whole number, not bool) within the CLI's limits.
long countArg(pyb::handle value, const char* name, long minimum)
{
    if (pyb::isinstance<pyb::bool_>(value) ||
        !(pyb::isinstance<pyb::int_>(value) || pyb::hasattr(value, "__index__")))
        throw pyb::type_error(std::string(name) + ": expected a whole number, got " +
                              std::string(pyb::str(pyb::type::handle_of(value).attr("__name__"))));
    const pyb::int_ n(pyb::reinterpret_borrow<pyb::object>(value));
    const bool inRange = pyb::int_(minimum) <= n && n <= pyb::int_(1'000'000'000L);
    if (!inRange)
        throw pyb::value_error(std::string(name) + ": must be a whole number from " +
                               std::to_string(minimum) + " to 1e9, got " + std::string(pyb::repr(n)));
    return n.cast<long>();
}

pyb::array_t<double> simulate(const std::shared_ptr<ModelHandle>& handle, pyb::object x0, pyb::object steps,
                              pyb::object transient, pyb::object stride, pyb::object dt, pyb::object method,
                              pyb::object threads, pyb::object progress)
{
    if (!handle)
        throw pyb::type_error("model: expected a neurodyn.Model, got None");
    Study study = handle->study;
    const Model& model = *handle->model;
    study.simulation = SimulationOptions{};
    study.simulation.samples = countArg(steps, "steps", 1);
    study.simulation.transient = countArg(transient, "transient", 0);
    study.simulation.stride = countArg(stride, "stride", 1);
    threadsArg(threads); // checked; one orbit is one sequential computation
    if (!progress.is_none() && !PyCallable_Check(progress.ptr()))
        throw pyb::type_error("progress: expected a callable taking the fraction done, or None");
    const bool flow = model.timeKind() == TimeKind::Flow;
    if (!flow && (!dt.is_none() || !method.is_none()))
        throw pyb::value_error("dt and method apply to flows only; " + study.modelType + " is a map");
    if (!dt.is_none()) {
        if (pyb::isinstance<pyb::bool_>(dt) ||
            !(pyb::isinstance<pyb::float_>(dt) || pyb::hasattr(dt, "__float__")) ||
            PyComplex_Check(dt.ptr()) || pyb::isinstance<pyb::str>(dt))
            throw pyb::type_error("dt: expected a real number");
        const double v = toDouble(dt, "dt");
        if (!(v > 0) || v > 100)
            throw pyb::value_error("dt: must be a number above 0 and at most 100, got " +
                                   std::string(pyb::str(dt)));
        study.flow.dt = v;
    }
    if (!method.is_none()) {
        if (!pyb::isinstance<pyb::str>(method))
            throw pyb::type_error("method: expected 'rk4' or 'dormand_prince'");
        const std::string m = method.cast<std::string>();
        if (m == "rk4")
            study.flow.method = FlowMethod::RungeKutta4;
        else if (m == "dormand_prince")
            study.flow.method = FlowMethod::DormandPrince;
        else
            throw pyb::value_error("method: must be rk4 or dormand_prince, got '" + m + "'");
    }
    if (!x0.is_none()) {
        const SeriesArg x = stateArg(*handle, x0, false);
        study.initialState.assign(x.values.begin(), x.values.end());
    }
    Trajectory t = runLong(progress, [study](Progress* p) { return compute::studyTrajectory(study, p); });
    if (t.escaped) {
        const std::string warning = "the orbit escaped at step " + std::to_string(t.escapeStep) + " (" +
                                    t.escapeReason + "); " + std::to_string(t.rows()) + " rows returned";
        if (PyErr_WarnEx(PyExc_RuntimeWarning, warning.c_str(), 1) != 0)
            throw pyb::error_already_set();
    }
    const auto rows = static_cast<pyb::ssize_t>(t.rows());
    const auto columns = static_cast<pyb::ssize_t>(t.columns());
    return ownedArray(std::move(t.values), {rows, columns});
}

std::string reprOf(const ModelHandle& h)
{
    std::ostringstream out;
    out << "neurodyn.Model('" << h.model->typeName() << "', params={";
    bool first = true;
    for (int i = 0; i < h.model->parameterCount(); ++i) {
        // Python's repr of a float: the shortest text that reads back as the same number.
        out << (first ? "" : ", ") << "'" << h.model->parameterSpecs()[static_cast<std::size_t>(i)].name
            << "': " << std::string(pyb::repr(pyb::float_(h.model->parameter(i))));
        first = false;
    }
    out << "}";
    Settings shown = h.model->settings();
    shown.erase("definition"); // the text is long; .settings has it
    if (!shown.empty()) {
        out << ", settings={";
        first = true;
        for (const auto& [k, v] : shown) {
            out << (first ? "" : ", ") << "'" << k << "': '" << v << "'";
            first = false;
        }
        out << "}";
    }
    out << ")";
    return out.str();
}

} // namespace

void registerModels(pyb::module_& m)
{
    m.def("models", &listModels,
          R"doc(The model types of the engine's registry (maps, flows, network presets), one dict each:

    name           the type name, as study files and Model() take it ("chialvo", "ring-star", ...)
    display_name   the name the GUI shows; description: what the model is
    family         the model editor's family ("Neuron maps", "Map networks", ...)
    time           "map" (discrete time: a step is one iteration) or "flow" (an ODE)
    dimension      number of state variables with the default settings
    variables      their names; initial_state: the default initial state
    parameters     [{"name", "default", "min", "max" (valid range, inclusive),
                     "typical_min", "typical_max" (the sliders' range), "description"}]
    settings       structural settings [{"name", "value" (the default), "choices" (empty: free
                     text or a number), "label", "description"}]
    presets        the network presets (model types) whose node-type setting offers this model
                     among its choices (ring-star takes chialvo, rulkov, ...); networks with
                     free-text node lists (chain, map-network) are not listed

The same content `neurodyn-cli models NAME` prints. Networks' variables and parameters depend on
their settings: Model(name, settings=...).variables has them for other settings.)doc");

    pyb::class_<ModelHandle, std::shared_ptr<ModelHandle>>(
        m, "Model", R"doc(A model of the engine's registry with its parameter values and structural settings.

Model(name, params=None, settings=None, definition=None)

    name        a model type of neurodyn.models() ("chialvo", "ring-star", "kuramoto", ...)
    params      {parameter name: value}; the others keep their defaults
    settings    {setting name: text or whole number}, e.g. {"N": 10} for a network
    definition  a typed model's text in NeuroDyn's model language (name "equations"); the text
                may also be given as settings["definition"], as in a study file

Built the way a study file builds its model. Unknown model, parameter or setting names, values
outside a parameter's valid range and NaN/inf raise ValueError with the engine's message.
Immutable: with_params() returns a new Model.)doc")
        .def(pyb::init([](const std::string& name, pyb::object params, pyb::object settings,
                          pyb::object definition) { return makeModel(name, params, settings, definition); }),
             pyb::arg("name"), pyb::arg("params") = pyb::none(), pyb::arg("settings") = pyb::none(),
             pyb::arg("definition") = pyb::none())
        .def_property_readonly(
            "name", [](const ModelHandle& h) { return h.model->typeName(); },
            "The model type (\"equations\" for a typed model).")
        .def_property_readonly(
            "dimension", [](const ModelHandle& h) { return h.model->dimension(); },
            "Number of state variables.")
        .def_property_readonly(
            "variables", [](const ModelHandle& h) { return h.model->variableNames(); },
            "Names of the state variables, in state order (networks: x0, y0, x1, ...).")
        .def_property_readonly(
            "parameters", [](const ModelHandle& h) { return parametersOf(*h.model); },
            "{name: value} of every parameter, in the model's order (a new dict each time).")
        .def_property_readonly(
            "settings", [](const ModelHandle& h) { return settingsOf(*h.model); },
            "{name: text} of every structural setting, defaults included (a new dict each time).")
        .def_property_readonly(
            "time", [](const ModelHandle& h) { return timeName(*h.model); },
            "\"map\" (discrete time) or \"flow\" (an ODE integrated in dt-steps).")
        .def_property_readonly(
            "initial_state",
            [](const ModelHandle& h) { return ownedArray(std::vector<double>(h.study.initialState)); },
            "The model's default initial state (a new array each time); simulate's x0=None starts here.")
        .def(
            "step",
            [](const ModelHandle& h, pyb::object state) {
                const SeriesArg x = stateArg(h, state);
                std::vector<double> out(x.values.size());
                h.model->evaluate(x.values.data(), out.data());
                return ownedArray(std::move(out));
            },
            pyb::arg("state"), R"doc(The model's right-hand side at `state` (dimension values).

Maps: the next state F(x) (one iteration). Flows: the vector field dx/dt at x (not a time
step; simulate() integrates it). Raises ValueError when the length is not the dimension.)doc")
        .def(
            "jacobian",
            [](const ModelHandle& h, pyb::object state) {
                const SeriesArg x = stateArg(h, state);
                const auto d = static_cast<pyb::ssize_t>(x.values.size());
                std::vector<double> out(x.values.size() * x.values.size());
                h.model->jacobian(x.values.data(), out.data());
                return ownedArray(std::move(out), {d, d});
            },
            pyb::arg("state"),
            R"doc(The analytic Jacobian of step() at `state`: a (dimension x dimension) array
with J[i, j] = d step(x)[i] / d x[j] (maps: of the map, flows: of the vector field).)doc")
        .def(
            "with_params",
            [](const ModelHandle& h, pyb::kwargs values) {
                return buildHandle(h.study, parameterValues(values));
            },
            R"doc(A new Model with these parameter values (keywords: name=value), the others and the
settings unchanged. Unknown names and invalid values raise ValueError.)doc")
        .def("__repr__", [](const ModelHandle& h) { return reprOf(h); });

    m.def("simulate", &simulate, pyb::arg("model"), pyb::arg("x0") = pyb::none(), pyb::arg("steps") = 1000,
          pyb::arg("transient") = 0, pyb::arg("stride") = 1, pyb::arg("dt") = pyb::none(),
          pyb::arg("method") = pyb::none(), pyb::arg("threads") = pyb::none(),
          pyb::arg("progress") = pyb::none(),
          R"doc(The model's trajectory: a (steps x dimension) float64 array, one row per recorded state.

    model      a neurodyn.Model
    x0         initial state (dimension values); None: model.initial_state
    steps      number of recorded rows (1 .. 1e9)
    transient  steps iterated and discarded before the first row (0 .. 1e9)
    stride     steps between two recorded rows (1 .. 1e9)
    dt         flows only: the time of one step (default 0.01, at most 100)
    method     flows only: "rk4" (classical Runge-Kutta with step dt, the default) or
               "dormand_prince" (adaptive 5(4) with tolerances 1e-9, sampled every dt)
    threads    accepted like every long call's (None: all cores); one orbit is sequential
    progress   None or a callable taking the fraction done (0..1)

Row k is the state after transient + k*stride steps, so row 0 is x0 itself when transient is 0.
For maps a step is one iteration; for flows a step is dt of time, so row k is at time
(transient + k*stride) * dt. The columns are model.variables. The same numbers as
`neurodyn-cli simulate` (and `run`'s trajectory.csv) without its step and time columns.
If the orbit escapes (a value beyond 1e8 in magnitude or not finite) the rows up to the last
valid state are returned with a RuntimeWarning. Ctrl-C stops it with KeyboardInterrupt.)doc");
}

} // namespace nd::python
