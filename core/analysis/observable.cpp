#include "analysis/observable.h"

#include "common/errors.h"

#include <cctype>

namespace nd {

void validateObservable(const Model& model, const Observable& observable, const std::string& field)
{
    if (observable.indices.empty())
        throw InputError(ND_ENGINE_TEXT("%1: the observable uses no state variable"), {field});
    for (int i : observable.indices)
        if (i < 0 || i >= model.dimension())
            throw InputError(ND_ENGINE_TEXT("%1: state variable index %2 does not exist (%3 has %4)"),
                             {field, std::to_string(i), model.typeName(), std::to_string(model.dimension())});
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
