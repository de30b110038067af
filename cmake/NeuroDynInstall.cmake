# Install rules: `cmake --install build --prefix PREFIX` after a full build (the default target
# builds the icons and man pages installed here). Directories follow GNUInstallDirs:
#   bin/                          neurodyn, neurodyn-cli (neurodyn-bench with NEURODYN_INSTALL_BENCH)
#   lib/neurodyn/                 the private Qwt (scripts/build-qwt.sh) with its SONAME links;
#                                 nothing when Qwt is a system library
#   share/applications/           the desktop entry          share/metainfo/  AppStream metainfo
#   share/mime/packages/          the study MIME type        share/man/man1/  both man pages
#   share/icons/hicolor/          SVG and PNGs rendered at build time from the same SVG
#   lib/python3/dist-packages/    the Python module, when built (python/CMakeLists.txt)
# The translations and the example studies are compiled into the binaries (Qt resources): there
# is nothing of them to install. The binaries find the private Qwt through a relative RPATH, so
# the installed tree can be moved anywhere and runs without the build folder.
include(GNUInstallDirs)

option(NEURODYN_INSTALL_BENCH "Install neurodyn-bench with the applications" OFF)

# The one id of the desktop application: desktop file, AppStream component and the desktop file
# name the GUI gives Qt (app/gui/main.cpp) must agree.
set(NEURODYN_APP_ID "io.github.neurodyn.NeuroDyn")
set(NEURODYN_PRIVATE_LIBDIR "${CMAKE_INSTALL_LIBDIR}/neurodyn")

set(_nd_installed_programs neurodyn-cli)
if(NEURODYN_BUILD_GUI)
    list(APPEND _nd_installed_programs neurodyn)
endif()
if(NEURODYN_INSTALL_BENCH)
    if(NOT TARGET neurodyn-bench)
        message(FATAL_ERROR "NEURODYN_INSTALL_BENCH needs neurodyn-bench: NEURODYN_BUILD_TESTS and NEURODYN_BUILD_BENCH on")
    endif()
    list(APPEND _nd_installed_programs neurodyn-bench)
endif()
install(TARGETS ${_nd_installed_programs} RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})

# The private Qwt goes beside NeuroDyn, found from bin/ through $ORIGIN; a system Qwt (in a
# directory the linker searches anyway) is the system's business. The install RPATH is only
# this relative path: nothing installed names the Qwt cache, the build or the source folder.
# Without a private Qwt the programs get none (not qt_standard_project_setup's $ORIGIN/../lib:
# Qt is a system library here, and Debian frowns on a search path nothing needs).
set_target_properties(${_nd_installed_programs} PROPERTIES INSTALL_RPATH "")
if(NEURODYN_BUILD_GUI AND QWT6_LIBRARY_DIR)
    list(FIND CMAKE_CXX_IMPLICIT_LINK_DIRECTORIES "${QWT6_LIBRARY_DIR}" _nd_qwt_system)
    if(_nd_qwt_system EQUAL -1)
        get_filename_component(_nd_qwt_name "${QWT6_LIBRARY}" NAME)
        # libqwt.so.6.3.0 and its SONAME links (installed as links); not the bare libqwt.so,
        # which only the linker wants.
        file(GLOB _nd_qwt_files "${QWT6_LIBRARY_DIR}/${_nd_qwt_name}.*")
        if(NOT _nd_qwt_files)
            message(FATAL_ERROR "No shared library ${_nd_qwt_name}.* beside ${QWT6_LIBRARY} to install")
        endif()
        install(FILES ${_nd_qwt_files} DESTINATION ${NEURODYN_PRIVATE_LIBDIR})
        file(RELATIVE_PATH _nd_bin_to_lib "/prefix/${CMAKE_INSTALL_BINDIR}" "/prefix/${NEURODYN_PRIVATE_LIBDIR}")
        foreach(_nd_program ${_nd_installed_programs})
            set_target_properties(${_nd_program} PROPERTIES INSTALL_RPATH "$ORIGIN/${_nd_bin_to_lib}")
        endforeach()
    endif()
endif()

# Man pages made from the programs' own --help at build time (tools/manpage.sh). In a sanitizer
# build a leak report at exit must not fail the build of a man page (the tests look for leaks).
set(_nd_man_dir "${CMAKE_BINARY_DIR}/man")
set(_nd_man_pages)
function(_nd_man_page program summary)
    add_custom_command(OUTPUT ${_nd_man_dir}/${program}.1
        COMMAND ${CMAKE_COMMAND} -E make_directory ${_nd_man_dir}
        COMMAND ${CMAKE_COMMAND} -E env ASAN_OPTIONS=detect_leaks=0
            sh ${PROJECT_SOURCE_DIR}/tools/manpage.sh ${_nd_man_dir}/${program}.1
            $<TARGET_FILE:${program}> ${program} ${PROJECT_VERSION} ${summary}
        DEPENDS ${program} ${PROJECT_SOURCE_DIR}/tools/manpage.sh
        COMMENT "Writing the man page of ${program} from its --help"
        VERBATIM)
endfunction()
_nd_man_page(neurodyn-cli "run NeuroDyn studies and analyses without a display")
list(APPEND _nd_man_pages ${_nd_man_dir}/neurodyn-cli.1)
if(NEURODYN_BUILD_GUI)
    _nd_man_page(neurodyn "explore the nonlinear dynamics of neuron networks")
    list(APPEND _nd_man_pages ${_nd_man_dir}/neurodyn.1)
endif()
add_custom_target(neurodyn_man_pages ALL DEPENDS ${_nd_man_pages})
install(FILES ${_nd_man_pages} DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)

if(NEURODYN_BUILD_GUI)
    # The icon: the SVG as it is and PNGs at the hicolor theme's usual sizes, rendered from it
    # by a small Qt Svg tool at build time.
    set(_nd_icon_svg "${PROJECT_SOURCE_DIR}/resources/icons/neurodyn.svg")
    set(_nd_icon_dir "${CMAKE_BINARY_DIR}/icons/hicolor")
    set(_nd_icon_sizes 16 24 32 48 64 128 256)
    add_executable(neurodyn-rendericon ${PROJECT_SOURCE_DIR}/tools/rendericon.cpp)
    target_link_libraries(neurodyn-rendericon PRIVATE Qt6::Gui Qt6::Svg neurodyn_warnings)
    set(_nd_icon_pngs)
    foreach(_nd_size ${_nd_icon_sizes})
        list(APPEND _nd_icon_pngs "${_nd_icon_dir}/${_nd_size}x${_nd_size}/apps/neurodyn.png")
    endforeach()
    add_custom_command(OUTPUT ${_nd_icon_pngs}
        COMMAND neurodyn-rendericon ${_nd_icon_svg} ${_nd_icon_dir} ${_nd_icon_sizes}
        DEPENDS neurodyn-rendericon ${_nd_icon_svg}
        COMMENT "Rendering the application icon into PNGs"
        VERBATIM)
    add_custom_target(neurodyn_icons ALL DEPENDS ${_nd_icon_pngs})
    foreach(_nd_size ${_nd_icon_sizes})
        install(FILES "${_nd_icon_dir}/${_nd_size}x${_nd_size}/apps/neurodyn.png"
            DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${_nd_size}x${_nd_size}/apps)
    endforeach()
    install(FILES ${_nd_icon_svg} DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)

    # Desktop entry, study MIME type and AppStream metainfo (version and date from CMake).
    configure_file(${PROJECT_SOURCE_DIR}/resources/${NEURODYN_APP_ID}.metainfo.xml.in
        ${CMAKE_BINARY_DIR}/${NEURODYN_APP_ID}.metainfo.xml @ONLY)
    install(FILES ${PROJECT_SOURCE_DIR}/resources/${NEURODYN_APP_ID}.desktop
        DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
    install(FILES ${PROJECT_SOURCE_DIR}/resources/neurodyn-mime.xml
        DESTINATION ${CMAKE_INSTALL_DATADIR}/mime/packages RENAME neurodyn.xml)
    install(FILES ${CMAKE_BINARY_DIR}/${NEURODYN_APP_ID}.metainfo.xml
        DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
endif()

if(NEURODYN_BUILD_TESTS)
    # The version the programs print is project(VERSION), the one the metainfo and the man pages
    # are made with.
    string(REPLACE "." "\\." _nd_version_regex "${PROJECT_VERSION}")
    add_test(NAME install_cli_version COMMAND neurodyn-cli --version)
    set_tests_properties(install_cli_version PROPERTIES LABELS app
        PASS_REGULAR_EXPRESSION "^neurodyn-cli ${_nd_version_regex}\n$")
    if(NEURODYN_BUILD_GUI)
        add_test(NAME install_gui_version COMMAND neurodyn --version)
        set_tests_properties(install_gui_version PROPERTIES LABELS app ENVIRONMENT "LC_ALL=C"
            PASS_REGULAR_EXPRESSION "^NeuroDyn ${_nd_version_regex}\n$")
        # The desktop entry and the metainfo validate where the validators are installed
        # (desktop-file-utils, appstream): no errors, warnings or hints.
        find_program(NEURODYN_DESKTOP_FILE_VALIDATE desktop-file-validate)
        if(NEURODYN_DESKTOP_FILE_VALIDATE)
            add_test(NAME install_desktop_file COMMAND ${NEURODYN_DESKTOP_FILE_VALIDATE}
                ${PROJECT_SOURCE_DIR}/resources/${NEURODYN_APP_ID}.desktop)
            set_tests_properties(install_desktop_file PROPERTIES LABELS app
                FAIL_REGULAR_EXPRESSION "(error|warning|hint):")
        endif()
        find_program(NEURODYN_APPSTREAMCLI appstreamcli)
        if(NEURODYN_APPSTREAMCLI)
            add_test(NAME install_metainfo COMMAND ${NEURODYN_APPSTREAMCLI} validate --no-net
                ${CMAKE_BINARY_DIR}/${NEURODYN_APP_ID}.metainfo.xml)
            set_tests_properties(install_metainfo PROPERTIES LABELS app)
        endif()
    endif()
endif()
