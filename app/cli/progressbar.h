// A text progress bar on stderr for long CLI runs, drawn only when stderr is a terminal (so
// logs and pipes stay clean). Engine workers report through nd::Progress from any thread.
#pragma once

#include "common/progress.h"

#include <QString>

#include <mutex>

namespace nd::cli {

// The progress of a run (runplan.h): stages, one per computation, each reporting its own
// fraction. The CLI draws it (ProgressBar); the Python module reports it to a callback.
class RunProgress : public Progress {
public:
    // Starts a new stage at 0 with this label.
    virtual void start(const QString& label) = 0;
    // Completes the current stage.
    virtual void finish() = 0;
};

class ProgressBar : public RunProgress {
public:
    // enabled false: draws nothing (e.g. --quiet, other MPI ranks). Also off when stderr is
    // not a terminal.
    explicit ProgressBar(bool enabled);
    ~ProgressBar() override;

    // Starts a new stage; the bar restarts at 0 with this label.
    void start(const QString& label) override;
    void setProgress(double fraction) override;
    // Completes the current stage's line.
    void finish() override;

private:
    void draw(int percent);

    bool m_enabled;
    std::mutex m_mutex;
    QString m_label;
    int m_percent = -1;
    bool m_open = false;
};

} // namespace nd::cli
