// `neurodyn-cli examples` lists the built-in example studies (compiled into the binary from
// resources/examples); `neurodyn-cli example NAME [FILE]` writes one as a study file.
#pragma once

#include <QStringList>

namespace nd::cli {

// arguments: everything after "examples" / "example". Return the process exit code.
int runExamples(const QStringList& arguments);
int runExample(const QStringList& arguments);

// Names of the built-in examples (file names without ".json"), sorted.
QStringList exampleNames();
// The example's study file bytes; empty when there is no such example.
QByteArray exampleBytes(const QString& name);

} // namespace nd::cli
