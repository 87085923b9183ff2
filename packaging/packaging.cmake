# Installation of everything besides the executables (app/CMakeLists.txt installs those), and CPack: a
# .deb that depends on the system's Qt (dependencies computed by dpkg-shlibdeps) and a .tar.gz.
#   cmake --build build && (cd build && cpack)
# packaging/README.md says what goes where.
include(GNUInstallDirs)

# One id names the desktop file, the AppStream metainfo and the icon (and the application on Wayland,
# see app/ocnumbers.cpp).
set(OCNUMBERS_APP_ID io.github.ocnumbers.OCNumbers)

install(FILES ${PROJECT_SOURCE_DIR}/resources/${OCNUMBERS_APP_ID}.desktop
        DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${PROJECT_SOURCE_DIR}/resources/${OCNUMBERS_APP_ID}.metainfo.xml
        DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
# The SVG and PNGs drawn from it at 16 to 256 pixels (committed; see packaging/README.md).
install(DIRECTORY ${PROJECT_SOURCE_DIR}/resources/icons/hicolor DESTINATION ${CMAKE_INSTALL_DATADIR}/icons)
install(FILES ${CMAKE_CURRENT_LIST_DIR}/copyright DESTINATION ${CMAKE_INSTALL_DOCDIR})

# Manual pages and the changelog, compressed as Debian wants them (gzip -9n: no name, no time stamp)
# when gzip is there, else as they are.
set(ocnumbers_man_pages ocnumbers.1 ocnumbers-cli.1 ocnumbers-sandbox.1)
find_program(OCNUMBERS_GZIP gzip)
if(OCNUMBERS_GZIP)
    set(ocnumbers_compressed)
    foreach(doc IN LISTS ocnumbers_man_pages ITEMS changelog)
        if(doc STREQUAL "changelog")
            set(source ${CMAKE_CURRENT_LIST_DIR}/changelog)
        else()
            set(source ${CMAKE_CURRENT_LIST_DIR}/man/${doc})
        endif()
        set(copy ${PROJECT_BINARY_DIR}/packaging/${doc})
        add_custom_command(OUTPUT ${copy}.gz
            COMMAND ${CMAKE_COMMAND} -E copy ${source} ${copy}
            COMMAND ${OCNUMBERS_GZIP} -9nf ${copy}
            DEPENDS ${source}
            COMMENT "Compressing ${doc}"
            VERBATIM)
        list(APPEND ocnumbers_compressed ${copy}.gz)
    endforeach()
    add_custom_target(ocnumbers_compressed_docs ALL DEPENDS ${ocnumbers_compressed})
    list(TRANSFORM ocnumbers_man_pages PREPEND ${PROJECT_BINARY_DIR}/packaging/ OUTPUT_VARIABLE man_files)
    list(TRANSFORM man_files APPEND .gz)
    set(changelog_file ${PROJECT_BINARY_DIR}/packaging/changelog.gz)
else()
    list(TRANSFORM ocnumbers_man_pages PREPEND ${CMAKE_CURRENT_LIST_DIR}/man/ OUTPUT_VARIABLE man_files)
    set(changelog_file ${CMAKE_CURRENT_LIST_DIR}/changelog)
endif()
install(FILES ${man_files} DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
install(FILES ${changelog_file} DESTINATION ${CMAKE_INSTALL_DOCDIR})

set(CPACK_PACKAGE_NAME "ocnumbers")
set(CPACK_PACKAGE_VENDOR "OC Numbers")
set(CPACK_PACKAGE_CONTACT "OC Numbers maintainers <maintainers@ocnumbers.invalid>")
# Debian's synopsis: under 80 characters, no final full stop.
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "browse and export Microsoft Teams Operator Connect numbers")
# The extended description, one line per line of the package's control file (under 80 characters).
set(CPACK_PACKAGE_DESCRIPTION [[
OC Numbers is a desktop tool for support staff who manage Microsoft Teams
Operator Connect numbers through AudioCodes Live Platform: it signs in to
Live Platform (app registration, browser or device-code sign-in, secrets in
the OS keychain), loads a customer tenant's numbers into a sortable,
filterable table with every field of the API, shows each number's details
and SBC routing, and exports what you need to CSV. A built-in demo needs no
Live Platform account.

The package also contains ocnumbers-cli, which loads a tenant's numbers and
writes them as CSV or JSON (and converts saved responses), and
ocnumbers-sandbox, a local stand-in for Live Platform and Microsoft Entra ID
for demonstrations and tests.]])
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION "${CPACK_PACKAGE_DESCRIPTION}")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_RESOURCE_FILE_LICENSE "${PROJECT_SOURCE_DIR}/LICENSE")
set(CPACK_GENERATOR "DEB;TGZ")

set(CPACK_DEBIAN_PACKAGE_SECTION "net")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${PROJECT_HOMEPAGE_URL}")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Added to what dpkg-shlibdeps finds: Qt's SVG plugins draw the window icon, and nothing links them.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6svg6")
# Qt's own strings (dialog buttons and the like) in the application's languages.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_STRIP_FILES ON)
include(CPack)

# Builds the .deb into a temporary directory and checks what it holds (packaging/check-package.sh).
if(OCNUMBERS_BUILD_TESTS)
    enable_testing()
    add_test(NAME package_check COMMAND ${CMAKE_SOURCE_DIR}/packaging/check-package.sh ${CMAKE_BINARY_DIR})
    set_tests_properties(package_check PROPERTIES
        ENVIRONMENT QT_QPA_PLATFORM=offscreen
        TIMEOUT 300)
endif()
