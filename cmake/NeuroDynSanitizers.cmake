# NEURODYN_SANITIZE="address;undefined" or "thread": applied to every target of the build.
if(NEURODYN_SANITIZE)
    list(JOIN NEURODYN_SANITIZE "," _nd_sanitizers)
    message(STATUS "NeuroDyn: building with -fsanitize=${_nd_sanitizers}")
    add_compile_options(-fsanitize=${_nd_sanitizers} -fno-omit-frame-pointer -fno-sanitize-recover=all)
    add_link_options(-fsanitize=${_nd_sanitizers})
endif()
# GCC 12's flow analysis sees through the sanitizer instrumentation and reports
# maybe-uninitialized inside libstdc++ (std::regex, std::function) where nothing is
# uninitialized, and -Wrestrict on std::string's memcpy with impossible sizes (2^63 bytes,
# GCC bug 105329); ASan itself checks the real thing at run time.
if(NEURODYN_SANITIZE AND CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
    add_compile_options(-Wno-maybe-uninitialized -Wno-restrict)
endif()
