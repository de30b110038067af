# MPI scale-out of neurodyn-cli (Open MPI from Debian: libopenmpi-dev, openmpi-bin).
# NEURODYN_MPI defaults to ON when MPI for C++ is found; forcing it ON without MPI is an error.
# nd_enable_mpi(TARGET) links MPI and defines NEURODYN_HAVE_MPI for that target.
find_package(MPI QUIET COMPONENTS CXX)
option(NEURODYN_MPI "Build neurodyn-cli with MPI (mpirun splits orbit diagrams and scans)" ${MPI_CXX_FOUND})
if(NEURODYN_MPI AND NOT MPI_CXX_FOUND)
    message(FATAL_ERROR "NEURODYN_MPI is ON but no MPI for C++ was found (install libopenmpi-dev)")
endif()
message(STATUS "neurodyn-cli MPI support: ${NEURODYN_MPI}")

function(nd_enable_mpi target)
    if(NEURODYN_MPI)
        target_link_libraries(${target} PRIVATE MPI::MPI_CXX)
        target_compile_definitions(${target} PRIVATE NEURODYN_HAVE_MPI=1)
    endif()
endfunction()
