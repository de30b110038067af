// rqa and embedding results of `neurodyn-cli run`: rqa.csv / rqa.json and embedding.csv /
// embedding.json (+ embedding-delay.csv with the mutual-information and autocorrelation curves
// when the delay was chosen), the JSON written by the measure commands' own writer
// (recurrencejson.h), then the figures. Main thread.
#pragma once

#include "cli/runplan.h"

namespace nd::cli {

bool writeRqa(const RunContext& context, QString& error);       // rqa
bool writeEmbedding(const RunContext& context, QString& error); // embedding (+ embedding-delay.csv)

} // namespace nd::cli
