# nd_add_test(NAME [SERIAL] SOURCES... LIBS... [LABELS ...])
# Builds one QtTest executable and registers it with ctest. Every test gets the offscreen
# platform so GUI tests need no display. Label "threaded" marks tests the ThreadSanitizer
# build runs; label "gui" marks tests that need the widgets. SERIAL: ctest runs the test
# alone (tests that time the event loop must not share the cores with another test).
# The time limits are there to end a hung test, not a slow one: sanitized code runs several
# times slower (more on a loaded machine), so sanitizer builds get three times the limits.
# The target nd_threaded_tests builds only the tests labelled "threaded": the ThreadSanitizer
# stage of scripts/test.sh builds that target instead of the whole tree.
if(NOT TARGET nd_threaded_tests)
    add_custom_target(nd_threaded_tests)
endif()
function(nd_add_test name)
    cmake_parse_arguments(arg "SERIAL" "" "SOURCES;LIBS;LABELS" ${ARGN})
    add_executable(${name} ${arg_SOURCES})
    target_link_libraries(${name} PRIVATE Qt6::Test neurodyn_warnings ${arg_LIBS})
    # Headers several test folders share (tests/typedmaps.h).
    target_include_directories(${name} PRIVATE ${PROJECT_SOURCE_DIR}/tests)
    add_test(NAME ${name} COMMAND ${name})
    set(timeout 300)
    if(NEURODYN_SANITIZE)
        set(timeout 900)
    endif()
    math(EXPR function_timeout_ms "${timeout} * 800")
    # Tests that share the cores with another test compute at normal priority: the GUI's
    # default nice value 10 gives a job about a tenth of a core beside another busy process,
    # and under the sanitizers a 10 s study then took more than 120 s. SERIAL tests keep the
    # default, they measure how the event loop fares against niced computation. Typed models
    # compiled by tests go to the build tree, never to the user's cache.
    set(compute_nice 0)
    if(arg_SERIAL)
        set(compute_nice 10)
    endif()
    set_tests_properties(${name} PROPERTIES
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;LC_ALL=C;QTEST_FUNCTION_TIMEOUT=${function_timeout_ms};NEURODYN_COMPUTE_NICE=${compute_nice};NEURODYN_CACHE_DIR=${CMAKE_BINARY_DIR}/typed-model-cache"
        LABELS "${arg_LABELS}"
        TIMEOUT ${timeout})
    # GUI tests run typed models on the interpreter: they test the window, not the backend, and
    # with the system compiler every GUI test process that opens a typed model would compile
    # and load it (seconds under the sanitizers). The compiled backend has its own tests
    # (tst_nativemodels, tst_typedorbit, tst_typedstudies, tst_cli_typedcompile).
    if("gui" IN_LIST arg_LABELS)
        set_property(TEST ${name} APPEND PROPERTY ENVIRONMENT "NEURODYN_CXX=neurodyn-no-compiler-in-gui-tests")
    endif()
    if("threaded" IN_LIST arg_LABELS)
        add_dependencies(nd_threaded_tests ${name})
    endif()
    if(arg_SERIAL)
        set_tests_properties(${name} PROPERTIES RUN_SERIAL TRUE)
    endif()
endfunction()
