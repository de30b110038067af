#include "continuation/branchexport.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdio>

namespace nd {

namespace {

// Locale-independent shortest round-trip formatting; non-finite values (never produced by the
// engine, but possible in hand-built branches) become "null" in JSON and empty in CSV.
std::string number(double v, const char* nonFinite)
{
    if (!std::isfinite(v))
        return nonFinite;
    char buf[64];
    const auto res = std::to_chars(buf, buf + sizeof buf, v);
    return std::string(buf, res.ptr);
}

std::string csvField(const std::string& s)
{
    if (s.find_first_of(",\"\n") == std::string::npos)
        return s;
    std::string out = "\"";
    for (char c : s)
        out += c == '"' ? std::string("\"\"") : std::string(1, c);
    return out + "\"";
}

std::string jsonString(const std::string& s)
{
    std::string out = "\"";
    for (unsigned char c : s) {
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            if (c < 0x20) {
                char buf[8];
                std::snprintf(buf, sizeof buf, "\\u%04x", c);
                out += buf;
            } else {
                out += static_cast<char>(c);
            }
        }
    }
    return out + "\"";
}

template <class T, class F> std::string jsonArray(const std::vector<T>& values, F item)
{
    std::string out = "[";
    for (std::size_t i = 0; i < values.size(); ++i)
        out += (i ? ", " : "") + item(values[i]);
    return out + "]";
}

std::string numbers(const std::vector<double>& v)
{
    return jsonArray(v, [](double x) { return number(x, "null"); });
}

std::string multipliers(const std::vector<std::complex<double>>& mu)
{
    return jsonArray(mu, [](const std::complex<double>& m) {
        return "[" + number(m.real(), "null") + ", " + number(m.imag(), "null") + "]";
    });
}

std::string strings(const std::vector<std::string>& v)
{
    return jsonArray(v, [](const std::string& s) { return jsonString(s); });
}

std::string criticalityJson(const Criticality& c)
{
    if (c.verdict == Verdict::NotComputed)
        return ", \"coefficient\": null, \"verdict\": null, \"normal_form\": null, \"verdict_reason\": null, "
               "\"resonance\": null";
    return ", \"coefficient\": " + number(c.coefficient, "null") +
           ", \"verdict\": " + jsonString(verdictName(c.verdict)) +
           ", \"normal_form\": " + jsonString(c.normalForm) +
           ", \"verdict_reason\": " + (c.reason.empty() ? std::string("null") : jsonString(c.reason)) +
           ", \"resonance\": " + (c.resonance ? jsonString("1:" + std::to_string(c.resonance)) : "null");
}

} // namespace

std::string branchToCsv(const Branch& branch)
{
    std::size_t muCount = 0;
    for (const auto& p : branch.points)
        muCount = std::max(muCount, p.multipliers.size());
    std::string out = "index";
    for (const auto& name : branch.parameterNames)
        out += "," + csvField(name);
    for (const auto& name : branch.variableNames)
        out += "," + csvField(name);
    for (std::size_t i = 0; i < muCount; ++i)
        out += ",mu" + std::to_string(i + 1) + "_re,mu" + std::to_string(i + 1) + "_im";
    out += ",max_abs_mu,stable,label,coefficient,verdict\n";
    std::vector<std::string> labels(branch.points.size());
    std::vector<const Criticality*> verdicts(branch.points.size(), nullptr);
    for (const auto& sp : branch.specialPoints)
        if (sp.pointIndex < labels.size()) {
            labels[sp.pointIndex] = sp.label;
            verdicts[sp.pointIndex] = &sp.criticality;
        }
    for (std::size_t k = 0; k < branch.points.size(); ++k) {
        const auto& p = branch.points[k];
        out += std::to_string(k);
        for (double v : p.parameters)
            out += "," + number(v, "");
        for (double v : p.state)
            out += "," + number(v, "");
        double maxAbs = 0.0;
        for (std::size_t i = 0; i < muCount; ++i) {
            if (i < p.multipliers.size()) {
                out += "," + number(p.multipliers[i].real(), "") + "," + number(p.multipliers[i].imag(), "");
                maxAbs = std::max(maxAbs, std::abs(p.multipliers[i]));
            } else {
                out += ",,";
            }
        }
        out += "," + (p.multipliers.empty() ? std::string() : number(maxAbs, ""));
        out += std::string(",") + (p.stable ? "1" : "0") + "," + csvField(labels[k]);
        const Criticality* c = verdicts[k];
        const bool judged = c && c->verdict != Verdict::NotComputed;
        out += "," + (judged ? number(c->coefficient, "") : std::string()) + "," +
               (judged ? verdictName(c->verdict) : std::string()) + "\n";
    }
    return out;
}

std::string branchToJson(const Branch& branch)
{
    std::string out = "{\n";
    out += "  \"format\": \"neurodyn-branch\",\n  \"version\": 1,\n";
    out += "  \"kind\": " + jsonString(branchKindName(branch.kind)) + ",\n";
    out += "  \"model\": " + jsonString(branch.modelType) + ",\n";
    out += "  \"period\": " + std::to_string(branch.period) + ",\n";
    out += "  \"parameters\": " + strings(branch.parameterNames) + ",\n";
    out += "  \"variables\": " + strings(branch.variableNames) + ",\n";
    out += "  \"stop\": {\"reason\": " + jsonString(stopReasonName(branch.stopReason)) +
           ", \"message\": " + jsonString(branch.stopMessage) + "},\n";
    out += "  \"conventions\": " + strings(branch.conventions) + ",\n";
    out += "  \"points\": [";
    for (std::size_t k = 0; k < branch.points.size(); ++k) {
        const auto& p = branch.points[k];
        out += std::string(k ? "," : "") + "\n    {\"parameters\": " + numbers(p.parameters) +
               ", \"state\": " + numbers(p.state) + ", \"multipliers\": " + multipliers(p.multipliers) +
               ", \"stable\": " + (p.stable ? "true" : "false") + "}";
    }
    out += branch.points.empty() ? "],\n" : "\n  ],\n";
    out += "  \"special_points\": [";
    for (std::size_t k = 0; k < branch.specialPoints.size(); ++k) {
        const auto& sp = branch.specialPoints[k];
        out += std::string(k ? "," : "") + "\n    {\"label\": " + jsonString(sp.label) +
               ", \"description\": " + jsonString(sp.description) +
               ", \"index\": " + std::to_string(sp.pointIndex) +
               ", \"parameters\": " + numbers(sp.point.parameters) +
               ", \"state\": " + numbers(sp.point.state) +
               ", \"multipliers\": " + multipliers(sp.point.multipliers) + ", \"rotation_angle\": " +
               (sp.rotationAngle ? number(*sp.rotationAngle, "null") : std::string("null")) +
               ", \"test_value\": " + number(sp.testValue, "null") + criticalityJson(sp.criticality) + "}";
    }
    out += branch.specialPoints.empty() ? "]\n" : "\n  ]\n";
    return out + "}\n";
}

} // namespace nd
