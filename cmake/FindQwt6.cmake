# Finds Qwt 6.x built against Qt 6 and provides the imported target Qwt6::Qwt.
#
# Search order:
#   1. QWT_ROOT (CMake or environment variable): a Qwt install prefix (lib/ and include/).
#   2. A system Qwt for Qt 6 (library named qwt-qt6, as Fedora and Debian >= 13 ship it).
#   3. The cache that scripts/build-qwt.sh fills: $NEURODYN_CACHE, else
#      $XDG_CACHE_HOME/neurodyn, else ~/.cache/neurodyn, folder qwt-6.3.0-qt6.
# A plain "libqwt" on the system path is not taken: on most distributions it is the Qt 5 build.
# Qwt's pkg-config file lists Qt 5 modules, so it is not used.

set(_qwt_prefixes)
if(QWT_ROOT)
    list(APPEND _qwt_prefixes "${QWT_ROOT}")
elseif(DEFINED ENV{QWT_ROOT})
    list(APPEND _qwt_prefixes "$ENV{QWT_ROOT}")
endif()
if(DEFINED ENV{NEURODYN_CACHE})
    set(_qwt_cache "$ENV{NEURODYN_CACHE}")
elseif(DEFINED ENV{XDG_CACHE_HOME})
    set(_qwt_cache "$ENV{XDG_CACHE_HOME}/neurodyn")
else()
    set(_qwt_cache "$ENV{HOME}/.cache/neurodyn")
endif()

if(_qwt_prefixes)
    find_library(QWT6_LIBRARY NAMES qwt qwt-qt6 PATHS ${_qwt_prefixes} PATH_SUFFIXES lib lib64 NO_DEFAULT_PATH)
    find_path(QWT6_INCLUDE_DIR qwt_plot.h PATHS ${_qwt_prefixes} PATH_SUFFIXES include include/qwt NO_DEFAULT_PATH)
endif()
if(NOT QWT6_LIBRARY)
    find_library(QWT6_LIBRARY NAMES qwt-qt6)
    if(QWT6_LIBRARY)
        find_path(QWT6_INCLUDE_DIR qwt_plot.h PATH_SUFFIXES qwt-qt6 qt6/qwt qwt6-qt6 qwt)
    endif()
endif()
if(NOT QWT6_LIBRARY)
    find_library(QWT6_LIBRARY NAMES qwt PATHS "${_qwt_cache}/qwt-6.3.0-qt6/lib" NO_DEFAULT_PATH)
    find_path(QWT6_INCLUDE_DIR qwt_plot.h PATHS "${_qwt_cache}/qwt-6.3.0-qt6/include" NO_DEFAULT_PATH)
endif()

if(QWT6_INCLUDE_DIR AND EXISTS "${QWT6_INCLUDE_DIR}/qwt_global.h")
    file(STRINGS "${QWT6_INCLUDE_DIR}/qwt_global.h" _qwt_ver REGEX "^#define QWT_VERSION_STR")
    string(REGEX REPLACE ".*\"([0-9.]+)\".*" "\\1" Qwt6_VERSION "${_qwt_ver}")
endif()

include(FindPackageHandleStandardArgs)
find_package_handle_standard_args(Qwt6
    REQUIRED_VARS QWT6_LIBRARY QWT6_INCLUDE_DIR
    VERSION_VAR Qwt6_VERSION
    FAIL_MESSAGE "Qwt for Qt 6 not found: run scripts/build-qwt.sh (Debian) or pass -DQWT_ROOT=<prefix>")

if(Qwt6_FOUND AND NOT TARGET Qwt6::Qwt)
    add_library(Qwt6::Qwt SHARED IMPORTED)
    set_target_properties(Qwt6::Qwt PROPERTIES
        IMPORTED_LOCATION "${QWT6_LIBRARY}"
        INTERFACE_INCLUDE_DIRECTORIES "${QWT6_INCLUDE_DIR}"
        INTERFACE_SYSTEM_INCLUDE_DIRECTORIES "${QWT6_INCLUDE_DIR}"
        INTERFACE_COMPILE_DEFINITIONS QWT_DLL
        INTERFACE_LINK_LIBRARIES "Qt6::Widgets;Qt6::Svg;Qt6::PrintSupport;Qt6::Concurrent")
    get_filename_component(QWT6_LIBRARY_DIR "${QWT6_LIBRARY}" DIRECTORY)
    # Executables in the build tree find the library without LD_LIBRARY_PATH. Installed ones
    # get a relative RPATH to their own copy of a private Qwt (cmake/NeuroDynInstall.cmake),
    # never this folder.
    list(APPEND CMAKE_BUILD_RPATH "${QWT6_LIBRARY_DIR}")
endif()
mark_as_advanced(QWT6_LIBRARY QWT6_INCLUDE_DIR)
