// `neurodyn-cli import-ode FILE.ode [STUDY.json]`: an XPPAUT model as a new study (or as model
// text), with the report of the lines it could not translate on stderr. Main thread.
#pragma once

#include <QStringList>

namespace nd::cli {

// arguments: everything after "import-ode". Returns the process exit code.
int runImportOde(const QStringList& arguments);

} // namespace nd::cli
