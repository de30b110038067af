// Settings of the entropy family of time-series measures: multiscale sample entropy (Costa or
// refined composite), permutation entropy (Bandt-Pompe) and approximate entropy, each of one
// variable of the study's trajectory, with the optional surrogate significance of its scalar.
// Field names and defaults follow the engine's option structs and `neurodyn-cli measure mse |
// permutation-entropy | apen`. Value types; any thread.
#pragma once

#include "measures/approximateentropy.h"
#include "measures/multiscaleentropy.h"
#include "measures/permutationentropy.h"
#include "study/seriessettings.h"

#include <optional>
#include <string>

namespace nd {

// Multiscale sample entropy over scales 1..maxScale: the engine's options (threads is the run's,
// not stored) and the variable. Its tested scalar is the complexity index (the sum over scales).
struct MultiscaleEntropySettings : MultiscaleEntropyOptions {
    std::string variable;
    EmbeddingRules rules; // m by rules.dimension; no delay (scales coarse-grain instead)
    std::optional<SignificanceSettings> significance;

    EmbeddingRequest embeddingRequest() const
    {
        return {DelayRule::Given, 1, rules.dimension, m, 1, 1000, "delay", "m"};
    }
    void useEmbedding(const EmbeddingChoice& c) { m = c.dimension; }

    bool operator==(const MultiscaleEntropySettings&) const = default;
};

// How permutation entropy ranks equal values inside a window. The engine has one rule, the
// earlier sample is the smaller (never at random, so a result is reproducible); the study file
// states it so that a reader sees the choice, and a later rule would be a new name here.
enum class PermutationTieRule { EarlierSmaller };

// Permutation entropy of one variable: the engine's options (order, delay, weighted, normalised),
// the tie rule and the variable.
struct PermutationEntropySettings : PermutationEntropyOptions {
    std::string variable;
    PermutationTieRule ties = PermutationTieRule::EarlierSmaller;
    EmbeddingRules rules; // the order by rules.dimension (2..8), the delay by rules.delay
    std::optional<SignificanceSettings> significance;

    EmbeddingRequest embeddingRequest() const
    {
        return {rules.delay,          delay,   rules.dimension, order, kMinPermutationOrder,
                kMaxPermutationOrder, "delay", "order"};
    }
    void useEmbedding(const EmbeddingChoice& c) { delay = c.delay, order = c.dimension; }

    bool operator==(const PermutationEntropySettings&) const = default;
};

// Approximate entropy of one variable: the engine's options (m, r, tolerance and match rules)
// and the variable.
struct ApproximateEntropySettings : ApproximateEntropyOptions {
    std::string variable;
    EmbeddingRules rules; // m by rules.dimension; approximate entropy has no delay
    std::optional<SignificanceSettings> significance;

    EmbeddingRequest embeddingRequest() const
    {
        return {DelayRule::Given, 1, rules.dimension, m, 1, 1000, "delay", "m"};
    }
    void useEmbedding(const EmbeddingChoice& c) { m = c.dimension; }

    bool operator==(const ApproximateEntropySettings&) const = default;
};

} // namespace nd
