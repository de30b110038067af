# NEURODYN_SANITIZE="address;undefined" or "thread": applied to every target of the build.
option(NEURODYN_SANITIZE_FAST_FLAGS "Sanitizer builds in RelWithDebInfo use -O1 -g1 instead of -O2 -g" ON)
if(NEURODYN_SANITIZE)
    list(JOIN NEURODYN_SANITIZE "," _nd_sanitizers)
    message(STATUS "NeuroDyn: building with -fsanitize=${_nd_sanitizers}")
    add_compile_options(-fsanitize=${_nd_sanitizers} -fno-omit-frame-pointer -fno-sanitize-recover=all)
    add_link_options(-fsanitize=${_nd_sanitizers})
    # Sanitizer builds exist to run the tests under the checkers, not to ship or profile: -O1
    # (what the sanitizers' own documentation advises) and line tables only (-g1, enough for
    # the reports' stack traces) halve their compile time (measured: tst_mainwindow.cpp 59 s ->
    # 29 s, basins.cpp 13 s -> 7 s under ASan + UBSan), which is most of CI's cold run.
    if(NEURODYN_SANITIZE_FAST_FLAGS)
        string(REPLACE "-O2" "-O1" CMAKE_CXX_FLAGS_RELWITHDEBINFO "${CMAKE_CXX_FLAGS_RELWITHDEBINFO}")
        string(REPLACE "-g" "-g1" CMAKE_CXX_FLAGS_RELWITHDEBINFO "${CMAKE_CXX_FLAGS_RELWITHDEBINFO}")
    endif()
endif()
# GCC 12's flow analysis sees through the sanitizer instrumentation and reports
# maybe-uninitialized inside libstdc++ (std::regex, std::function) where nothing is
# uninitialized, and -Wrestrict on std::string's memcpy with impossible sizes (2^63 bytes,
# GCC bug 105329); ASan itself checks the real thing at run time.
if(NEURODYN_SANITIZE AND CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
    add_compile_options(-Wno-maybe-uninitialized -Wno-restrict)
endif()
