# Packages with CPack: a Debian package (.deb) and a plain archive (.tar.gz).
# Included at the end of the root CMakeLists.txt. What gets packaged is what
# `cmake --install` installs: bin/latchkey (app/CMakeLists.txt) and the desktop
# file, AppStream metainfo and icon (the last block of resources/CMakeLists.txt).
# How to build the packages: packaging/README.md.

set(CPACK_PACKAGE_NAME "latchkey")
set(CPACK_PACKAGE_VENDOR "Latchkey developers")
set(CPACK_PACKAGE_CONTACT "Latchkey developers")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Keep your API tokens in the system keychain and look at your own data")
# Wrapped for `apt show`: each line becomes one line of the Debian description.
set(CPACK_PACKAGE_DESCRIPTION [=[Latchkey keeps the personal API tokens of services you already use
(GitHub, GitLab, Harvest, Typeform, Contentful and many more) in the
system keychain, and uses them to fetch your own data, shown as tables
you can sort, filter and export. Requests you like can be saved as
presets. No account, no cloud, and no token is ever written to disk in
plain text. A command line (latchkey tokens, latchkey send, ...) uses the
same vault.]=])
set(CPACK_PACKAGE_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "Latchkey")
set(CPACK_PACKAGE_CHECKSUM SHA256)
set(CPACK_STRIP_FILES ON)
set(CPACK_PACKAGE_DIRECTORY "${PROJECT_BINARY_DIR}/packages")

if(CMAKE_SYSTEM_NAME STREQUAL "Linux")
    set(CPACK_GENERATOR "DEB;TGZ")
else()
    # Untested elsewhere; see packaging/README.md for macOS and Windows notes.
    set(CPACK_GENERATOR "TGZ")
endif()

# --- Debian -------------------------------------------------------------------
# Library dependencies (Qt 6, QtKeychain, libc, ...) come from dpkg-shlibdeps,
# so they always match what the binary was linked against.
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT) # latchkey_0.1.0_amd64.deb
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${CPACK_PACKAGE_CONTACT}")
set(CPACK_DEBIAN_PACKAGE_SECTION "utils")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${PROJECT_HOMEPAGE_URL}")
# A Secret Service provider: without one, Latchkey cannot store tokens (and
# says so). GNOME's keyring, or KDE's wallet (which provides the same service).
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "gnome-keyring | kwalletmanager")
# Icons are SVG: Qt draws them through plugins (imageformats/iconengines) that
# live in libqt6svg6, which dpkg-shlibdeps cannot see because nothing links it.
# qt6-wayland gives a native Wayland window (without it Qt uses XWayland).
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6svg6")
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "qt6-wayland")
# The Debian description is CPACK_PACKAGE_DESCRIPTION_SUMMARY as its first
# line and CPACK_PACKAGE_DESCRIPTION as the long description.

# --- Plain archive ------------------------------------------------------------
# latchkey-0.1.0-Linux-x86_64.tar.gz with bin/ and share/ inside one top directory.
# (The .deb has its own name, above; CPACK_ARCHIVE_FILE_NAME only applies to
# component archives in CMake 3.25.)
set(CPACK_PACKAGE_FILE_NAME "${CPACK_PACKAGE_NAME}-${CPACK_PACKAGE_VERSION}-${CMAKE_SYSTEM_NAME}-${CMAKE_SYSTEM_PROCESSOR}")
set(CPACK_INCLUDE_TOPLEVEL_DIRECTORY ON)

# --- Source archive (`cpack --config CPackSourceConfig.cmake`) -----------------
set(CPACK_SOURCE_GENERATOR "TGZ")
set(CPACK_SOURCE_PACKAGE_FILE_NAME "${CPACK_PACKAGE_NAME}-${CPACK_PACKAGE_VERSION}-source")
set(CPACK_SOURCE_IGNORE_FILES
    "/\\\\.git/" "/build/" "/build-[^/]*/" "/\\\\.cache/" "__pycache__" "\\\\.pyc$"
    "/bench/results/[^/]*\\\\.tmp$" "CMakeUserPresets\\\\.json$")

include(CPack)
