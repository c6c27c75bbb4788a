# What `cmake --install` puts where, and the Debian package CPack makes of it (scripts/package.sh).
# Included at the end of the top-level CMakeLists.txt, once every target exists.
include(GNUInstallDirs)

set(CL_APP_ID io.github.concurrency_lab.ConcurrencyLab) # the desktop entry, metainfo and icon
set(CL_HOMEPAGE https://github.com/concurrency-lab/concurrency-lab)
set(CL_PACKAGE_MAINTAINER "Concurrency Lab developers <maintainers@concurrency-lab.invalid>"
    CACHE STRING "The Maintainer field of the Debian package")

# qt_standard_project_setup() gives executables the install RPATH $ORIGIN/../lib, for libraries
# of the project's own; it installs none, and the linker drops the build RPATH's placeholder (its
# libraries are all in the system's folders), so installing would fail to write one.
set_target_properties(concurrency-lab concurrency-lab-worker PROPERTIES INSTALL_RPATH "")
# The app finds its worker in its own folder, so the two sit side by side.
install(TARGETS concurrency-lab concurrency-lab-worker RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})

# The scripts are embedded in the app as well; these are for people to run and read.
if(NOT CL_LAB_PYTHON)
    message(FATAL_ERROR "CL_LAB_PYTHON (the lab's Python scripts, set by core/) is empty")
endif()
install(FILES ${CL_LAB_PYTHON} DESTINATION ${CMAKE_INSTALL_DATADIR}/concurrency-lab/python)

install(FILES ${PROJECT_SOURCE_DIR}/resources/${CL_APP_ID}.desktop
        DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${PROJECT_SOURCE_DIR}/resources/${CL_APP_ID}.metainfo.xml
        DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
# Scalable and 48/128/256 px, the PNGs rendered from the SVG once and committed.
install(DIRECTORY ${PROJECT_SOURCE_DIR}/resources/icons/hicolor DESTINATION ${CMAKE_INSTALL_DATADIR}/icons)

# Debian's policy: man pages gzipped with -9n (no name or time stamp, so the build is reproducible).
find_program(CL_GZIP gzip REQUIRED)
set(cl_man_source ${PROJECT_SOURCE_DIR}/docs/concurrency-lab.1)
set(cl_man_plain ${CMAKE_CURRENT_BINARY_DIR}/man/concurrency-lab.1)
add_custom_command(OUTPUT ${cl_man_plain}.gz
    COMMAND ${CMAKE_COMMAND} -E copy ${cl_man_source} ${cl_man_plain}
    COMMAND ${CL_GZIP} -9nf ${cl_man_plain}
    DEPENDS ${cl_man_source}
    COMMENT "Compressing the man page"
    VERBATIM)
add_custom_target(manpage ALL DEPENDS ${cl_man_plain}.gz)
install(FILES ${cl_man_plain}.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME concurrency-lab)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_VENDOR "Concurrency Lab developers")
set(CPACK_PACKAGE_CONTACT "${CL_PACKAGE_MAINTAINER}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "See why asyncio, threads and process pools win or lose")
# Debian's long description: lines under 80 characters, which CPack indents as the format wants.
string(JOIN "\n" CPACK_PACKAGE_DESCRIPTION
    "A Qt desktop app for workshops that teach concurrency in Python. It does the"
    "same work four ways (one task at a time, coroutines on one event loop, a pool"
    "of threads and a pool of worker processes) and charts the wall-clock time,"
    "the CPU use over time and a timeline of every task, in Thai or English."
    "The lab's Python scripts run in CPython beside the app's engine, on the same"
    "charts. The labs also run without a window, from the command line.")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)

# concurrency-lab_<version>_<arch>.deb
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION education)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE ${CL_HOMEPAGE})
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
# dpkg-shlibdeps names the libraries the executables link (Qt, libstdc++, libc) with their
# versions; listed here is what the linker cannot see: Qt draws Thai with libthai, which it opens
# at run time, in a font that has Thai.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "fonts-thai-tlwg, libthai0")
# CPython's runs and the scripts in /usr/share/concurrency-lab/python need it; the engine does not.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "python3 (>= 3.9)")

include(CPack)
