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

protected:
    explicit Model(std::vector<ParameterSpec> specs);
    Model(const Model&) = default;
    Model& operator=(const Model&) = default;
    // Called after any parameter changed, so subclasses can refresh cached values.
    virtual void parametersChanged() {}

private:
    std::vector<ParameterSpec> m_specs;
    std::vector<double> m_values;
};

} // namespace nd
