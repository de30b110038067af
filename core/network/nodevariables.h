// The nodes of a network model as views need them: the state index of each node's main variable
// (a neuron's activation, an oscillator's phase), asked from the network types themselves
// rather than guessed from variable names (Kuramoto names its phases theta0, theta1, ...).
// Any thread (pure functions of a model).
#pragma once

#include <vector>

namespace nd {

class Model;

struct NodeVariables {
    std::vector<int> indices; // one per node, in node order; empty: not a network
    bool phases = false;      // angles, best shown modulo 2 pi
};

// Map networks (ring-star, chains, presets, generic): each node's coupled variable (a built-in
// node's first, a typed node's node-coupling variable); Kuramoto
// networks: the phases; AKOrN: each unit's first component. Empty for single-unit models.
NodeVariables nodeVariables(const Model& model);

} // namespace nd
