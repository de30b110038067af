// What Study.run (study.cpp) and the analysis functions (analyses.cpp) share: a study run the
// way `neurodyn-cli run` runs it (the CLI's own result writers, app/cli/runplan.h), its files
// kept in memory and handed to Python as dicts: each result's JSON twin plus its CSV parsed
// into numpy arrays. Called with the GIL held; the run itself releases it (runLong).
#pragma once

// pybind11 (Python.h) before any Qt header: Qt defines `slots`, a member name of Python's.
#include "pycommon.h"

#include "modelhandle.h"

#include "cli/runplan.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace nd::python {

// The CSV text `neurodyn-cli run` writes, as {column name: values}: a column whose fields are
// all numbers (or empty: NaN) with at least one number is a float64 array, each field parsed
// exactly (std::from_chars, as Python's float() reads it); any other column is a list of str.
// Quoted fields (csvLine's quoting) are read back unquoted.
pyb::dict csvTable(const QByteArray& csv);

// Runs every result of the plan (the trajectory first unless the plan skips it, then each
// analysis present, as the CLI does) with the plan's threads, reporting progress as one rising fraction over
// all stages; KeyboardInterrupt stops it (runLong). Returns {result name: twin dict + "table"}; the extra CSV
// files of a result (orbit_diagram-points.csv, synchrony-order.csv, ...) are tables in its dict under their
// own names without ".csv" ("orbit_diagram-points").
pyb::dict runPlanInMemory(const cli::RunPlan& plan, pyb::handle progress);

// A plan of the model's study with `x0` (None: the model's initial state) and `analyses`
// ({section: settings}) read by the study file's own reader, so that wrong keys or values get
// the study file's messages (ValueError); old spellings are read and each note is a
// FutureWarning. The plan's bytes are the study file written for it.
cli::RunPlan planFromModel(const ModelHandle& model, pyb::handle x0, const QJsonObject& analyses);

// The study file's analysis sections, in the order the study reader lists them.
QStringList analysisSectionNames();

} // namespace nd::python
