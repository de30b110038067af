#include "model/model.h"

#include "common/errors.h"

#include <cmath>
#include <sstream>

namespace nd {

Model::Model(std::vector<ParameterSpec> specs) : m_specs(std::move(specs))
{
    m_values.reserve(m_specs.size());
    for (const auto& s : m_specs)
        m_values.push_back(s.defaultValue);
}

std::vector<double> Model::defaultInitialState() const
{
    return std::vector<double>(static_cast<std::size_t>(dimension()), 0.0);
}

int Model::parameterIndex(std::string_view name) const
{
    for (std::size_t i = 0; i < m_specs.size(); ++i)
        if (m_specs[i].name == name)
            return static_cast<int>(i);
    return -1;
}

double Model::parameter(int index) const
{
    if (index < 0 || index >= parameterCount())
        throw InputError(ND_ENGINE_TEXT("%1: parameter index %2 out of range"),
                         {typeName(), std::to_string(index)});
    return m_values[static_cast<std::size_t>(index)];
}

double Model::parameter(std::string_view name) const
{
    const int i = parameterIndex(name);
    if (i < 0)
        throw InputError(ND_ENGINE_TEXT("%1 has no parameter named '%2'"), {typeName(), std::string(name)});
    return m_values[static_cast<std::size_t>(i)];
}

void Model::setParameter(int index, double value)
{
    if (index < 0 || index >= parameterCount())
        throw InputError(ND_ENGINE_TEXT("%1: parameter index %2 out of range"),
                         {typeName(), std::to_string(index)});
    const auto& spec = m_specs[static_cast<std::size_t>(index)];
    requireFinite(value, typeName() + " parameter '" + spec.name + "'");
    if (value < spec.minimum || value > spec.maximum) {
        throw InputError(ND_ENGINE_TEXT("%1 parameter '%2' = %3 is outside its valid range [%4, %5]"),
                         {typeName(), spec.name, streamNumber(value), streamNumber(spec.minimum),
                          streamNumber(spec.maximum)});
    }
    m_values[static_cast<std::size_t>(index)] = value;
    parametersChanged();
}

void Model::setParameter(std::string_view name, double value)
{
    const int i = parameterIndex(name);
    if (i < 0)
        throw InputError(ND_ENGINE_TEXT("%1 has no parameter named '%2'"), {typeName(), std::string(name)});
    setParameter(i, value);
}

} // namespace nd
