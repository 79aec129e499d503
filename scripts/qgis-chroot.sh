#!/bin/bash
# Run a command (default: `make test`) on the committed tree with another Debian suite's QGIS:
#   trixie            QGIS 3.40, Python 3.13
#   trixie-backports  QGIS 3.44 LTR, Python 3.13
#   sid               QGIS 3.44, Python 3.14
# The chroot lives in .chroots/<suite> and is reused; the clone in it is reset to HEAD each run,
# keeping its venvs. Exit codes: the command's own; 2 for bad usage; 3 when that suite's QGIS
# cannot be installed from the archive today (the archive's state, not a test result).
set -euo pipefail

usage() {
    echo "usage: $0 trixie|trixie-backports|sid [command ...]" >&2
    exit 2
}
[ $# -ge 1 ] || usage
suite=$1
shift
case $suite in
trixie | sid) base=$suite ;;
trixie-backports) base=trixie ;;
*) usage ;;
esac
[ $# -gt 0 ] || set -- make test

repo=$(cd "$(dirname "$0")/.." && pwd)
if [ "$(id -u)" -ne 0 ]; then
    exec sudo --preserve-env=CI,http_proxy,https_proxy,no_proxy "$0" "$suite" "$@"
fi

root=$repo/.chroots/$suite
work=/work/earthplatform_qgis
# Bump when the set-up below changes, so existing chroots are set up again.
setup_version=1

log() { echo "[qgis-chroot $suite] $*" >&2; }

# The host's own Debian mirror: the one it is known to reach.
mirror() {
    local uri
    uri=$(grep -hsoE '^(URIs:[[:space:]]*|deb[[:space:]]+)[^[:space:]]+/debian/?([[:space:]]|$)' \
        /etc/apt/sources.list /etc/apt/sources.list.d/* |
        grep -oE '[a-z]+://[^[:space:]]+' | head -n1 || true)
    echo "${uri:-http://deb.debian.org/debian}"
}

mounted=()
unmount_all() {
    local pid
    # Anything the command left running inside (a server, QGIS) would keep the mounts busy.
    for pid in $(ls /proc | grep -E '^[0-9]+$'); do
        if [ "$(readlink "/proc/$pid/root" 2>/dev/null)" = "$root" ]; then
            kill -9 "$pid" 2>/dev/null || true
        fi
    done
    local i
    for ((i = ${#mounted[@]} - 1; i >= 0; i--)); do
        umount "${mounted[i]}" 2>/dev/null || umount -l "${mounted[i]}" || true
    done
    mounted=()
}
trap unmount_all EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

mount_into() { # mount_into TARGET mount-args...
    local target=$root$1
    shift
    mkdir -p "$target"
    mount "$@" "$target"
    mounted+=("$target")
}

mount_all() {
    mount_into /proc -t proc proc
    mount_into /sys -t sysfs sysfs
    # Private, so that mounting /dev/shm below does not reach the host's /dev through the bind.
    mount_into /dev --bind /dev
    mount --make-private "$root/dev"
    mount_into /dev/pts --bind /dev/pts
    mount_into /dev/shm -t tmpfs -o mode=1777 tmpfs # PostgreSQL's shared memory
    cp -L /etc/resolv.conf "$root/etc/resolv.conf"
}

in_chroot() {
    chroot "$root" /usr/bin/env -i HOME=/root LANG=C.UTF-8 TERM=dumb \
        PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
        DEBIAN_FRONTEND=noninteractive CI="${CI:-}" \
        ${http_proxy:+http_proxy=$http_proxy} ${https_proxy:+https_proxy=$https_proxy} \
        ${no_proxy:+no_proxy=$no_proxy} "$@"
}

set_up() {
    log "building the chroot in $root"
    rm -rf --one-file-system "$root"
    mkdir -p "$root"
    local uri
    uri=$(mirror)
    debootstrap --variant=minbase --include=ca-certificates,git,make "$base" "$root" "$uri" \
        >"$repo/.chroots/$suite.debootstrap.log" 2>&1 || {
        tail -n 20 "$repo/.chroots/$suite.debootstrap.log" >&2
        return 3
    }
    local sources="deb $uri $base main"
    [ "$suite" = trixie-backports ] && sources="$sources
deb $uri trixie-backports main"
    echo "$sources" >"$root/etc/apt/sources.list"
    # sid's and testing's mirrors serve Release files past their Valid-Until date.
    echo 'Acquire::Check-Valid-Until "false";' >"$root/etc/apt/apt.conf.d/99valid-until"
    # Trust what the host trusts (a TLS-intercepting proxy's CA), for apt, pip and git alike.
    if compgen -G "/usr/local/share/ca-certificates/*.crt" >/dev/null; then
        cp /usr/local/share/ca-certificates/*.crt "$root/usr/local/share/ca-certificates/"
    fi
    printf '[global]\ncert = /etc/ssl/certs/ca-certificates.crt\n' >"$root/etc/pip.conf"
    mount_all
    in_chroot update-ca-certificates >/dev/null 2>&1
    in_chroot apt-get update -q >/dev/null
    # QGIS first, from the suite under test (with -t, its dependencies come from there too);
    # the project's own scripts/system-deps.sh installs the rest in the clone.
    local target=()
    [ "$suite" = trixie-backports ] && target=(-t trixie-backports)
    in_chroot apt-get install -y -q --no-install-recommends "${target[@]}" \
        python3-qgis qgis-providers qgis >"$repo/.chroots/$suite.qgis.log" 2>&1 || {
        tail -n 20 "$repo/.chroots/$suite.qgis.log" >&2
        return 3
    }
    echo "$setup_version" >"$root/.earthplatform-setup"
}

mkdir -p "$repo/.chroots"
if [ "$(cat "$root/.earthplatform-setup" 2>/dev/null)" = "$setup_version" ]; then
    mount_all
else
    status=0
    set_up || status=$?
    if [ "$status" -ne 0 ]; then
        log "QGIS could not be installed from $suite today (see .chroots/$suite.*.log)"
        exit "$status"
    fi
fi

# The committed tree, as a fresh clone would have it; the venvs and the git-ignored caches stay.
commit=$(git -C "$repo" rev-parse HEAD)
if [ ! -d "$root$work/.git" ]; then
    mkdir -p "$root$work"
    git init -q "$root$work"
fi
git -c safe.directory="*" -C "$root$work" fetch -q "$repo" "$commit"
git -c safe.directory="*" -C "$root$work" checkout -q --force --detach "$commit"
git -c safe.directory="*" -C "$root$work" clean -q -ffdx -e .venv -e .venv-stac -e .venv-qt6 -e .venv-ref

versions='from qgis.core import Qgis; from qgis.PyQt.QtCore import QT_VERSION_STR as qt
import platform; print(f"QGIS {Qgis.QGIS_VERSION}, Qt {qt}, Python {platform.python_version()}")'
log "$(in_chroot python3 -c "$versions"), commit ${commit:0:10}: $*"
status=0
in_chroot /bin/bash -c 'cd "$0" && exec "$@"' "$work" "$@" || status=$?
log "exit $status"
exit "$status"
