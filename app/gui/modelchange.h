// Carrying a study over to another model or to other structural settings of its model (the
// model editor's edits). Pure functions on Study values; any thread may call them.
#pragma once

#include "study/study.h"

namespace nd {

// The study with model (type, settings). Another model type starts from that model's
// defaults (Study::defaultsFor) and keeps only the title. The same type with other settings
// (N, node maps, topology, overrides, ...) keeps every parameter value, and every initial
// value whose state variable still exists (matched by name, e.g. x3), taking the new model's
// defaults for the rest; view and analysis choices that name a parameter or variable the
// model no longer has fall back to defaults. Throws InputError with the engine's message when
// the model cannot be built.
Study studyWithModel(const Study& from, const std::string& type, const Settings& settings);

// The study with other linked parameters: every parameter value the model then holds (a new
// link starts where its first target stands; a removed link's targets keep their values), and
// an orbit diagram, scan axis or continuation over a removed link falls back to the first
// parameter (as after a structural edit). Throws InputError
// with the engine's message for links the model refuses.
Study studyWithLinks(const Study& from, const std::vector<ParameterLink>& links);

// The study with the typed model `text` (model language, core/equations/modelsource.h), from a
// typed model or any other. One owner for each value: the study's. A parameter or initial
// value keeps the study's value (where a slider left it) unless its text changed: a `par`
// or `var` value typed anew (or a new name) is the value the user means, so it takes it.
// Throws EquationError (an InputError) for a text the language refuses.
Study studyWithDefinition(const Study& from, const std::string& text);

// The model text File > New Typed Model starts from: the Chialvo map, typed.
std::string typedModelTemplate();

// Drops the per-node overrides (node<i>.<name>) that no longer fit a network preset, because
// node i is gone or its map has no such parameter: after N or the node maps changed they
// would make the whole structure invalid. Returns settings unchanged when the structure
// without overrides cannot be built (then the engine's message about that is the one to show).
Settings withoutStaleOverrides(const std::string& type, const Settings& settings);

} // namespace nd
