#include "cli/mpisession.h"

#include <QCoreApplication>

#include <algorithm>
#include <cstdlib>

#ifdef NEURODYN_HAVE_MPI
#include <mpi.h>
#endif

namespace nd::cli {

bool MpiSession::launchedByMpi()
{
    for (const char* name : {"OMPI_COMM_WORLD_SIZE", "PMI_SIZE", "PMIX_RANK", "MPI_LOCALNRANKS"})
        if (std::getenv(name))
            return true;
    return false;
}

bool MpiSession::available()
{
#ifdef NEURODYN_HAVE_MPI
    return true;
#else
    return false;
#endif
}

MpiSession::MpiSession()
{
    if (!launchedByMpi())
        return;
#ifdef NEURODYN_HAVE_MPI
    int provided = 0;
    if (MPI_Init_thread(nullptr, nullptr, MPI_THREAD_FUNNELED, &provided) != MPI_SUCCESS) {
        m_error = QCoreApplication::translate("MpiSession", "MPI_Init failed");
        return;
    }
    m_initialised = true;
    MPI_Comm_rank(MPI_COMM_WORLD, &m_rank);
    MPI_Comm_size(MPI_COMM_WORLD, &m_size);
#else
    const char* size = std::getenv("OMPI_COMM_WORLD_SIZE");
    if (size && std::atoi(size) > 1)
        m_error = QCoreApplication::translate("MpiSession",
                                              "started by mpirun with %1 processes, but this neurodyn-cli was "
                                              "built without MPI (configure with -DNEURODYN_MPI=ON)")
                      .arg(QString::fromLatin1(size));
#endif
}

MpiSession::~MpiSession()
{
#ifdef NEURODYN_HAVE_MPI
    if (m_initialised)
        MPI_Finalize();
#endif
}

std::vector<QByteArray> MpiSession::gather(const QByteArray& mine)
{
#ifdef NEURODYN_HAVE_MPI
    if (m_initialised && m_size > 1) {
        // Sizes first (64-bit), then each rank's bytes in chunks below INT_MAX.
        long long length = mine.size();
        std::vector<long long> lengths(static_cast<std::size_t>(m_size));
        MPI_Gather(&length, 1, MPI_LONG_LONG, lengths.data(), 1, MPI_LONG_LONG, 0, MPI_COMM_WORLD);
        std::vector<QByteArray> all;
        if (m_rank != 0) {
            constexpr long long chunk = 1 << 30;
            for (long long off = 0; off < length; off += chunk)
                MPI_Send(mine.constData() + off, static_cast<int>(std::min(chunk, length - off)), MPI_BYTE, 0, 7,
                         MPI_COMM_WORLD);
            return all;
        }
        all.push_back(mine);
        for (int r = 1; r < m_size; ++r) {
            QByteArray bytes(static_cast<qsizetype>(lengths[static_cast<std::size_t>(r)]), Qt::Uninitialized);
            constexpr long long chunk = 1 << 30;
            for (long long off = 0; off < bytes.size(); off += chunk)
                MPI_Recv(bytes.data() + off, static_cast<int>(std::min<long long>(chunk, bytes.size() - off)),
                         MPI_BYTE, r, 7, MPI_COMM_WORLD, MPI_STATUS_IGNORE);
            all.push_back(std::move(bytes));
        }
        return all;
    }
#endif
    return {mine};
}

bool MpiSession::broadcast(bool value)
{
#ifdef NEURODYN_HAVE_MPI
    if (m_initialised && m_size > 1) {
        int v = value ? 1 : 0;
        MPI_Bcast(&v, 1, MPI_INT, 0, MPI_COMM_WORLD);
        return v != 0;
    }
#endif
    return value;
}

} // namespace nd::cli
