# Installation layout and installers. Included from the root CMakeLists.txt.
#   cmake --build build --target package   → a .deb (Linux) or the platform's generator
include(GNUInstallDirs)

if(UNIX AND NOT APPLE)
    install(FILES ${CMAKE_CURRENT_LIST_DIR}/importdesk.desktop
        DESTINATION ${CMAKE_INSTALL_DATADIR}/applications
        RENAME io.github.importdesk.ImportDesk.desktop)
    install(FILES ${CMAKE_CURRENT_LIST_DIR}/io.github.importdesk.ImportDesk.metainfo.xml
        DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
    if(EXISTS ${PROJECT_SOURCE_DIR}/resources/icons/importdesk.svg)
        install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/importdesk.svg
            DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps
            RENAME io.github.importdesk.ImportDesk.svg)
    endif()
endif()

set(CPACK_PACKAGE_NAME "importdesk")
set(CPACK_PACKAGE_VENDOR "Import Desk")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Create and follow Amazon Personalize dataset import jobs")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_CONTACT "Import Desk maintainers")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "Import Desk")
set(CPACK_STRIP_FILES ON)
if(WIN32)
    set(CPACK_GENERATOR "ZIP")
elseif(APPLE)
    set(CPACK_GENERATOR "DragNDrop")
else()
    set(CPACK_GENERATOR "DEB;TGZ")
    set(CPACK_DEBIAN_PACKAGE_SECTION "devel")
    set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
    set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
    # Plugins Qt loads at run time (SVG icons, platform, SQLite); libraries come from shlibdeps.
    set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6svg6, qt6-qpa-plugins, libqt6sql6-sqlite")
endif()
include(CPack)
