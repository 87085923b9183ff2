# Debian 12 packages the project needs, sourced by run.sh and test.sh.
BUILD_PACKAGES=(
    cmake g++ ninja-build pkg-config
    qt6-base-dev qt6-base-dev-tools qt6-networkauth-dev qt6-httpserver-dev qt6-websockets-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qtkeychain-qt6-dev
    libsimdjson-dev libxxhash-dev libgl-dev libvulkan-dev
    libxlsxwriter-dev  # the .xlsx export
    libzstd-dev  # compressed snapshots of loads
    libqt6svg6  # Qt's SVG icon and image plugins draw the window icon
    qt6-translations-l10n  # Qt's own strings (dialog buttons and the like) in the app's languages
)
# The CSV round-trip test reads files back with Python's csv module; the .xlsx tests with openpyxl and
# LibreOffice (headless, converting to CSV).
# package_check (packaging/check-package.sh) builds the .deb and validates what it holds.
# check-format.sh needs clang-format (14 on Debian 12).
TEST_PACKAGES=(python3 python3-openpyxl libreoffice-calc-nogui chromium dpkg-dev desktop-file-utils appstream groff-base clang-format git)
