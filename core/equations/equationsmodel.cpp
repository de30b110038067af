// Typed models (issue 18): EquationsModel, a compiled typed model behind the Model interface.
// Const members may run on any number of threads at once (each keeps its own scratch buffer).
// Its errors are plain English (the definition's errors carry line and column); only the
// registry's shared "no setting named" template is translatable.
#include "equations/equationsmodel.h"

#include "equations/native.h"

#include <algorithm>
#include <cmath>

namespace nd::eq {

namespace {

// What an engine call without settings builds (registry.h: missing keys take their defaults),
// so listing every model type works: the Chialvo map, typed.
constexpr const char* kDefaultDefinition =
    "# The Chialvo (1995) neuron map, typed\n"
    "map\n"
    "var x = 0.5, y = 2\n"
    "par a = 0.89 in [-10, 10] typical [0, 1] \"Recovery time constant (a < 1)\"\n"
    "par b = 0.6 in [-10, 10] typical [0, 1] \"Activation-dependence of the recovery\"\n"
    "par c = 0.28 in [-10, 10] typical [0, 1] \"Recovery offset\"\n"
    "par k0 = 0.03 in [-10, 10] typical [0, 0.1] \"Constant bias (external stimulus) of the activation\"\n"
    "x' = x^2*exp(y - x) + k0\n"
    "y' = a*y - b*x + c\n";

const char* backendName(Backend b)
{
    switch (b) {
    case Backend::Compiled:
        return "compiled";
    case Backend::Interpreter:
        return "interpreter";
    case Backend::Auto:
        break;
    }
    return "auto";
}

// Parameter specs as the Model base class wants them. compileModel checks the same rules again
// (with the definition's positions); this runs first because the base class is built first.
std::vector<ParameterSpec> specsOf(const ModelSource& source)
{
    std::vector<ParameterSpec> specs;
    for (const ParameterDef& p : source.parameters) {
        ParameterSpec s;
        s.name = p.name;
        s.defaultValue = p.value;
        s.minimum = p.minimum;
        s.maximum = p.maximum;
        s.typicalMinimum = p.typicalMinimum.value_or(std::clamp(p.value - 1.0, p.minimum, p.maximum));
        s.typicalMaximum = p.typicalMaximum.value_or(std::clamp(p.value + 1.0, p.minimum, p.maximum));
        s.description = p.description;
        specs.push_back(std::move(s));
    }
    return specs;
}

// Each thread's scratch buffer for the interpreter.
std::vector<double>& scratch()
{
    thread_local std::vector<double> buffer;
    return buffer;
}

} // namespace

EquationsModel::EquationsModel(const ModelSource& source, Backend backend)
    : Model(specsOf(source)), m_compiled(std::make_shared<const CompiledModel>(compileModel(source))),
      m_requested(backend)
{
    if (backend == Backend::Interpreter)
        return;
    std::string why;
    m_native = compileNative(*m_compiled, &why);
    if (!m_native) {
        if (why.empty())
            why = "the compiled backend is not available";
        // A GUI compiling in the background is not a failure: the model runs on the
        // interpreter until it is built again after the compile (same values to rounding).
        if (backend == Backend::Compiled && why != kCompilingInBackground)
            throw InputError("the typed model cannot be compiled: " + why);
        m_fallbackReason = why;
    }
}

std::unique_ptr<Model> EquationsModel::fromSettings(const Settings& settings)
{
    std::string definition = kDefaultDefinition;
    Backend backend = Backend::Auto;
    for (const auto& [key, value] : settings) {
        if (key == "definition") {
            definition = value;
        } else if (key == "backend") {
            if (value == "auto")
                backend = Backend::Auto;
            else if (value == "compiled")
                backend = Backend::Compiled;
            else if (value == "interpreter")
                backend = Backend::Interpreter;
            else
                throw InputError(std::string("setting 'backend' of ") + kTypeName +
                                 " must be auto, compiled or interpreter (got '" + value + "')");
        } else {
            throw InputError(ND_ENGINE_TEXT("%1 has no setting named '%2'"), {kTypeName, key});
        }
    }
    if (definition.find_first_not_of(" \t\r\n") == std::string::npos)
        throw InputError(std::string("setting 'definition' of ") + kTypeName +
                         " is empty: it must hold the model's equations");
    ModelSource source;
    try {
        source = parseModelText(definition);
    } catch (const EquationError& e) {
        // Keep the position and the detail; name the setting for the reader.
        throw EquationError(e.detail(), e.where(), "definition");
    }
    return std::make_unique<EquationsModel>(source, backend);
}

TimeKind EquationsModel::timeKind() const
{
    return m_compiled->source.kind;
}

int EquationsModel::dimension() const
{
    return m_compiled->dimension;
}

std::vector<std::string> EquationsModel::variableNames() const
{
    std::vector<std::string> names;
    for (const VariableDef& v : m_compiled->source.variables)
        names.push_back(v.name);
    return names;
}

std::vector<double> EquationsModel::defaultInitialState() const
{
    std::vector<double> x;
    for (const VariableDef& v : m_compiled->source.variables)
        x.push_back(v.initial);
    return x;
}

// Overflow and NaN are returned as computed, like the built-in models: the analyses detect
// escapes from the state itself.
void EquationsModel::evaluate(const double* x, double* out) const
{
    const double* p = parameters().data();
    if (m_native)
        m_native->step(x, p, out);
    else
        eq::evaluate(m_compiled->step, x, p, out, scratch());
}

void EquationsModel::jacobian(const double* x, double* jac) const
{
    const double* p = parameters().data();
    if (m_native)
        m_native->jacobian(x, p, jac);
    else
        eq::evaluate(m_compiled->jacobian, x, p, jac, scratch());
}

void EquationsModel::parameterJacobian(const double* x, double* out) const
{
    const double* p = parameters().data();
    if (m_native && m_native->parameterJacobian)
        m_native->parameterJacobian(x, p, out);
    else
        eq::evaluate(m_compiled->parameterJacobian, x, p, out, scratch());
}

void EquationsModel::auxiliary(const double* x, double* out) const
{
    const double* p = parameters().data();
    if (m_native && m_native->auxiliary)
        m_native->auxiliary(x, p, out);
    else
        eq::evaluate(m_compiled->auxiliary, x, p, out, scratch());
}

std::vector<std::string> EquationsModel::auxiliaryNames() const
{
    std::vector<std::string> names;
    for (const Definition& a : m_compiled->source.auxiliary)
        names.push_back(a.name);
    return names;
}

std::unique_ptr<Model> EquationsModel::clone() const
{
    return std::make_unique<EquationsModel>(*this);
}

std::vector<SettingSpec> EquationsModel::settingSpecs() const
{
    return {
        {"definition", kDefaultDefinition, "The model's text in NeuroDyn's model language", {}},
        {"backend",
         "auto",
         "How the equations run: compiled to machine code, or interpreted",
         {"auto", "compiled", "interpreter"}},
    };
}

Settings EquationsModel::settings() const
{
    return {{"definition", formatModelText(m_compiled->source)}, {"backend", backendName(m_requested)}};
}

Backend EquationsModel::activeBackend() const
{
    return m_native ? Backend::Compiled : Backend::Interpreter;
}

} // namespace nd::eq
