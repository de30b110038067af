// The model description every analysis consumes: a discrete-time map or an autonomous ODE
// with a fixed state dimension, named state variables, named parameters (defaults and valid
// ranges), the step or right-hand side, and its analytic Jacobian.
//
// A Model object is not thread-safe for writing; evaluate() and jacobian() are const and may
// be called concurrently once parameters are set. Give each worker thread its own clone()
// if it changes parameters.
#pragma once

#include <map>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace nd {

enum class TimeKind { Map, Flow };

struct ParameterSpec {
    std::string name;
    double defaultValue = 0.0;
    double minimum = -1e6; // valid range, inclusive: values outside are refused
    double maximum = 1e6;
    double typicalMinimum = -1.0; // range offered by sliders
    double typicalMaximum = 1.0;
    std::string description; // one line, shown as a tooltip
};

// A structural setting fixed when the model is built (network size, node types, topology,
// triangle choice, ...). Values are strings so study files and the CLI can pass any of them
// generically; the model parses and validates them in its factory (see registry.h).
struct SettingSpec {
    std::string name;
    std::string defaultValue;
    std::string description;          // one line, shown as a tooltip
    std::vector<std::string> choices; // allowed values; empty means free text (numbers, lists)
};

using Settings = std::map<std::string, std::string>;

// One parameter a link sets: target = scale * (link value) + offset.
struct LinkTarget {
    std::string name; // a model parameter or another link
    double scale = 1.0;
    double offset = 0.0;

    bool operator==(const LinkTarget&) const = default;
};

// A derived parameter ("sigma" setting sigma_12, sigma_21, ... at once). It joins the model's
// parameter list after the model's own parameters, so every analysis that varies a parameter by
// name or index varies a link the same way.
struct ParameterLink {
    std::string name;
    std::vector<LinkTarget> targets;

    bool operator==(const ParameterLink&) const = default;
};

class Model {
public:
    virtual ~Model() = default;

    virtual std::string typeName() const = 0;
    virtual TimeKind timeKind() const = 0;
    virtual int dimension() const = 0;
    virtual std::vector<std::string> variableNames() const = 0;
    virtual std::vector<double> defaultInitialState() const;

    // Map: out = F(x). Flow: out = dx/dt. Both arrays have dimension() entries.
    virtual void evaluate(const double* x, double* out) const = 0;
    // Row-major dimension() x dimension() matrix of partial derivatives d out_i / d x_j.
    virtual void jacobian(const double* x, double* jac) const = 0;

    virtual std::unique_ptr<Model> clone() const = 0;

    // Structural settings and their current values; empty for models without any.
    virtual std::vector<SettingSpec> settingSpecs() const { return {}; }
    virtual Settings settings() const { return {}; }

    const std::vector<ParameterSpec>& parameterSpecs() const { return m_specs; }
    std::span<const double> parameters() const { return m_values; }
    int parameterCount() const { return static_cast<int>(m_specs.size()); }
    // -1 when the model has no parameter of that name.
    int parameterIndex(std::string_view name) const;
    double parameter(int index) const;
    double parameter(std::string_view name) const;
    // Throws InputError for an unknown name, a non-finite value or one outside the valid range.
    void setParameter(int index, double value);
    void setParameter(std::string_view name, double value);

    // Linked parameters (see ParameterLink). setLinks replaces all links (none: an empty list)
    // and appends one parameter per link; each link starts at the value its first target has
    // now (inverted through scale and offset) and sets its targets to match. Throws InputError,
    // leaving the model unchanged, for an unknown target, a cycle, a parameter set by two
    // links or named twice, a link named like a parameter or another link, a zero or
    // non-finite scale or offset, or targets whose valid ranges have no common link value.
    // Setting a link sets its targets (links among them in turn), then parametersChanged()
    // runs once.
    void setLinks(std::vector<ParameterLink> links);
    // In dependency order: a link comes after every link it sets.
    const std::vector<ParameterLink>& links() const { return m_links; }
    // The model's own parameters (indices 0..ownParameterCount()-1); links follow them.
    int ownParameterCount() const { return parameterCount() - static_cast<int>(m_links.size()); }
    // The link behind parameter `index`, or nullptr for one of the model's own parameters.
    const ParameterLink* link(int index) const;
    // The link that sets the parameter (or link) of that name, or nullptr when none does.
    const ParameterLink* linkOf(std::string_view target) const;

protected:
    explicit Model(std::vector<ParameterSpec> specs);
    Model(const Model&) = default;
    Model& operator=(const Model&) = default;
    // Called after any parameter changed, so subclasses can refresh cached values.
    virtual void parametersChanged() {}

private:
    // Sets the value and, for a link, its targets, without range checks or parametersChanged.
    void assign(int index, double value);

    std::vector<ParameterSpec> m_specs;
    std::vector<double> m_values;
    std::vector<ParameterLink> m_links;
};

} // namespace nd
