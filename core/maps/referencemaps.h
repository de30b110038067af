// Reference maps for validation and teaching: logistic, delayed logistic and Hénon.
//   logistic          x' = r x (1 - x)
//   delayed logistic  x' = r x (1 - y),  y' = x          (Neimark–Sacker at r = 2)
//   Hénon             x' = 1 - a x^2 + y,  y' = b x
#pragma once

#include "model/model.h"

namespace nd {

class LogisticMap : public Model {
public:
    LogisticMap();
    std::string typeName() const override { return "logistic"; }
    TimeKind timeKind() const override { return TimeKind::Map; }
    int dimension() const override { return 1; }
    std::vector<std::string> variableNames() const override { return {"x"}; }
    std::vector<double> defaultInitialState() const override { return {0.4}; }
    void evaluate(const double* x, double* out) const override;
    void jacobian(const double* x, double* jac) const override;
    std::unique_ptr<Model> clone() const override { return std::make_unique<LogisticMap>(*this); }
};

class DelayedLogisticMap : public Model {
public:
    DelayedLogisticMap();
    std::string typeName() const override { return "delayed-logistic"; }
    TimeKind timeKind() const override { return TimeKind::Map; }
    int dimension() const override { return 2; }
    std::vector<std::string> variableNames() const override { return {"x", "y"}; }
    std::vector<double> defaultInitialState() const override { return {0.4, 0.4}; }
    void evaluate(const double* x, double* out) const override;
    void jacobian(const double* x, double* jac) const override;
    std::unique_ptr<Model> clone() const override { return std::make_unique<DelayedLogisticMap>(*this); }
};

class HenonMap : public Model {
public:
    HenonMap();
    std::string typeName() const override { return "henon"; }
    TimeKind timeKind() const override { return TimeKind::Map; }
    int dimension() const override { return 2; }
    std::vector<std::string> variableNames() const override { return {"x", "y"}; }
    std::vector<double> defaultInitialState() const override { return {0.1, 0.1}; }
    void evaluate(const double* x, double* out) const override;
    void jacobian(const double* x, double* jac) const override;
    std::unique_ptr<Model> clone() const override { return std::make_unique<HenonMap>(*this); }
};

} // namespace nd
