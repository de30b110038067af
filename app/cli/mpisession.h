// MPI for `neurodyn-cli run` under mpirun: initialised only when the process was started by
// an MPI launcher (so plain runs never touch MPI), rank and size, and gathering each rank's
// tile bytes on rank 0. Without MPI support in the build, a launch by mpirun is detected from
// the launcher's environment and refused with a message instead of running P copies.
#pragma once

#include <QByteArray>
#include <QString>

#include <vector>

namespace nd::cli {

class MpiSession {
public:
    MpiSession();
    ~MpiSession();
    MpiSession(const MpiSession&) = delete;
    MpiSession& operator=(const MpiSession&) = delete;

    // True when started by an MPI launcher (mpirun/srun with PMI/PMIx environment).
    static bool launchedByMpi();
    // Whether this binary was built with MPI.
    static bool available();

    int rank() const { return m_rank; }
    int size() const { return m_size; }
    // Empty when all is well; otherwise why MPI cannot be used.
    QString error() const { return m_error; }

    // Collective: every rank passes its bytes; rank 0 gets all of them in rank order, the
    // others an empty vector.
    std::vector<QByteArray> gather(const QByteArray& mine);
    // Collective: rank 0's flag reaches every rank (so all exit with the same status).
    bool broadcast(bool value);

private:
    int m_rank = 0;
    int m_size = 1;
    bool m_initialised = false;
    QString m_error;
};

} // namespace nd::cli
