// A model the orbit diagram does not know by type: it wraps another model and only evaluates,
// so analyses take their generic path for it (the reference the typed fast paths are compared
// with). Header-only; test threads only.
#pragma once

#include "model/model.h"

#include <memory>

namespace ndtest {

class OpaqueModel : public nd::Model {
public:
    explicit OpaqueModel(const nd::Model& inner) : nd::Model(inner.parameterSpecs()), m_inner(inner.clone())
    {
        for (int i = 0; i < parameterCount(); ++i)
            setParameter(i, inner.parameter(i));
    }
    OpaqueModel(const OpaqueModel& o) : nd::Model(o), m_inner(o.m_inner->clone()) {}
    std::string typeName() const override { return "opaque"; }
    nd::TimeKind timeKind() const override { return m_inner->timeKind(); }
    int dimension() const override { return m_inner->dimension(); }
    std::vector<std::string> variableNames() const override { return m_inner->variableNames(); }
    std::vector<double> defaultInitialState() const override { return m_inner->defaultInitialState(); }
    void evaluate(const double* x, double* out) const override { m_inner->evaluate(x, out); }
    void jacobian(const double* x, double* j) const override { m_inner->jacobian(x, j); }
    std::unique_ptr<nd::Model> clone() const override { return std::make_unique<OpaqueModel>(*this); }

protected:
    void parametersChanged() override
    {
        for (int i = 0; i < parameterCount(); ++i)
            m_inner->setParameter(i, parameter(i));
    }

private:
    std::unique_ptr<nd::Model> m_inner;
};

} // namespace ndtest
