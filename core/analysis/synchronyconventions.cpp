#include "analysis/synchronyconventions.h"

#include "analysis/observable.h"
#include "common/errors.h"

#include <cctype>
#include <set>

namespace nd {

namespace {

bool isPhaseOscillator(const Model& model)
{
    return model.typeName() == "kuramoto";
}

// Per-node variables (a name without its node number, present on two nodes or more).
std::set<std::string> perNodeVariables(const Model& model)
{
    std::set<std::string> out;
    for (const std::string& name : model.variableNames()) {
        std::string base = name;
        while (!base.empty() && std::isdigit(static_cast<unsigned char>(base.back())))
            base.pop_back();
        if (!base.empty() && base.size() < name.size() && nodeVariableIndices(model, base).size() >= 2)
            out.insert(base);
    }
    return out;
}

constexpr PhaseConvention kAllPhases[] = {PhaseConvention::Spike, PhaseConvention::Centred,
                                          PhaseConvention::Arctan, PhaseConvention::Hilbert,
                                          PhaseConvention::Given};

} // namespace

std::vector<PhaseConvention> phaseConventionsFor(const Model& model)
{
    const bool phases = isPhaseOscillator(model);
    const bool twoVariables = perNodeVariables(model).size() >= 2;
    std::vector<PhaseConvention> out;
    for (PhaseConvention p : kAllPhases)
        if ((p != PhaseConvention::Given || phases) && (!phaseNeedsY(p) || twoVariables))
            out.push_back(p);
    return out;
}

std::string phaseConventionList(const std::vector<PhaseConvention>& conventions)
{
    std::string out;
    for (PhaseConvention p : conventions)
        out += (out.empty() ? "" : ", ") + std::string(phaseConventionName(p));
    return out;
}

std::string correlationScalarList()
{
    std::string out;
    for (CorrelationScalar c :
         {CorrelationScalar::Hub, CorrelationScalar::AllPairs, CorrelationScalar::RingNeighbours})
        out += (out.empty() ? "" : ", ") + std::string(correlationScalarName(c));
    return out;
}

void requirePhaseConvention(const Model& model, PhaseConvention convention, const std::string& field)
{
    const std::vector<PhaseConvention> valid = phaseConventionsFor(model);
    for (PhaseConvention p : valid)
        if (p == convention)
            return;
    const std::string name = phaseConventionName(convention);
    const std::string why = convention == PhaseConvention::Given
                                ? "the model (" + model.typeName() +
                                      ") is not made of phase oscillators, so " +
                                      "its variables are not angles"
                                : "the model (" + model.typeName() + ") has no second per-node variable y";
    throw InputError(ND_ENGINE_TEXT("%1: %2 phases do not fit: %3; valid for this model: %4"),
                     {field, name, why, phaseConventionList(valid)});
}

bool hasRingStarHub(const Model& model)
{
    return model.typeName() == "ring-star" || model.typeName() == "ring-star-k4";
}

RingLayout ringLayoutOf(const Model& model)
{
    return RingLayout{hasRingStarHub(model), 0};
}

CorrelationScalar defaultCorrelationScalar(const Model& model)
{
    return hasRingStarHub(model) ? CorrelationScalar::Hub : CorrelationScalar::AllPairs;
}

} // namespace nd
