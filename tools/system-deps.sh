#!/bin/sh
# Debian packages visitapp needs beyond pip: Qt's runtime libraries and fonts, PulseAudio's client
# library for QtMultimedia, Chromium for the pupils' page browser tests, Xvfb for screenshots.
# Installs only what is missing, and only when it can (root + apt-get); otherwise says what to do.
set -eu
PACKAGES="libegl1 libgl1 libopengl0 libxkbcommon0 libxkbcommon-x11-0 libxcb-cursor0 libfontconfig1
libdbus-1-3 libpulse0 fonts-dejavu-core chromium xvfb zbar-tools libxcb-icccm4 libxcb-keysyms1"
missing=""
for package in $PACKAGES; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" \
        || missing="$missing $package"
done
[ -z "$missing" ] && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "Installing system packages:$missing"
    apt-get update -q
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends $missing
else
    echo "visitapp would like these system packages:$missing"
    echo "Install them with: sudo apt-get install$missing"
fi
