// Migration of study files written by older versions of NeuroDyn, one step per schema
// version, applied to the parsed JSON before it is read (so the reader knows only the current
// schema). Steps may need the model (e.g. to turn variable numbers into names). Any thread.
//
// Schema history:
//   1  the first format; analyses.orbit_diagram names its variable by number; neurodyn-cli
//      also read an analyses.parameter_scan section with a numbered "variable".
//   2  every analysis of the engine has a section; variables are named ("x", "x3"); the orbit
//      diagram's observable and initial-state policy are objects of their own.
//   3  synchrony conventions are named and explicit: analyses.synchrony and
//      analyses.parameter_scan have "correlation" (hub | all-pairs | ring-neighbours; 2 meant
//      all-pairs) and "phases" (spike | centred | arctan | hilbert | given; 2's "spikes" and
//      "geometric" are spike and centred); the scan measures kuramoto_spike and kuramoto_phase
//      are "kuramoto" with spike or given phases. The chain's couplings are 1-based
//      ("s01" -> "sigma_12", "s10" -> "sigma_21"; node 2 acts on node 1 through sigma_12).
//      The orbit diagram is an optional section like the others: schema 2's
//      `"enabled": false` (a section switched off, its settings kept) becomes no section.
//   4  typed models: a model of type "equations" with kind, variables, parameters (objects with
//      value, min, max, ...), functions, auxiliary and equations (study/equationsjson.h). Files
//      of schema 3 need no change (they cannot hold a typed model).
#pragma once

#include "model/model.h"

#include <QJsonObject>
#include <QString>

namespace nd {

// Migrates root (a study of schema `version`) to the current schema in place. False with a
// message naming the field when an old file holds something the old reader refused too.
bool migrateStudyJson(QJsonObject& root, int version, const Model& model, QString& error);

} // namespace nd
