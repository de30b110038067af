// Text export of continuation branches: CSV (one row per point, special points labelled in a
// column) and JSON (hand-written, stable key order, for study result twins and scripts).
// Pure functions of the branch; any thread may call them. Writing files is the caller's job.
#pragma once

#include "continuation/branch.h"

#include <string>

namespace nd {

// Columns: index, the parameters by name, the state variables by name, for each multiplier
// mu<i>_re, mu<i>_im, then max_abs_mu, stable (0/1), label (empty unless a special point).
// Numbers with 17 significant digits, '.' as decimal separator whatever the locale.
std::string branchToCsv(const Branch& branch);

// {"format": "neurodyn-branch", "version": 1, "kind", "model", "period", "parameters",
//  "variables", "stop": {"reason", "message"}, "conventions", "points": [{"parameters",
//  "state", "multipliers": [[re, im], ...], "stable"}], "special_points": [{"label",
//  "description", "index", "parameters", "state", "multipliers", "rotation_angle" (null if
//  none), "test_value"}]}
std::string branchToJson(const Branch& branch);

} // namespace nd
