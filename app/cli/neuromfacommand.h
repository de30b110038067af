// `neurodyn-cli neuromfa [options] CHECKPOINT...`: NeuroMFA over a model's training (issue 22
// point 3): the neuron interaction networks of each checkpoint (.safetensors, .npz, .npy or
// folders of them; the step is read from the file names), their multifractal spectra and the
// degree of emergence, written to --out DIR as neuromfa.json (every setting and the method
// stated), CSV tables and, in builds with figures, the EmergenceView's plots. Main thread.
#pragma once

#include <QStringList>

namespace nd::cli {

// arguments: everything after "neuromfa". Returns the process exit code.
int runNeuroMfa(const QStringList& arguments);

} // namespace nd::cli
