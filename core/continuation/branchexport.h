// Text export of continuation branches: CSV (one row per point, special points labelled in a
// column) and JSON (hand-written, stable key order, for study result twins and scripts).
// Pure functions of the branch; any thread may call them. Writing files is the caller's job.
#pragma once

#include "continuation/branch.h"

#include <string>

namespace nd {

// Columns: index, the parameters by name, the state variables by name, for each multiplier
// mu<i>_re, mu<i>_im, then max_abs_mu, stable (0/1), label (empty unless a special point),
// coefficient and verdict (the criticality of an LP, PD or NS point; empty elsewhere).
// Numbers with 17 significant digits, '.' as decimal separator whatever the locale.
std::string branchToCsv(const Branch& branch);

// {"format": "neurodyn-branch", "version": 1, "kind", "model", "period", "parameters",
//  "variables", "stop": {"reason", "message"}, "conventions", "points": [{"parameters",
//  "state", "multipliers": [[re, im], ...], "stable"}], "special_points": [{"label",
//  "description", "index", "parameters", "state", "multipliers", "rotation_angle" (null if
//  none), "test_value", "coefficient" (the normal-form coefficient, null if undefined or not
//  computed), "verdict" ("supercritical", "subcritical", "nondegenerate", "degenerate",
//  "undefined"; null where not computed: BP, points of curves), "normal_form" (which normal form,
//  normalisation and sign convention), "verdict_reason" (why undefined / degenerate, the
//  resonance note; null if none), "resonance" ("1:q" for an NS near a strong resonance, else
//  null)}]}
std::string branchToJson(const Branch& branch);

} // namespace nd
