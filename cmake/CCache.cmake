# Use ccache for the project's own sources when it is installed (CI relies on it).
find_program(NEURODYN_CCACHE ccache)
if(NEURODYN_CCACHE AND NOT CMAKE_CXX_COMPILER_LAUNCHER)
    set(CMAKE_CXX_COMPILER_LAUNCHER "${NEURODYN_CCACHE}")
endif()
