# Installation layout and installers. Included from the root CMakeLists.txt.
#   cmake --build build && (cd build && cpack)   → .deb, .rpm and .tar.gz on Linux
# The version is project(VERSION) in the root CMakeLists.txt; the programs' --version, the
# packages, the AppStream release and the Debian changelog all take it from there.
include(GNUInstallDirs)

set(IMPORTDESK_APP_ID "io.github.importdesk.ImportDesk")
# The release this version is: its date and one line for the AppStream data and the changelog.
set(IMPORTDESK_RELEASE_DATE "2026-11-24")
set(IMPORTDESK_RELEASE_NOTES "First release: the app, importdesk-cli and the sandbox endpoint.")
set(IMPORTDESK_PACKAGE_CONTACT "Import Desk maintainers <importdesk@users.noreply.github.com>"
    CACHE STRING "Maintainer of the packages, as \"Name <e-mail>\"")

# Software centres fetch the AppStream screenshots (packaging/screenshots, taken from the app by
# tst_screenshots) from the released sources of this version.
set(IMPORTDESK_SCREENSHOT_URL
    "https://raw.githubusercontent.com/importdesk/importdesk/v${PROJECT_VERSION}/packaging/screenshots")
set(packaging_dir ${CMAKE_CURRENT_LIST_DIR})
set(packaging_out ${PROJECT_BINARY_DIR}/packaging)

if(UNIX AND NOT APPLE)
    # Desktop integration: the launcher, the AppStream data and the icon at every size a
    # desktop asks for.
    install(FILES ${packaging_dir}/${IMPORTDESK_APP_ID}.desktop
        DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
    configure_file(${packaging_dir}/${IMPORTDESK_APP_ID}.metainfo.xml.in
        ${packaging_out}/${IMPORTDESK_APP_ID}.metainfo.xml @ONLY)
    install(FILES ${packaging_out}/${IMPORTDESK_APP_ID}.metainfo.xml
        DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
    set(icon_svg ${PROJECT_SOURCE_DIR}/resources/icons/importdesk.svg)
    install(FILES ${icon_svg}
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps
        RENAME ${IMPORTDESK_APP_ID}.svg)
    # Bitmap icons are rendered from the SVG at build time when rsvg-convert (librsvg2-bin) is
    # there; without it only the scalable icon is installed, which current desktops accept.
    find_program(RSVG_CONVERT_EXECUTABLE rsvg-convert)
    if(RSVG_CONVERT_EXECUTABLE)
        set(icon_pngs)
        foreach(size 16 22 24 32 48 64 128 256 512)
            set(png ${packaging_out}/icons/${size}x${size}/${IMPORTDESK_APP_ID}.png)
            add_custom_command(OUTPUT ${png}
                COMMAND ${CMAKE_COMMAND} -E make_directory ${packaging_out}/icons/${size}x${size}
                COMMAND ${RSVG_CONVERT_EXECUTABLE} -w ${size} -h ${size} -o ${png} ${icon_svg}
                DEPENDS ${icon_svg}
                COMMENT "Rendering the ${size} px icon"
                VERBATIM)
            list(APPEND icon_pngs ${png})
            install(FILES ${png} DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps)
        endforeach()
        add_custom_target(importdesk_icons ALL DEPENDS ${icon_pngs})
    else()
        message(STATUS "rsvg-convert not found: the packages carry the scalable icon only")
    endif()

    # Debian wants the copyright file and a compressed changelog in the package's doc folder.
    set(IMPORTDESK_RELEASE_DATE_RFC2822 "${IMPORTDESK_RELEASE_DATE}")
    execute_process(COMMAND date -u -R -d "${IMPORTDESK_RELEASE_DATE} 12:00"
        OUTPUT_VARIABLE release_date_rfc2822 OUTPUT_STRIP_TRAILING_WHITESPACE
        RESULT_VARIABLE release_date_result ERROR_QUIET)
    if(release_date_result EQUAL 0)
        set(IMPORTDESK_RELEASE_DATE_RFC2822 "${release_date_rfc2822}")
    endif()
    configure_file(${packaging_dir}/changelog.in ${packaging_out}/doc/changelog @ONLY)
    install(FILES ${packaging_dir}/copyright DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/importdesk)

    # Manual pages and the changelog are installed compressed, as Debian policy asks.
    set(man_pages importdesk.1 importdesk-cli.1 importdesk-sandbox.1)
    find_program(GZIP_EXECUTABLE gzip)
    set(compressed)
    foreach(page ${man_pages})
        list(APPEND to_compress ${packaging_dir}/man/${page})
    endforeach()
    list(APPEND to_compress ${packaging_out}/doc/changelog)
    foreach(file ${to_compress})
        get_filename_component(name ${file} NAME)
        if(name MATCHES "\\.1$")
            set(destination ${CMAKE_INSTALL_MANDIR}/man1)
        else()
            set(destination ${CMAKE_INSTALL_DATADIR}/doc/importdesk)
        endif()
        if(GZIP_EXECUTABLE)
            set(copy ${packaging_out}/gz/${name})
            add_custom_command(OUTPUT ${copy}.gz
                COMMAND ${CMAKE_COMMAND} -E copy ${file} ${copy}
                COMMAND ${GZIP_EXECUTABLE} -9nf ${copy}
                DEPENDS ${file}
                VERBATIM)
            list(APPEND compressed ${copy}.gz)
            install(FILES ${copy}.gz DESTINATION ${destination})
        else()
            install(FILES ${file} DESTINATION ${destination})
        endif()
    endforeach()
    if(compressed)
        add_custom_target(importdesk_compressed_docs ALL DEPENDS ${compressed})
    endif()

    # Shell completions for importdesk-cli, where each shell looks for them.
    install(FILES ${packaging_dir}/completions/importdesk-cli.bash
        DESTINATION ${CMAKE_INSTALL_DATADIR}/bash-completion/completions RENAME importdesk-cli)
    install(FILES ${packaging_dir}/completions/_importdesk-cli
        DESTINATION ${CMAKE_INSTALL_DATADIR}/zsh/vendor-completions)
    install(FILES ${packaging_dir}/completions/importdesk-cli.fish
        DESTINATION ${CMAKE_INSTALL_DATADIR}/fish/vendor_completions.d)
endif()

set(CPACK_PACKAGE_NAME "importdesk")
set(CPACK_PACKAGE_VENDOR "Import Desk contributors")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_DESCRIPTION
    "Import Desk loads training data from Amazon S3 into Amazon Personalize
datasets: a desktop app whose form checks every value while you type, follows
each import job until it is active or has failed and explains failures;
importdesk-cli, the same for scripts; and importdesk-sandbox, a local endpoint
that speaks the same protocol for trying it out without an AWS account.")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_CONTACT "${IMPORTDESK_PACKAGE_CONTACT}")
set(CPACK_PACKAGE_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}")
if(WIN32 OR APPLE)
    # Self-contained installers: Qt's deployment tool (windeployqt, macdeployqt) copies the Qt
    # libraries, plugins (platform, styles, TLS, SQLite) and translations the programs use
    # next to them at install time, so that `cpack` packs everything the programs need. Not
    # built on the Linux CI machine; see README, "Installing".
    qt_generate_deploy_app_script(TARGET importdesk FILENAME_VARIABLE importdesk_deploy_script
        NO_UNSUPPORTED_PLATFORM_ERROR)
    install(SCRIPT ${importdesk_deploy_script})
    if(APPLE)
        # The command-line programs live inside the bundle, beside the app, and find the same
        # deployed Qt; the disk image links the bundle to /Applications.
        set_target_properties(importdesk-cli importdesk-sandbox PROPERTIES
            INSTALL_RPATH "@executable_path/../Frameworks")
        install(TARGETS importdesk-cli importdesk-sandbox
            RUNTIME DESTINATION "importdesk.app/Contents/MacOS")
    endif()
endif()

set(CPACK_PACKAGE_INSTALL_DIRECTORY "Import Desk")
set(CPACK_STRIP_FILES ON)
if(WIN32)
    # An installer with a Start menu entry and an uninstaller, and a zip to unpack anywhere.
    set(CPACK_GENERATOR "NSIS;ZIP")
    set(CPACK_PACKAGE_EXECUTABLES "importdesk;Import Desk")
    set(CPACK_NSIS_DISPLAY_NAME "Import Desk")
    set(CPACK_NSIS_PACKAGE_NAME "Import Desk")
    set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\importdesk.exe")
    set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
    set(CPACK_NSIS_MODIFY_PATH ON) # offers to put importdesk-cli on the PATH
    set(CPACK_NSIS_URL_INFO_ABOUT "${PROJECT_HOMEPAGE_URL}")
elseif(APPLE)
    set(CPACK_GENERATOR "DragNDrop")
    set(CPACK_DMG_VOLUME_NAME "Import Desk")
else()
    set(CPACK_GENERATOR "DEB;RPM;TGZ")

    set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
    set(CPACK_DEBIAN_PACKAGE_SECTION "utils")
    set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
    set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
    set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
    # Plugins Qt loads at run time (SVG icons, platform, SQLite); libraries come from shlibdeps.
    set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6svg6, qt6-qpa-plugins, libqt6sql6-sqlite")

    set(CPACK_RPM_FILE_NAME RPM-DEFAULT)
    set(CPACK_RPM_PACKAGE_LICENSE "Apache-2.0")
    set(CPACK_RPM_PACKAGE_GROUP "Applications/Productivity")
    set(CPACK_RPM_PACKAGE_URL "${PROJECT_HOMEPAGE_URL}")
    set(CPACK_RPM_PACKAGE_DESCRIPTION "${CPACK_PACKAGE_DESCRIPTION}")
    # The same files as the .deb: no /usr/lib/.build-id links.
    set(CPACK_RPM_SPEC_MORE_DEFINE "%define _build_id_links none")
    set(CPACK_RPM_PACKAGE_AUTOREQ ON) # libraries, from the binaries' ELF dependencies
    # The plugins, by their Fedora names (rpm finds no ELF dependency on a plugin).
    set(CPACK_RPM_PACKAGE_REQUIRES "qt6-qtsvg, qt6-qtbase-gui")
    # Folders other packages own: the package lists only its own files and folders.
    set(CPACK_RPM_EXCLUDE_FROM_AUTO_FILELIST_ADDITION
        /usr/share/applications /usr/share/metainfo /usr/share/icons /usr/share/icons/hicolor
        /usr/share/man /usr/share/man/man1 /usr/share/doc
        /usr/share/bash-completion /usr/share/bash-completion/completions
        /usr/share/zsh /usr/share/zsh/vendor-completions
        /usr/share/fish /usr/share/fish/vendor_completions.d)
    foreach(size 16 22 24 32 48 64 128 256 512 scalable)
        if(size STREQUAL "scalable")
            set(dir /usr/share/icons/hicolor/scalable)
        else()
            set(dir /usr/share/icons/hicolor/${size}x${size})
        endif()
        list(APPEND CPACK_RPM_EXCLUDE_FROM_AUTO_FILELIST_ADDITION ${dir} ${dir}/apps)
    endforeach()
endif()
include(CPack)
