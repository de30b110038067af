// Which synchrony conventions (core/measures/synchrony.h) fit a model: the phase conventions
// its per-node variables allow, the ring its nodes form (a ring-star's hub stands outside the
// ring) and the correlation scalar a study of it starts with. Pure functions; any thread.
#pragma once

#include "measures/synchrony.h"
#include "model/model.h"

#include <string>
#include <vector>

namespace nd {

// The phase conventions that fit the model: given only for phase oscillators (the Kuramoto
// network, whose variables are angles); centred and arctan only when the nodes have a second
// per-node variable besides the first (y of Chialvo and Rulkov nodes); spike and hilbert read
// any signal. In the order of PhaseConvention.
std::vector<PhaseConvention> phaseConventionsFor(const Model& model);

// "spike, hilbert, given": the names, comma-separated, for messages.
std::string phaseConventionList(const std::vector<PhaseConvention>& conventions);
std::string correlationScalarList();

// Throws InputError naming `field` when the convention does not fit the model, with the reason
// and the conventions that do.
void requirePhaseConvention(const Model& model, PhaseConvention convention, const std::string& field);

// Whether the model is a ring-star preset (hub node 0 outside the ring of nodes 1..N-1).
bool hasRingStarHub(const Model& model);
// The ring of the model's nodes: without the hub for ring-star presets, else every node.
RingLayout ringLayoutOf(const Model& model);
// The correlation scalar a new study of the model uses: hub for ring-star presets (their
// papers average each ring node's correlation with the hub), all-pairs otherwise.
CorrelationScalar defaultCorrelationScalar(const Model& model);

} // namespace nd
