#include "gui/modelchange.h"

#include "common/errors.h"
#include "equations/modelsource.h"
#include "model/registry.h"
#include "network/mapnetwork.h"

#include <algorithm>
#include <cstdlib>
#include <map>
#include <optional>
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
    // A scan axis or continuation parameter the model no longer has (a removed link, a coupling
    // of a node that is gone) takes the first parameter not used by the other axis.
    auto known = [&](const std::string& name) { return model.parameterIndex(name) >= 0; };
    auto firstOther = [&](const std::string& other) {
        for (const ParameterSpec& p : specs)
            if (p.name != other)
                return p.name;
        return std::string();
    };
    if (s.analyses.parameterScan) {
        ScanSettings& scan = *s.analyses.parameterScan;
        auto refit = [&](ScanAxisSettings& a, const std::string& other) {
            a.parameter = firstOther(other);
            if (const int i = model.parameterIndex(a.parameter); i >= 0) {
                a.from = specs[static_cast<std::size_t>(i)].typicalMinimum;
                a.to = specs[static_cast<std::size_t>(i)].typicalMaximum;
            }
        };
        if (!known(scan.x.parameter))
            refit(scan.x, scan.y ? scan.y->parameter : std::string());
        if (scan.y && !known(scan.y->parameter)) {
            refit(*scan.y, scan.x.parameter);
            if (scan.y->parameter.empty())
                scan.y.reset(); // one parameter left: a 1-D scan
        }
    }
    if (s.analyses.continuation) {
        ContinuationSettings& c = *s.analyses.continuation;
        if (!known(c.parameter)) {
            c.parameter = firstOther(c.secondParameter);
            c.minimum.reset();
            c.maximum.reset();
            c.startValue.reset();
        }
        if (!c.secondParameter.empty() && !known(c.secondParameter)) {
            c.secondParameter = firstOther(c.parameter);
            c.secondMinimum.reset();
            c.secondMaximum.reset();
        }
    }
    if (s.analyses.lyapunov && s.analyses.lyapunov->along) {
        LyapunovAlongSettings& a = *s.analyses.lyapunov->along;
        if (!known(a.parameter)) {
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
    try {
        model->setLinks(from.links);
    } catch (const InputError&) {
        s.links.clear(); // a target the new structure lacks (fewer nodes): the links go
    }
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

Study studyWithLinks(const Study& from, const std::vector<ParameterLink>& links)
{
    Study s = from;
    for (const auto& l : from.links)
        s.parameters.erase(l.name);
    s.links.clear();
    auto model = s.createModel(); // the present values, without the old links
    s.parameters.clear();
    for (int i = 0; i < model->parameterCount(); ++i)
        s.parameters[model->parameterSpecs()[static_cast<std::size_t>(i)].name] = model->parameter(i);
    // A link kept as it was keeps its value; a new one starts from its first target.
    model->setLinks(links);
    for (const auto& l : model->links()) {
        const bool kept = std::find(from.links.begin(), from.links.end(), l) != from.links.end();
        if (const auto old = from.parameters.find(l.name); kept && old != from.parameters.end())
            model->setParameter(l.name, old->second);
    }
    s.links = links;
    for (int i = 0; i < model->parameterCount(); ++i)
        s.parameters[model->parameterSpecs()[static_cast<std::size_t>(i)].name] = model->parameter(i);
    fitReferences(s, *model);
    return s;
}

Study studyWithDefinition(const Study& from, const std::string& text)
{
    const eq::ModelSource next = eq::parseModelText(text);
    const bool wasTyped = from.modelType == "equations";
    std::optional<eq::ModelSource> previous;
    if (wasTyped)
        if (const auto it = from.settings.find("definition"); it != from.settings.end()) {
            try {
                previous = eq::parseModelText(it->second);
            } catch (const InputError&) {
                // Not a text the language takes: every value then comes from the new text.
            }
        }
    Settings settings = wasTyped ? from.settings : Settings{};
    settings["definition"] = eq::formatModelText(next);
    Study s = studyWithModel(from, "equations", settings);
    if (!previous)
        return s;
    for (const eq::ParameterDef& p : next.parameters) {
        const auto old = std::find_if(previous->parameters.begin(), previous->parameters.end(),
                                      [&p](const eq::ParameterDef& o) { return o.name == p.name; });
        if (old == previous->parameters.end() || old->value != p.value)
            s.parameters[p.name] = p.value;
    }
    for (std::size_t i = 0; i < next.variables.size() && i < s.initialState.size(); ++i) {
        const eq::VariableDef& v = next.variables[i];
        const auto old = std::find_if(previous->variables.begin(), previous->variables.end(),
                                      [&v](const eq::VariableDef& o) { return o.name == v.name; });
        if (old == previous->variables.end() || old->initial != v.initial)
            s.initialState[i] = v.initial;
    }
    return s;
}

std::string typedModelTemplate()
{
    // The built-in Chialvo map's defaults and ranges (core/maps/chialvo.cpp), so the typed
    // copy can be checked against it.
    return "map\n"
           "var x = 0.5\n"
           "var y = 0.5\n"
           "par a = 0.89 in [-10, 10] typical [0, 1] \"Recovery time constant (a < 1)\"\n"
           "par b = 0.6 in [-10, 10] typical [0, 1] \"Activation-dependence of the recovery\"\n"
           "par c = 0.28 in [-10, 10] typical [0, 1] \"Recovery offset\"\n"
           "par k0 = 0.03 in [-10, 10] typical [0, 0.1] "
           "\"Constant bias (external stimulus) of the activation\"\n"
           "x' = x^2*exp(y - x) + k0\n"
           "y' = a*y - b*x + c\n";
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
        const auto specs = net->nodeParameterSpecs(static_cast<int>(node));
        const auto native = net->nodeNativeParameterNames(static_cast<int>(node));
        for (std::size_t p = 0; p < specs.size(); ++p)
            if (specs[p].name == m[2].str() || native[p] == m[2].str())
                kept[key] = value;
    }
    return kept;
}

} // namespace nd
