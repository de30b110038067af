// The two-parameter defining system of fold, flip and NS curves used by continueCurve, with
// its codimension-2 test functions. Internal to core/continuation; one object per run/thread.
#pragma once

#include "continuation/arclength.h"
#include "continuation/cyclemap.h"

namespace nd {

class CurveProblem : public ArclengthProblem {
public:
    CurveProblem(const Model& model, int period, BranchKind kind, const std::vector<std::string>& parameters,
                 std::pair<double, double> range1, std::pair<double, double> range2);

    // Borders from the singular vectors of M at y (before the first correction).
    bool initBorders(const Eigen::VectorXd& y);

    int unknowns() const override { return m_n + 2; }
    bool evaluate(const Eigen::VectorXd& y, Eigen::VectorXd& r, Eigen::MatrixXd* jac,
                  PointFailure& why) override;
    std::optional<std::pair<StopReason, std::string>> outOfRange(const Eigen::VectorXd& y) const override;
    int testFunctionCount() const override;
    bool testFunctions(const Eigen::VectorXd& y, const Eigen::VectorXd& t, const Eigen::MatrixXd& jac,
                       std::vector<double>& out) override;
    void accept(const Eigen::VectorXd& y) override;
    bool acceptChangesTests() const override { return true; }
    BranchPoint makePoint(const Eigen::VectorXd& y) override;
    std::optional<SpecialPoint> classify(int index, const Eigen::VectorXd& y,
                                         const BranchPoint& point) override;

private:
    struct Bordered {
        Eigen::MatrixXd a;
        Eigen::VectorXd v, w; // right and left null vectors of M (approximately)
        double g = 0.0;
    };
    Eigen::MatrixXd criticalMatrix(const Eigen::MatrixXd& a) const;
    bool bordered(const Eigen::VectorXd& y, Bordered& out);
    bool cuspCoefficient(const Eigen::VectorXd& y, const Bordered& b, double& value);

    CycleMap m_map;
    BranchKind m_kind;
    int m_n;
    std::pair<double, double> m_range[2];
    std::vector<std::string> m_names;
    Eigen::VectorXd m_b, m_c;
};

} // namespace nd
