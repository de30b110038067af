# Finds what the Python module needs and sets NEURODYN_PYTHON_ENABLED.
#
# The interpreter is Debian's /usr/bin/python3 unless Python_EXECUTABLE says otherwise: it is
# the one python3-numpy, python3-pytest and python3-matplotlib install into (a pyenv or conda
# python3 earlier on PATH has none of them). The module is built for that interpreter's version
# (its ABI tag, e.g. cpython-311); scripts/install-python.sh installs it.
#
# A module links the engine's static libraries, so everything is compiled position-independent
# when the module is built (-fno-semantic-interposition keeps calls inside a library as direct,
# inlinable calls, as in the executables).
set(NEURODYN_PYTHON_ENABLED OFF)
if(NOT NEURODYN_BUILD_PYTHON STREQUAL "OFF" AND NOT NEURODYN_SANITIZE AND NOT NEURODYN_FUZZ)
    if(NOT DEFINED Python_EXECUTABLE AND EXISTS /usr/bin/python3)
        set(Python_EXECUTABLE /usr/bin/python3)
    endif()
    find_package(Python 3.9 COMPONENTS Interpreter Development.Module)
    set(_nd_numpy_found FALSE)
    if(Python_FOUND)
        execute_process(COMMAND ${Python_EXECUTABLE} -c "import numpy"
            RESULT_VARIABLE _nd_numpy_result OUTPUT_QUIET ERROR_QUIET)
        if(_nd_numpy_result EQUAL 0)
            set(_nd_numpy_found TRUE)
        endif()
        find_package(pybind11 2.6 CONFIG QUIET)
    endif()
    if(Python_FOUND AND pybind11_FOUND AND _nd_numpy_found)
        set(NEURODYN_PYTHON_ENABLED ON)
        set(CMAKE_POSITION_INDEPENDENT_CODE ON)
        add_compile_options(-fno-semantic-interposition)
        message(STATUS "Python module: on (${Python_EXECUTABLE}, pybind11 ${pybind11_VERSION})")
    elseif(NEURODYN_BUILD_PYTHON STREQUAL "ON")
        message(FATAL_ERROR "NEURODYN_BUILD_PYTHON=ON needs pybind11 (pybind11-dev), Python's headers "
                            "(python3-dev) and numpy (python3-numpy); scripts/install-deps.sh installs them")
    else()
        message(STATUS "Python module: off (needs pybind11-dev, python3-dev and python3-numpy)")
    endif()
endif()
