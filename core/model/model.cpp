#include "model/model.h"

#include "common/errors.h"

#include <algorithm>
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
    assign(index, value);
    parametersChanged();
}

void Model::assign(int index, double value)
{
    m_values[static_cast<std::size_t>(index)] = value;
    const ParameterLink* l = link(index);
    if (!l)
        return;
    for (const auto& t : l->targets) {
        const int ti = parameterIndex(t.name);
        const auto& spec = m_specs[static_cast<std::size_t>(ti)];
        // The link's valid range lies inside every target's range mapped back; clamping only
        // removes the last bit of rounding in scale * value + offset.
        assign(ti, std::clamp(t.scale * value + t.offset, spec.minimum, spec.maximum));
    }
}

const ParameterLink* Model::link(int index) const
{
    const int k = index - ownParameterCount();
    if (index < 0 || k < 0 || k >= static_cast<int>(m_links.size()))
        return nullptr;
    return &m_links[static_cast<std::size_t>(k)];
}

const ParameterLink* Model::linkOf(std::string_view target) const
{
    for (const auto& l : m_links)
        for (const auto& t : l.targets)
            if (t.name == target)
                return &l;
    return nullptr;
}

void Model::setLinks(std::vector<ParameterLink> links)
{
    const int own = ownParameterCount();
    std::vector<ParameterSpec> specs(m_specs.begin(), m_specs.begin() + own);
    std::vector<double> values(m_values.begin(), m_values.begin() + own);
    auto ownIndex = [&](std::string_view name) {
        for (int i = 0; i < own; ++i)
            if (specs[static_cast<std::size_t>(i)].name == name)
                return i;
        return -1;
    };
    auto linkIndex = [&](std::string_view name) {
        for (std::size_t i = 0; i < links.size(); ++i)
            if (links[i].name == name)
                return static_cast<int>(i);
        return -1;
    };

    // Names and targets, each on its own.
    std::map<std::string, std::string> setBy; // target -> the link that sets it
    for (std::size_t i = 0; i < links.size(); ++i) {
        const auto& l = links[i];
        if (l.name.empty())
            throw InputError(ND_ENGINE_TEXT("%1: a linked parameter needs a name"), {typeName()});
        if (ownIndex(l.name) >= 0)
            throw InputError(ND_ENGINE_TEXT("%1: link '%2' has the name of a parameter of the model"),
                             {typeName(), l.name});
        if (linkIndex(l.name) != static_cast<int>(i))
            throw InputError(ND_ENGINE_TEXT("%1: two links are named '%2'"), {typeName(), l.name});
        if (l.targets.empty())
            throw InputError(ND_ENGINE_TEXT("%1: link '%2' sets no parameter"), {typeName(), l.name});
        for (const auto& t : l.targets) {
            if (ownIndex(t.name) < 0 && linkIndex(t.name) < 0)
                throw InputError(
                    ND_ENGINE_TEXT("%1: link '%2' sets '%3', which is not a parameter of the model"),
                    {typeName(), l.name, t.name});
            if (!std::isfinite(t.scale) || t.scale == 0.0)
                throw InputError(
                    ND_ENGINE_TEXT("%1: link '%2': the scale of '%3' must be a non-zero number (got %4)"),
                    {typeName(), l.name, t.name, streamNumber(t.scale)});
            if (!std::isfinite(t.offset))
                throw InputError(
                    ND_ENGINE_TEXT("%1: link '%2': the offset of '%3' must be a finite number (got %4)"),
                    {typeName(), l.name, t.name, streamNumber(t.offset)});
            const auto [it, fresh] = setBy.emplace(t.name, l.name);
            if (!fresh)
                throw InputError(ND_ENGINE_TEXT("%1: '%2' is set twice (by link '%3' and by link '%4')"),
                                 {typeName(), t.name, it->second, l.name});
        }
    }

    // Dependency order (a link after the links it sets), refusing cycles. Each target has one
    // link at most (checked above), so a depth-first walk from every link finds any cycle.
    std::vector<int> order, state(links.size(), 0); // 0 new, 1 on the path, 2 done
    std::vector<std::string> path;
    auto visit = [&](auto&& self, int i) -> void {
        auto& st = state[static_cast<std::size_t>(i)];
        const auto& l = links[static_cast<std::size_t>(i)];
        if (st == 2)
            return;
        path.push_back(l.name);
        if (st == 1) {
            const auto first = std::find(path.begin(), path.end(), l.name);
            std::string cycle;
            for (auto it = first; it != path.end(); ++it)
                cycle += (cycle.empty() ? "" : " -> ") + *it;
            throw InputError(ND_ENGINE_TEXT("%1: the links form a cycle (%2)"), {typeName(), cycle});
        }
        st = 1;
        for (const auto& t : l.targets)
            if (const int j = linkIndex(t.name); j >= 0)
                self(self, j);
        st = 2;
        path.pop_back();
        order.push_back(i);
    };
    for (std::size_t i = 0; i < links.size(); ++i)
        visit(visit, static_cast<int>(i));

    // Ranges and starting values, targets first.
    std::vector<ParameterLink> sorted;
    for (int i : order)
        sorted.push_back(links[static_cast<std::size_t>(i)]);
    for (const auto& l : sorted) {
        ParameterSpec spec;
        spec.name = l.name;
        spec.minimum = -HUGE_VAL;
        spec.maximum = HUGE_VAL;
        std::string names;
        for (std::size_t k = 0; k < l.targets.size(); ++k) {
            const auto& t = l.targets[k];
            const auto at =
                std::find_if(specs.begin(), specs.end(), [&](const auto& p) { return p.name == t.name; });
            const ParameterSpec& ts = *at;
            // target = scale * v + offset, so v = (target - offset) / scale.
            auto back = [&](double target) { return (target - t.offset) / t.scale; };
            const double lo = std::min(back(ts.minimum), back(ts.maximum));
            const double hi = std::max(back(ts.minimum), back(ts.maximum));
            spec.minimum = std::max(spec.minimum, lo);
            spec.maximum = std::min(spec.maximum, hi);
            if (k == 0) {
                spec.typicalMinimum = std::min(back(ts.typicalMinimum), back(ts.typicalMaximum));
                spec.typicalMaximum = std::max(back(ts.typicalMinimum), back(ts.typicalMaximum));
                spec.defaultValue = back(values[static_cast<std::size_t>(at - specs.begin())]);
            }
            names += (names.empty() ? "" : ", ") + t.name;
        }
        if (!(spec.minimum <= spec.maximum))
            throw InputError(
                ND_ENGINE_TEXT("%1: link '%2': no value keeps all its targets in their valid ranges"),
                {typeName(), l.name});
        spec.typicalMinimum = std::clamp(spec.typicalMinimum, spec.minimum, spec.maximum);
        spec.typicalMaximum = std::clamp(spec.typicalMaximum, spec.minimum, spec.maximum);
        spec.defaultValue = std::clamp(spec.defaultValue, spec.minimum, spec.maximum);
        spec.description = "sets " + names;
        values.push_back(spec.defaultValue);
        specs.push_back(std::move(spec));
    }

    m_specs = std::move(specs);
    m_values = std::move(values);
    m_links = std::move(sorted);
    for (int i = own; i < parameterCount(); ++i)
        assign(i, m_values[static_cast<std::size_t>(i)]);
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
