#include "network/presetnetwork.h"

#include "common/errors.h"

#include <algorithm>
#include <cstdlib>
#include <regex>
#include <set>

namespace nd {

namespace {
const std::regex& nodeKeyPattern()
{
    static const std::regex re(R"(node([0-9]+)\.([A-Za-z_][A-Za-z0-9_]*))");
    return re;
}

const char* kDefinitionKey = "node-definition";
const char* kCouplingKey = "node-coupling";

std::shared_ptr<const TypedNodeMap> typedMapFor(const std::string& type, const std::vector<NodeType>& types,
                                                const Settings& merged)
{
    const std::string& definition = merged.at(kDefinitionKey);
    if (definition.empty() && std::find(types.begin(), types.end(), NodeType::Typed) == types.end())
        return nullptr;
    return std::make_shared<const TypedNodeMap>(definition, merged.at(kCouplingKey),
                                                type + " setting '" + kDefinitionKey + "'",
                                                type + " setting '" + kCouplingKey + "'");
}

std::vector<ParameterSpec> allSpecs(std::vector<ParameterSpec> coupling, const std::vector<NodeType>& types,
                                    const TypedNodeMap* typed)
{
    std::set<std::string> seen;
    for (const auto& s : coupling)
        seen.insert(s.name);
    for (NodeType t : {NodeType::Chialvo, NodeType::MemristiveChialvo, NodeType::Rulkov}) {
        if (std::find(types.begin(), types.end(), t) == types.end())
            continue;
        for (const auto& s : ::nd::nodeParameterSpecs(t))
            if (seen.insert(s.name).second)
                coupling.push_back(s);
    }
    if (typed && std::find(types.begin(), types.end(), NodeType::Typed) != types.end())
        for (const auto& s : typed->parameterSpecs())
            if (seen.insert(s.name).second) // t_ never meets the names above (typednode.h)
                coupling.push_back(s);
    return coupling;
}

double parseDouble(const std::string& text, const std::string& what)
{
    const char* begin = text.c_str();
    char* end = nullptr;
    const double v = std::strtod(begin, &end);
    if (end == begin || *end != '\0')
        throw InputError(what + ": '" + text + "' is not a number");
    requireFinite(v, what);
    return v;
}
} // namespace

Settings mergeSettings(const std::string& type, const std::vector<SettingSpec>& specs, const Settings& given)
{
    Settings out;
    for (const auto& s : specs)
        out[s.name] = s.defaultValue;
    for (const auto& entry : given) {
        const std::string& key = entry.first;
        const std::string& value = entry.second;
        const auto it = std::find_if(specs.begin(), specs.end(), [&](const SettingSpec& s) { return s.name == key; });
        if (it == specs.end()) {
            if (std::regex_match(key, nodeKeyPattern())) {
                out[key] = value;
                continue;
            }
            throw InputError(type + " has no setting named '" + key + "'");
        }
        if (!it->choices.empty() && std::find(it->choices.begin(), it->choices.end(), value) == it->choices.end()) {
            std::string known;
            for (const auto& c : it->choices)
                known += (known.empty() ? "" : ", ") + c;
            throw InputError(type + " setting '" + key + "': '" + value + "' is not one of " + known);
        }
        out[key] = value;
    }
    return out;
}

int integerSetting(const std::string& type, const Settings& s, const std::string& key, int lo, int hi)
{
    const std::string& text = s.at(key);
    const char* begin = text.c_str();
    char* end = nullptr;
    const long v = std::strtol(begin, &end, 10);
    if (end == begin || *end != '\0')
        throw InputError(type + " setting '" + key + "': '" + text + "' is not an integer");
    if (v < lo || v > hi)
        throw InputError(type + " setting '" + key + "' = " + text + " must be between " + std::to_string(lo) +
                         " and " + std::to_string(hi));
    return static_cast<int>(v);
}

std::vector<SettingSpec> triadicSettingSpecs()
{
    return {
        {"form", "linear", "Triadic coupling g: linear x_j+x_k-2x_i, product x_j x_k-x_i^2, cubic x_j^2 x_k-x_i^3",
         {"linear", "product", "cubic"}},
        {"counting", "once", "Each triangle counted once per node, or once per ordered pair (j,k) and (k,j)",
         {"once", "ordered-pairs"}},
        {"triadic-normalisation", "none", "Divide a node's triadic sum by its number of triangles",
         {"none", "degree"}},
    };
}

std::vector<SettingSpec> typedNodeSettingSpecs()
{
    return {
        {kDefinitionKey, "", "Map of the typed nodes in the model language (node type 'typed')", {}},
        {kCouplingKey, "", "Variable through which a typed node couples (empty: its first variable)", {}},
    };
}

void applyTriadicSettings(const Settings& s, NetworkDescription& d)
{
    const std::string& form = s.at("form");
    d.form = form == "product" ? TriadicForm::Product : form == "cubic" ? TriadicForm::Cubic : TriadicForm::Linear;
    d.counting = s.at("counting") == "ordered-pairs" ? TriangleCounting::PerOrderedPair : TriangleCounting::Once;
    d.normaliseTriadic = s.at("triadic-normalisation") == "degree";
}

PresetNetwork::PresetNetwork(std::string type, std::vector<ParameterSpec> couplingSpecs,
                             std::vector<NodeType> nodeTypes, std::vector<SettingSpec> settingSpecs,
                             Settings mergedSettings)
    : PresetNetwork(type, std::move(couplingSpecs), nodeTypes, std::move(settingSpecs), mergedSettings,
                    typedMapFor(type, nodeTypes, mergedSettings))
{
}

PresetNetwork::PresetNetwork(std::string type, std::vector<ParameterSpec> couplingSpecs,
                             std::vector<NodeType> nodeTypes, std::vector<SettingSpec> settingSpecs,
                             Settings mergedSettings, std::shared_ptr<const TypedNodeMap> typed)
    : MapNetwork(type, allSpecs(std::move(couplingSpecs), nodeTypes, typed.get())), m_typed(std::move(typed)),
      m_nodeTypes(std::move(nodeTypes)), m_settingSpecs(std::move(settingSpecs)),
      m_settings(std::move(mergedSettings))
{
    const int n = static_cast<int>(m_nodeTypes.size());
    for (const auto& [key, value] : m_settings) {
        std::smatch m;
        if (!std::regex_match(key, m, nodeKeyPattern()))
            continue;
        const long node = std::strtol(m[1].str().c_str(), nullptr, 10);
        if (node < 0 || node >= n)
            throw InputError(type + " setting '" + key + "' names node " + m[1].str() +
                             ", which does not exist (nodes are 0.." + std::to_string(n - 1) + ")");
        const NodeType t = m_nodeTypes[static_cast<std::size_t>(node)];
        const bool typedNode = t == NodeType::Typed;
        const auto specs = typedNode ? m_typed->parameterSpecs() : ::nd::nodeParameterSpecs(t);
        const auto native = typedNode ? m_typed->nativeParameterNames() : ::nd::nodeNativeParameterNames(t);
        int index = -1;
        for (std::size_t p = 0; p < specs.size(); ++p)
            if (specs[p].name == m[2].str() || native[p] == m[2].str())
                index = static_cast<int>(p);
        if (index < 0)
            throw InputError(type + " setting '" + key + "': a " + nodeTypeName(t) + " node has no parameter '" +
                             m[2].str() + "'");
        const auto& spec = specs[static_cast<std::size_t>(index)];
        const double v = parseDouble(value, type + " setting '" + key + "'");
        if (v < spec.minimum || v > spec.maximum)
            throw InputError(type + " setting '" + key + "' = " + value + " is outside the valid range [" +
                             std::to_string(spec.minimum) + ", " + std::to_string(spec.maximum) + "]");
        m_overrides[{static_cast<int>(node), index}] = v;
    }
}

Settings PresetNetwork::settings() const
{
    Settings s = m_settings;
    for (const char* key : {kDefinitionKey, kCouplingKey}) {
        const auto it = s.find(key);
        if (it != s.end() && it->second.empty())
            s.erase(it);
    }
    return s;
}

double PresetNetwork::nodeParameter(int node, const std::string& name) const
{
    if (node < 0 || node >= static_cast<int>(m_nodeTypes.size()))
        throw InputError(typeName() + ": node " + std::to_string(node) + " does not exist");
    const NodeType t = m_nodeTypes[static_cast<std::size_t>(node)];
    const bool typedNode = t == NodeType::Typed;
    const auto specs = typedNode ? m_typed->parameterSpecs() : ::nd::nodeParameterSpecs(t);
    const auto native = typedNode ? m_typed->nativeParameterNames() : ::nd::nodeNativeParameterNames(t);
    for (std::size_t p = 0; p < specs.size(); ++p)
        if (specs[p].name == name || native[p] == name) {
            const auto it = m_overrides.find({node, static_cast<int>(p)});
            return it != m_overrides.end() ? it->second : parameter(specs[p].name);
        }
    throw InputError(typeName() + ": a " + nodeTypeName(t) + " node has no parameter '" + name + "'");
}

void PresetNetwork::rebuild()
{
    NetworkDescription d;
    std::map<NodeType, NodeParameters> shared;
    std::vector<double> sharedTyped;
    // The t_ parameters exist only while a node is typed (a definition kept for later has none).
    if (m_typed && std::find(m_nodeTypes.begin(), m_nodeTypes.end(), NodeType::Typed) != m_nodeTypes.end())
        for (const auto& spec : m_typed->parameterSpecs())
            sharedTyped.push_back(parameter(spec.name));
    d.typed = m_typed;
    for (NodeType t : m_nodeTypes) {
        if (shared.count(t) || t == NodeType::Typed)
            continue;
        NodeParameters p{};
        const auto specs = ::nd::nodeParameterSpecs(t);
        for (std::size_t i = 0; i < specs.size(); ++i)
            p[i] = parameter(specs[i].name);
        shared[t] = p;
    }
    for (NodeType t : m_nodeTypes) {
        if (t == NodeType::Typed)
            d.nodes.push_back({t, {}, sharedTyped});
        else
            d.nodes.push_back({t, shared[t], {}});
    }
    for (const auto& [key, v] : m_overrides) {
        auto& node = d.nodes[static_cast<std::size_t>(key.first)];
        if (node.type == NodeType::Typed)
            node.typedParameters[static_cast<std::size_t>(key.second)] = v;
        else
            node.parameters[static_cast<std::size_t>(key.second)] = v;
    }
    buildCoupling(d);
    setDescription(d);
}

} // namespace nd
