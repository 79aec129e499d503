"""bandit and detect-secrets over a plugin folder, run as plugins.qgis.org runs them.

The repository (github.com/qgis/QGIS-Plugins-Website, qgis-app/plugins/security_scanner.py)
scans every upload with both; a finding of either blocks the version until a new one is
uploaded (plugins/tasks/run_security_scan.py). The tests and detectors are those its rule table
enables (plugins/management/commands/data/bandit_rules.json and secrets_rules.json), every
severity and confidence. A finding that is no risk is justified where it stands: for bandit
`# nosec BXXX # why` (a reason after "BXXX:" would be read as more test names), for
detect-secrets `# pragma: allowlist secret`.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

# bandit_rules.json's enabled rules. B111 and B320 are gone from bandit 1.9, which warns of them.
BANDIT_TESTS = (
    "B101,B102,B103,B104,B105,B106,B107,B108,B110,B111,B112,B113,B201,B202,B301,B302,B303,"
    "B304,B305,B306,B307,B308,B310,B311,B312,B313,B314,B315,B316,B317,B318,B319,B320,B321,"
    "B323,B324,B401,B402,B403,B405,B406,B407,B408,B409,B412,B413,B501,B502,B503,B504,B505,"
    "B506,B507,B508,B509,B601,B602,B603,B604,B605,B606,B607,B608,B609,B610,B611,B612,B613,"
    "B614,B615,B701,B702,B703,B704"
)
# secrets_rules.json's one disabled detector; every other one of detect-secrets runs.
SECRETS_DISABLED = ("IPPublicDetector",)


def _run(args: list[str], folder: Path) -> dict[str, Any]:
    """A scanner's JSON report; it exits 1 on findings, so only its output tells."""
    done = subprocess.run(
        [sys.executable, "-m", *args], cwd=folder, capture_output=True, text=True, check=False
    )
    try:
        return dict(json.loads(done.stdout))
    except ValueError as error:
        raise RuntimeError(f"{args[0]} failed: {done.stderr[-2000:]}") from error


def bandit_findings(folder: Path) -> list[str]:
    """bandit -r with the repository's tests: each finding and each file it could not read."""
    report = _run(["bandit", "-r", ".", "-f", "json", "--quiet", "-t", BANDIT_TESTS], folder)
    return [
        f"bandit {r['test_id']} ({r['issue_severity']}) {r['filename'].removeprefix('./')}:"
        f"{r['line_number']}: {r['issue_text']}"
        for r in report["results"]
    ] + [f"bandit could not read {e['filename']}: {e['reason']}" for e in report["errors"]]


def secrets_findings(folder: Path) -> list[str]:
    """detect-secrets scan with the repository's arguments: each secret it suspects."""
    disabled = [arg for name in SECRETS_DISABLED for arg in ("--disable-plugin", name)]
    args = ["detect_secrets", "scan", "--all-files", *disabled]
    # As the repository: metadata.txt (commit hashes) and a baseline are not scanned.
    args += ["--exclude-files", r"metadata\.txt", "--exclude-files", r"\.secrets\.baseline", "."]
    report = _run(args, folder)
    return [
        f"detect-secrets {secret['type']} {path}:{secret['line_number']}"
        for path, secrets in report["results"].items()
        for secret in secrets
    ]


def scan_findings(folder: Path) -> list[str]:
    """Every finding of both scanners in the folder (an unpacked plugin zip)."""
    return bandit_findings(folder) + secrets_findings(folder)
