// The JSON of a recurrence quantification and of the embedding choices, one writer for
// `neurodyn-cli measure rqa` / `measure embedding` (a CSV column) and for `run`'s rqa.json /
// embedding.json (the study's trajectory), so the same series gives the same keys and values
// either way. Every output names the delay and dimension rules it used ("tau_rule", "m_rule";
// "delay.rule"). Main thread or any thread (pure functions).
#pragma once

#include "compute/recurrencecompute.h"

#include <QJsonObject>

namespace nd::cli {

// RR, DET, L_max, L_mean, ENTR, LAM, TT, V_max (null with "reasons" where undefined), the
// counts, line histograms, "settings" (m and tau as used, with their rules), the choices made
// ("delay_choice", "dimension_choice") and "conventions"; windows as arrays under "windows". An
// embedding rule that chose nothing leaves DET null with the "reason".
void insertRqa(const compute::RqaComputation& c, QJsonObject& out);

// "delay" (value, rule, curves), "fnn" and "cao" (dimension, curves, reasons), "sd",
// "distance_evaluations", "conventions" and "settings".
void insertEmbedding(const compute::EmbeddingComputation& c, QJsonObject& out);

// "delay_choice" {value, rule ("ami: first minimum", ...), conventions, independence_level with
// ami} and "dimension_choice" {value, rule ("fnn", "cao: plateau", ...), delay, conventions} of
// the numbers the embedding rules chose (nothing for given numbers); every measure that embeds a
// series writes its choice through this.
void insertEmbeddingChoice(const EmbeddingChoice& c, QJsonObject& out);

// The measures of one RQA result as the JSON names them (kRqaScalars), null where undefined.
void insertRqaMeasures(const RqaResult& r, QJsonObject& out);

} // namespace nd::cli
