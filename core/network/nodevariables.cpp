#include "network/nodevariables.h"

#include "network/mapnetwork.h"
#include "oscillators/akorn.h"
#include "oscillators/kuramoto.h"
#include "oscillators/oscillatorphases.h"

namespace nd {

NodeVariables nodeVariables(const Model& model)
{
    NodeVariables out;
    if (const auto* network = dynamic_cast<const MapNetwork*>(&model)) {
        for (int i = 0; i < network->nodeCount(); ++i)
            out.indices.push_back(network->couplingIndex(i));
    } else if (const auto* kuramoto = dynamic_cast<const KuramotoNetwork*>(&model)) {
        for (int i = 0; i < kuramoto->dimension(); ++i)
            out.indices.push_back(i);
        out.phases = oscillatorPhases(model).isAngle(0); // the one owner of "this is an angle"
    } else if (const auto* akorn = dynamic_cast<const AkornNetwork*>(&model)) {
        for (int i = 0; i < akorn->units(); ++i)
            out.indices.push_back(i * akorn->unitDimension());
    }
    return out;
}

} // namespace nd
