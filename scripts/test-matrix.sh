#!/bin/bash
# The whole test suite on each Debian suite's QGIS in turn (scripts/qgis-chroot.sh), then one
# line per suite: QGIS, Python, pytest's summary, time. Fails when any suite fails; sid alone may
# be skipped when its QGIS cannot be installed that day (an archive in transition, not our code).
set -uo pipefail
cd "$(dirname "$0")/.."
[ $# -gt 0 ] || set -- trixie-backports trixie sid
mkdir -p .chroots

summary=()
failed=0
for suite in "$@"; do
    log=.chroots/$suite.test.log
    started=$SECONDS
    bash scripts/qgis-chroot.sh "$suite" make test 2>&1 | tee "$log"
    status=${PIPESTATUS[0]}
    seconds=$((SECONDS - started))
    versions=$(grep -aoE 'QGIS [^,]+, Qt [0-9.]+, Python [0-9.]+' "$log" | tail -n1)
    result=$(grep -aE '^=+ .*(passed|failed|error).* in [0-9.]+s' "$log" | tail -n1 | tr -d '=')
    if [ "$status" -eq 3 ] && [ "$suite" = sid ]; then
        summary+=("$suite: skipped, QGIS cannot be installed from sid today")
        continue
    fi
    [ "$status" -eq 0 ] || failed=1
    summary+=("$suite: ${versions:-QGIS ?}:${result:- no test summary} (exit $status, ${seconds} s)")
done

echo
echo "QGIS matrix:"
printf '  %s\n' "${summary[@]}"
exit "$failed"
