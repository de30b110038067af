#include "gui/modelchange.h"

#include "common/errors.h"
#include "model/registry.h"
#include "network/mapnetwork.h"

#include <algorithm>
#include <cstdlib>
#include <map>
#include <regex>

namespace nd {

namespace {
const std::regex& overrideKey()
{
    static const std::regex re(R"(node([0-9]+)\.([A-Za-z_][A-Za-z0-9_]*))");
    return re;
}

void fitReferences(Study& s, const Model& model)
{
    const int dim = model.dimension();
    const auto& specs = model.parameterSpecs();
    if (s.analyses.orbitDiagram) {
        OrbitDiagramSettings& d = *s.analyses.orbitDiagram;
        const bool known = std::any_of(specs.begin(), specs.end(),
                                       [&](const ParameterSpec& p) { return p.name == d.parameter; });
        if (!known) {
            // from == to and valueMin == valueMax mean "the typical range" and "automatic".
            d.parameter = specs.empty() ? std::string() : specs.front().name;
            d.from = d.to = 0.0;
            d.valueMin = d.valueMax = 0.0;
        }
        if (d.variable >= dim)
            d.variable = 0;
    }
    if (s.analyses.lyapunov && s.analyses.lyapunov->along) {
        LyapunovAlongSettings& a = *s.analyses.lyapunov->along;
        const auto it = std::find_if(specs.begin(), specs.end(),
                                     [&](const ParameterSpec& p) { return p.name == a.parameter; });
        if (it == specs.end()) {
            // A parameter the new structure lacks (a chain's couplings): its first one, typical range.
            if (specs.empty()) {
                s.analyses.lyapunov->along.reset();
            } else {
                a.parameter = specs.front().name;
                a.from = specs.front().typicalMinimum;
                a.to = specs.front().typicalMaximum;
            }
        }
    }
    if (s.view.phaseX >= dim)
        s.view.phaseX = 0;
    if (s.view.phaseY >= dim)
        s.view.phaseY = dim > 1 ? 1 : 0;
    auto& vars = s.simulation.variables;
    vars.erase(std::remove_if(vars.begin(), vars.end(), [dim](int v) { return v >= dim; }), vars.end());
}
} // namespace

Study studyWithModel(const Study& from, const std::string& type, const Settings& settings)
{
    if (type != from.modelType) {
        Study s = Study::defaultsFor(type, settings);
        s.title = from.title;
        return s;
    }
    auto model = createModel(type, settings);
    Study s = from;
    s.settings = settings;
    s.parameters.clear();
    for (const ParameterSpec& spec : model->parameterSpecs()) {
        const auto it = from.parameters.find(spec.name);
        if (it != from.parameters.end()) {
            try {
                model->setParameter(spec.name, it->second);
            } catch (const InputError&) {
                // Outside the valid range of the new structure: keep the new default.
            }
        }
        s.parameters[spec.name] = model->parameter(spec.name);
    }
    std::map<std::string, double> oldValues;
    const auto oldNames = createModel(from.modelType, from.settings)->variableNames();
    for (std::size_t i = 0; i < oldNames.size() && i < from.initialState.size(); ++i)
        oldValues[oldNames[i]] = from.initialState[i];
    const auto names = model->variableNames();
    s.initialState = model->defaultInitialState();
    for (std::size_t i = 0; i < names.size(); ++i)
        if (const auto it = oldValues.find(names[i]); it != oldValues.end())
            s.initialState[i] = it->second;
    fitReferences(s, *model);
    return s;
}

Settings withoutStaleOverrides(const std::string& type, const Settings& settings)
{
    Settings base;
    for (const auto& [key, value] : settings)
        if (!std::regex_match(key, overrideKey()))
            base[key] = value;
    if (base.size() == settings.size())
        return settings;
    std::unique_ptr<Model> model;
    try {
        model = createModel(type, base);
    } catch (const InputError&) {
        return settings;
    }
    const auto* net = dynamic_cast<const MapNetwork*>(model.get());
    Settings kept = base;
    for (const auto& [key, value] : settings) {
        std::smatch m;
        if (!net || !std::regex_match(key, m, overrideKey()))
            continue;
        const long node = std::strtol(m[1].str().c_str(), nullptr, 10); // LONG_MAX when huge
        if (node >= net->nodeCount())
            continue;
        const NodeType t = net->description().nodes[static_cast<std::size_t>(node)].type;
        const auto specs = nodeParameterSpecs(t);
        const auto native = nodeNativeParameterNames(t);
        for (std::size_t p = 0; p < specs.size(); ++p)
            if (specs[p].name == m[2].str() || native[p] == m[2].str())
                kept[key] = value;
    }
    return kept;
}

} // namespace nd
