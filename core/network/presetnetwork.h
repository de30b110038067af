// Common ground of the network presets (ring-star, ring-star-k4, chain): structural settings
// with defaults and validation, shared node parameters exposed as model parameters, and
// per-node overrides. Same thread rules as Model.
//
// Parameters: first the preset's coupling parameters, then the node parameters shared by all
// nodes of a type, under their network-level names (see nodetypes.h: a, b, c, k0; k, k1, k2,
// m_alpha, m_beta; r_alpha, r_mu, r_sigma). Only the types present in the network appear.
//
// Per-node heterogeneity: a setting "node<i>.<name>" (e.g. "node3.b" = "0.2", or
// "node1.r_sigma" = "-0.8") fixes that parameter of node i, whatever the shared value. <name>
// may be the network-level name or the node type's own name (node1.sigma for a Rulkov node).
// The value must be finite and inside the parameter's valid range.
//
// Typed nodes (typednode.h): node type "typed" in the preset's node setting(s) takes its map from
// the settings node-definition (model-language text of a map) and node-coupling (the variable
// that couples; empty: the first). Its parameters follow the built-in ones as t_<name>; they
// appear only when a typed node is present. settings() leaves out these two keys while they
// are empty, so study files of networks without typed nodes do not change.
//
// Triadic settings shared by the presets that have triangles:
//   form: linear | product | cubic     counting: once | ordered-pairs
//   triadic-normalisation: none | degree (divide by the number of triangles at the node)
#pragma once

#include "network/mapnetwork.h"

#include <map>
#include <utility>

namespace nd {

// Fills defaults for missing keys, refuses unknown keys (other than node<i>.<name>) and
// values outside a setting's choices. The messages name the model type and the key.
Settings mergeSettings(const std::string& type, const std::vector<SettingSpec>& specs, const Settings& given);
// Parses an integer setting; throws InputError naming the key unless it is in [lo, hi].
int integerSetting(const std::string& type, const Settings& s, const std::string& key, int lo, int hi);
std::vector<SettingSpec> triadicSettingSpecs();
// node-definition and node-coupling (see above).
std::vector<SettingSpec> typedNodeSettingSpecs();
void applyTriadicSettings(const Settings& s, NetworkDescription& d);

class PresetNetwork : public MapNetwork {
public:
    std::vector<SettingSpec> settingSpecs() const override { return m_settingSpecs; }
    Settings settings() const override;
    // The node parameter value actually used by node i (override or shared value).
    double nodeParameter(int node, const std::string& name) const;

protected:
    PresetNetwork(std::string type, std::vector<ParameterSpec> couplingSpecs, std::vector<NodeType> nodeTypes,
                  std::vector<SettingSpec> settingSpecs, Settings mergedSettings);
    void parametersChanged() override { rebuild(); }
    // Subclasses call this at the end of their constructor.
    void rebuild();
    // Adds edges, triangles and triadic options to d (whose nodes are already set).
    virtual void buildCoupling(NetworkDescription& d) const = 0;
    const std::string& setting(const std::string& key) const { return m_settings.at(key); }
    const std::vector<NodeType>& nodeTypes() const { return m_nodeTypes; }

private:
    PresetNetwork(std::string type, std::vector<ParameterSpec> couplingSpecs, std::vector<NodeType> nodeTypes,
                  std::vector<SettingSpec> settingSpecs, Settings mergedSettings,
                  std::shared_ptr<const TypedNodeMap> typed);

    std::shared_ptr<const TypedNodeMap> m_typed; // null without typed nodes and definition
    std::vector<NodeType> m_nodeTypes;
    std::vector<SettingSpec> m_settingSpecs;
    Settings m_settings;
    // (node, index in the node's parameter order: its built-in type's or the definition's) -> value
    std::map<std::pair<int, int>, double> m_overrides;
};

} // namespace nd
