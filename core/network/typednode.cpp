#include "network/typednode.h"

#include "common/errors.h"
#include "equations/modelsource.h"
#include "equations/native.h"

#include <algorithm>
#include <cctype>

namespace nd {

namespace {
std::string listOf(const std::vector<eq::VariableDef>& vars)
{
    std::string s;
    for (const auto& v : vars)
        s += (s.empty() ? "" : ", ") + v.name;
    return s;
}

std::shared_ptr<const eq::CompiledModel> compileDefinition(const std::string& text, const std::string& field)
{
    if (text.find_first_not_of(" \t\r\n") == std::string::npos)
        throw InputError(field + ": node type 'typed' needs a definition (a map in the model language, "
                                 "docs/typed-models.md)");
    try {
        const eq::ModelSource source = eq::parseModelText(text);
        if (source.kind != TimeKind::Map)
            throw InputError(field + ": a typed node must be a map (x' = ...), but this definition is a flow "
                                     "(dx/dt = ...)");
        for (const auto& v : source.variables)
            if (std::isdigit(static_cast<unsigned char>(v.name.back())))
                throw InputError(
                    field + ": the variable name '" + v.name +
                    "' ends in a digit, which would clash with the network's names <variable><node> "
                    "(rename it, e.g. '" +
                    v.name + "_')");
        for (const auto& p : source.parameters)
            if (p.name.rfind(TypedNodeMap::kParameterPrefix, 0) == 0)
                throw InputError(
                    field + ": the parameter name '" + p.name +
                    "' clashes with the network names of typed parameters (t_<name>); rename it");
        return std::make_shared<const eq::CompiledModel>(eq::compileModel(source));
    } catch (const eq::EquationError& e) {
        throw InputError(field + ", " + e.what());
    }
}
} // namespace

TypedNodeMap::TypedNodeMap(const std::string& definition, const std::string& coupling,
                           const std::string& definitionField, const std::string& couplingField)
    : m_compiled(compileDefinition(definition, definitionField))
{
    const auto& vars = m_compiled->source.variables;
    const auto it = coupling.empty() ? vars.begin()
                                     : std::find_if(vars.begin(), vars.end(),
                                                    [&](const auto& v) { return v.name == coupling; });
    if (it == vars.end())
        throw InputError(couplingField + ": '" + coupling +
                         "' is not a variable of the typed node (variables: " + listOf(vars) + ")");
    m_coupling = static_cast<int>(it - vars.begin());
    m_definition = eq::formatModelText(m_compiled->source);
    // The interpreter is the fallback: a missing compiler slows the network down, nothing else.
    std::string whyNot;
    m_native = eq::compileNative(*m_compiled, &whyNot);
}

const std::string& TypedNodeMap::couplingName() const
{
    return m_compiled->source.variables[static_cast<std::size_t>(m_coupling)].name;
}

std::vector<std::string> TypedNodeMap::variableNames() const
{
    std::vector<std::string> names;
    for (const auto& v : m_compiled->source.variables)
        names.push_back(v.name);
    return names;
}

std::vector<double> TypedNodeMap::defaultState() const
{
    std::vector<double> s;
    for (const auto& v : m_compiled->source.variables)
        s.push_back(v.initial);
    return s;
}

std::vector<ParameterSpec> TypedNodeMap::parameterSpecs() const
{
    std::vector<ParameterSpec> specs;
    for (const auto& p : m_compiled->source.parameters) {
        ParameterSpec s;
        s.name = kParameterPrefix + p.name;
        s.defaultValue = p.value;
        s.minimum = p.minimum;
        s.maximum = p.maximum;
        // modelsource.h: an unset typical range is value +- 1, clamped to the valid range.
        s.typicalMinimum = p.typicalMinimum.value_or(std::max(p.minimum, p.value - 1.0));
        s.typicalMaximum = p.typicalMaximum.value_or(std::min(p.maximum, p.value + 1.0));
        s.description =
            p.description.empty() ? "Parameter " + p.name + " of the typed node map" : p.description;
        specs.push_back(std::move(s));
    }
    return specs;
}

std::vector<std::string> TypedNodeMap::nativeParameterNames() const
{
    std::vector<std::string> names;
    for (const auto& p : m_compiled->source.parameters)
        names.push_back(p.name);
    return names;
}

std::vector<double> TypedNodeMap::defaultParameters() const
{
    std::vector<double> values;
    for (const auto& p : m_compiled->source.parameters)
        values.push_back(p.value);
    return values;
}

void TypedNodeMap::step(const double* p, const double* in, double* out) const
{
    if (m_native) {
        m_native->step(in, p, out);
        return;
    }
    thread_local std::vector<double> scratch;
    eq::evaluate(m_compiled->step, in, p, out, scratch);
}

void TypedNodeMap::stepLanes(int lanes, const double* p, const double* in, double* out) const
{
    if (m_native && m_native->stepLanes) {
        m_native->stepLanes(lanes, in, p, out);
        return;
    }
    thread_local std::vector<double> scratch;
    eq::evaluateLanes(m_compiled->step, lanes, in, p, out, scratch);
}

void TypedNodeMap::jacobian(const double* p, const double* in, double* jac, int rowStride) const
{
    const int n = m_compiled->dimension;
    thread_local std::vector<double> block, scratch;
    block.resize(static_cast<std::size_t>(n) * static_cast<std::size_t>(n));
    if (m_native)
        m_native->jacobian(in, p, block.data());
    else
        eq::evaluate(m_compiled->jacobian, in, p, block.data(), scratch);
    const auto s = static_cast<std::ptrdiff_t>(rowStride);
    for (int r = 0; r < n; ++r)
        for (int c = 0; c < n; ++c)
            jac[r * s + c] = block[static_cast<std::size_t>(r * n + c)];
}

} // namespace nd
