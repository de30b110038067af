# NEURODYN_SANITIZE="address;undefined" or "thread": applied to every target of the build.
if(NEURODYN_SANITIZE)
    list(JOIN NEURODYN_SANITIZE "," _nd_sanitizers)
    message(STATUS "NeuroDyn: building with -fsanitize=${_nd_sanitizers}")
    add_compile_options(-fsanitize=${_nd_sanitizers} -fno-omit-frame-pointer -fno-sanitize-recover=all)
    add_link_options(-fsanitize=${_nd_sanitizers})
endif()
