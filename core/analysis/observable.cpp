#include "analysis/observable.h"

#include "common/errors.h"
#include "oscillators/oscillatorphases.h"

#include <cctype>
#include <cmath>
#include <complex>

namespace nd {

double Observable::reducedValue(const double* state) const
{
    if (reduction == Reduction::OrderParameter) {
        std::complex<double> sum;
        for (int i : indices)
            sum += std::polar(1.0, state[i]);
        return std::abs(sum) / static_cast<double>(indices.size());
    }
    if (reduction == Reduction::PlaneOrderParameter) {
        std::complex<double> sum;
        for (std::size_t k = 0; k + 1 < indices.size(); k += 2)
            sum += std::polar(1.0, std::atan2(state[indices[k + 1]], state[indices[k]]));
        return std::abs(sum) / static_cast<double>(indices.size() / 2);
    }
    double s = 0.0;
    for (int i : indices)
        s += state[i];
    return wrapPhase(s / static_cast<double>(indices.size()));
}

void validateObservable(const Model& model, const Observable& observable, const std::string& field)
{
    if (observable.indices.empty())
        throw InputError(ND_ENGINE_TEXT("%1: the observable uses no state variable"), {field});
    for (int i : observable.indices)
        if (i < 0 || i >= model.dimension())
            throw InputError(ND_ENGINE_TEXT("%1: state variable index %2 does not exist (%3 has %4)"),
                             {field, std::to_string(i), model.typeName(), std::to_string(model.dimension())});
    if (observable.reduction == Reduction::PlaneOrderParameter && observable.indices.size() % 2 != 0)
        throw InputError(ND_ENGINE_TEXT("%1: the order parameter of planes needs pairs of state variables"),
                         {field});
    if (observable.section != Section::None)
        requireFinite(observable.threshold, field + " threshold");
}

namespace {
bool isNodeTag(const std::string& s)
{
    // An optional separator, then digits, with an optional closing bracket: "3", "_3", "[3]", ".3".
    std::size_t i = 0;
    if (i < s.size() && (s[i] == '_' || s[i] == '[' || s[i] == '.'))
        ++i;
    const std::size_t digits = i;
    while (i < s.size() && std::isdigit(static_cast<unsigned char>(s[i])))
        ++i;
    if (i == digits)
        return false;
    if (i < s.size() && s[i] == ']')
        ++i;
    return i == s.size();
}

bool isNodePrefix(const std::string& s)
{
    // Letters then digits then a separator: "node3.", "n3_".
    if (s.size() < 2 || (s.back() != '.' && s.back() != '_'))
        return false;
    std::size_t i = 0;
    while (i < s.size() && std::isalpha(static_cast<unsigned char>(s[i])))
        ++i;
    const std::size_t digits = i;
    while (i < s.size() && std::isdigit(static_cast<unsigned char>(s[i])))
        ++i;
    return i > digits && i + 1 == s.size();
}
} // namespace

std::vector<int> nodeVariableIndices(const Model& model, const std::string& variable)
{
    std::vector<int> out;
    const auto names = model.variableNames();
    for (std::size_t i = 0; i < names.size(); ++i) {
        const std::string& n = names[i];
        bool match = n == variable;
        if (!match && n.size() > variable.size() && n.compare(0, variable.size(), variable) == 0)
            match = isNodeTag(n.substr(variable.size()));
        if (!match && n.size() > variable.size() && n.compare(n.size() - variable.size(), variable.size(), variable) == 0)
            match = isNodePrefix(n.substr(0, n.size() - variable.size()));
        if (match)
            out.push_back(static_cast<int>(i));
    }
    return out;
}

std::vector<double> applySection(const std::vector<double>& u, const Observable& observable, double timePerStep)
{
    const double th = observable.threshold;
    std::vector<double> out;
    switch (observable.section) {
    case Section::None:
        return u;
    case Section::LocalMaxima:
        for (std::size_t n = 1; n + 1 < u.size(); ++n)
            if (u[n - 1] < u[n] && u[n] >= u[n + 1])
                out.push_back(u[n]);
        break;
    case Section::UpwardCrossing:
        for (std::size_t n = 1; n < u.size(); ++n)
            if (u[n - 1] < th && u[n] >= th)
                out.push_back(u[n]);
        break;
    case Section::CrossingInterval: {
        long last = -1;
        for (std::size_t n = 1; n < u.size(); ++n)
            if (u[n - 1] < th && u[n] >= th) {
                if (last >= 0)
                    out.push_back(static_cast<double>(static_cast<long>(n) - last) * timePerStep);
                last = static_cast<long>(n);
            }
        break;
    }
    }
    return out;
}

} // namespace nd
