#!/bin/sh
# Install the Debian packages the project needs, only those missing (Debian 12 and 13).
# Fast when everything is there: it only checks.
set -eu

missing=""
/usr/bin/python3 -c "import qgis.core, qgis.gui" 2>/dev/null || missing="$missing python3-qgis qgis-providers"
command -v qgis >/dev/null 2>&1 || missing="$missing qgis"
/usr/bin/python3 -c "import ensurepip, venv" 2>/dev/null || missing="$missing python3-venv"
/usr/bin/python3 -c "from osgeo import gdal" 2>/dev/null || missing="$missing python3-gdal"
command -v xvfb-run >/dev/null 2>&1 || missing="$missing xvfb xauth"
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || missing="$missing postgresql"
ls /usr/share/postgresql/*/extension/postgis.control >/dev/null 2>&1 || missing="$missing postgresql-postgis"
command -v runuser >/dev/null 2>&1 || missing="$missing util-linux"
# The forward proxy the network tests send the plugin's requests through.
[ -x /usr/bin/tinyproxy ] || missing="$missing tinyproxy"
command -v openssl >/dev/null 2>&1 || missing="$missing openssl"
# QGIS 3.28+ downloads Open Sans at start when the system lacks it (and warns offline).
dpkg-query -W -f='${Status}' fonts-open-sans 2>/dev/null | grep -q "ok installed" ||
    missing="$missing fonts-open-sans"

# make docs: pngquant makes the guide's screenshots small enough for the repository.
command -v pngquant >/dev/null 2>&1 || missing="$missing pngquant"

# The translations: pylupdate5 extracts the strings into .ts files, lrelease builds the .qm files.
command -v pylupdate5 >/dev/null 2>&1 || missing="$missing pyqt5-dev-tools"
[ -x /usr/lib/qt5/bin/lrelease ] || missing="$missing qttools5-dev-tools"

[ -z "$missing" ] && exit 0

if [ "$(id -u)" -eq 0 ]; then sudo=""; else sudo="sudo"; fi
echo "Installing Debian packages:$missing"
$sudo apt-get update -q
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q --no-install-recommends $missing
