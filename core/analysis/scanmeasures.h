// Built-in scan measures: largest Lyapunov exponent, period, escape, spike rate and the mean
// of a variable. Each is immutable once built, so one instance serves every worker thread.
#pragma once

#include "analysis/lyapunov.h"
#include "analysis/period.h"
#include "analysis/scan.h"

namespace nd {

// Iteration settings shared by the series-based measures.
struct SeriesSettings {
    long transient = 1000;
    long steps = 10000; // iterations observed after the transient
    double escapeBound = 1e8;
    double dt = 0.01; // flows: RK4 step

    bool operator==(const SeriesSettings&) const = default;
};

class LargestLyapunovMeasure : public ScanMeasure {
public:
    explicit LargestLyapunovMeasure(LyapunovOptions options = {}) : m_options(options) {}
    // A scan's measure: its iteration (transient, steps, escape bound, dt) and the QR interval.
    LargestLyapunovMeasure(const SeriesSettings& series, const Orthonormalization& qr);
    std::string name() const override { return "largest Lyapunov exponent"; }
    std::string unit() const override;
    void validate(const Model& model) const override;
    ScanValue evaluate(const Model& model, std::span<const double> initial, const Progress* cancel) const override;
    // The Chialvo map takes the lockstep kernel (largestLyapunovChialvo), others the default.
    void evaluateRow(Model& model, int parameter, std::span<const double> values,
                     std::span<const double> initial, const Progress* cancel, ScanValue* out) const override;

private:
    LyapunovOptions m_options;
};

class PeriodMeasure : public ScanMeasure {
public:
    explicit PeriodMeasure(PeriodOptions options = {}) : m_options(options) {}
    // A scan's measure: its iteration (transient, escape bound, dt; the window replaces steps)
    // and what counts as a period.
    PeriodMeasure(const SeriesSettings& series, const PeriodCriteria& criteria);
    std::string name() const override { return "period"; }
    std::string unit() const override { return "iterations"; }
    void validate(const Model& model) const override;
    ScanValue evaluate(const Model& model, std::span<const double> initial, const Progress* cancel) const override;

private:
    PeriodOptions m_options;
};

// 1 when the orbit escapes within transient + steps iterations, else 0 (always defined).
class EscapeMeasure : public ScanMeasure {
public:
    explicit EscapeMeasure(SeriesSettings settings = {}) : m_s(settings) {}
    std::string name() const override { return "escape"; }
    void validate(const Model& model) const override;
    ScanValue evaluate(const Model& model, std::span<const double> initial, const Progress* cancel) const override;

private:
    SeriesSettings m_s;
};

// Upward crossings of `threshold` by state variable `variable` per iteration (maps) or per
// unit time (flows), after the transient.
class SpikeRateMeasure : public ScanMeasure {
public:
    SpikeRateMeasure(int variable, double threshold, SeriesSettings settings = {})
        : m_variable(variable), m_threshold(threshold), m_s(settings)
    {
    }
    std::string name() const override { return "spike rate"; }
    std::string unit() const override { return "spikes per iteration (maps) or per unit time (flows)"; }
    void validate(const Model& model) const override;
    ScanValue evaluate(const Model& model, std::span<const double> initial, const Progress* cancel) const override;

private:
    int m_variable;
    double m_threshold;
    SeriesSettings m_s;
};

// Time average of state variable `variable` after the transient.
class MeanMeasure : public ScanMeasure {
public:
    MeanMeasure(int variable, SeriesSettings settings = {}) : m_variable(variable), m_s(settings) {}
    std::string name() const override { return "mean"; }
    void validate(const Model& model) const override;
    ScanValue evaluate(const Model& model, std::span<const double> initial, const Progress* cancel) const override;

private:
    int m_variable;
    SeriesSettings m_s;
};

// Validates series settings (shared with adapters of time-series measures).
void validateSeriesSettings(const Model& model, const SeriesSettings& s, const std::string& field);

// Iterates transient + steps and calls observe(state) after the transient, once per
// iteration. Returns an escape/cancel ScanValue (not defined) when the run stopped early,
// or a defined value of 0 when it completed.
ScanValue iterateSeries(const Model& model, std::span<const double> initial, const SeriesSettings& s,
                           const Progress* cancel, const std::function<void(const double*)>& observe);

} // namespace nd
