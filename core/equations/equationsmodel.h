// Typed models (issue 18), part 3 of 3: a typed model behind the engine's Model interface, so
// every analysis, view, study file and CLI command takes it like a built-in model.
//
// Registered in the model registry as type "equations" with the settings
//   definition  the model's text in the model language (modelsource.h), canonical form
//   backend     auto (compiled when a C++ compiler is available, else the interpreter),
//               compiled (refuse when it cannot compile), interpreter (never compile)
// so clone(), study files, MPI tiles and every createModel caller need nothing new. Parameter
// specs, variable names and the default initial state come from the definition.
//
// The compiled backend (native.h) turns the Programs into C++ built by the system compiler
// into a cached shared library keyed by the CompiledModel's hash; the interpreter runs the
// Programs (program.h). Both give the same values to rounding.
//
// Like every Model: not thread-safe for writing; evaluate()/jacobian() are const and may run
// concurrently (each thread uses its own scratch: they keep per-thread buffers).
#pragma once

#include "equations/program.h"
#include "model/model.h"

#include <memory>
#include <string>

namespace nd::eq {

struct NativeKernels; // native.h

enum class Backend { Auto, Compiled, Interpreter };

class EquationsModel final : public Model {
public:
    static constexpr const char* kTypeName = "equations";

    // Throws EquationError / InputError for a bad definition or backend.
    EquationsModel(const ModelSource& source, Backend backend = Backend::Auto);
    static std::unique_ptr<Model> fromSettings(const Settings& settings);

    std::string typeName() const override { return kTypeName; }
    TimeKind timeKind() const override;
    int dimension() const override;
    std::vector<std::string> variableNames() const override;
    std::vector<double> defaultInitialState() const override;
    void evaluate(const double* x, double* out) const override;
    void jacobian(const double* x, double* jac) const override;
    std::unique_ptr<Model> clone() const override;
    std::vector<SettingSpec> settingSpecs() const override;
    Settings settings() const override;

    // Exact dF/dp for the model's own parameters, row-major n x ownParameterCount().
    void parameterJacobian(const double* x, double* out) const;
    // Aux values in source order (observables), and their names.
    void auxiliary(const double* x, double* out) const;
    std::vector<std::string> auxiliaryNames() const;

    const CompiledModel& compiled() const { return *m_compiled; }
    // The backend in use: Compiled or Interpreter (never Auto).
    Backend activeBackend() const;
    // Why the compiled backend is not in use (empty when it is).
    const std::string& fallbackReason() const { return m_fallbackReason; }
    // The compiled kernels in use (null on the interpreter), for lane runners that step many
    // states per call (core/analysis/orbitlanes.cpp).
    const std::shared_ptr<const NativeKernels>& nativeKernels() const { return m_native; }

private:
    std::shared_ptr<const CompiledModel> m_compiled;
    std::shared_ptr<const NativeKernels> m_native; // null: interpreter
    Backend m_requested = Backend::Auto;
    std::string m_fallbackReason;
};

} // namespace nd::eq
