#!/usr/bin/env bash
# Installs what building and testing subsidy needs on Debian 12, then builds
# and installs the extension into the server named by PG_CONFIG.
# Run as root or with sudo; packages already present are left alone.
set -euo pipefail
cd "$(dirname "$0")/.."

PG_MAJOR=${PG_MAJOR:-15}
packages=(postgresql-$PG_MAJOR postgresql-server-dev-$PG_MAJOR
          postgresql-$PG_MAJOR-pgtap libtap-parser-sourcehandler-pgtap-perl
          libicu-dev pkg-config make gcc)

missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
    sudo=""; [ "$(id -u)" -eq 0 ] || sudo=sudo
    echo "setup: installing ${missing[*]}"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
fi

export PG_CONFIG=${PG_CONFIG:-/usr/lib/postgresql/$PG_MAJOR/bin/pg_config}
make -s PG_CONFIG="$PG_CONFIG" >/dev/null
if [ -w "$("$PG_CONFIG" --pkglibdir)" ]; then
    make -s PG_CONFIG="$PG_CONFIG" install >/dev/null
else
    sudo make -s PG_CONFIG="$PG_CONFIG" install >/dev/null
fi
echo "setup: subsidy built and installed into $("$PG_CONFIG" --sharedir)"
