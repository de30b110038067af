# Warning flags for the project's own targets (not for third-party headers, which are
# included as SYSTEM through their imported targets).
add_library(neurodyn_warnings INTERFACE)
target_compile_options(neurodyn_warnings INTERFACE
    $<$<CXX_COMPILER_ID:GNU,Clang>:-Wall -Wextra -Wpedantic>
    $<$<AND:$<CXX_COMPILER_ID:GNU,Clang>,$<BOOL:${NEURODYN_WERROR}>>:-Werror>)
if(NEURODYN_NATIVE)
    target_compile_options(neurodyn_warnings INTERFACE -march=native)
endif()
