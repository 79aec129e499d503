"""`make run`: real QGIS with the plugin installed from its release zip, pointed at a catalog.

The catalog is the demo test STAC API started here, unless EDS_CLIENT_ID and EDS_SECRET are set,
in which case QGIS talks to the real EarthPlatform with them. Without a display QGIS runs under
Xvfb, takes the user's guide's pictures into run/images/ (scripts/qgis_code/demo.py's tour),
saves a screenshot to run/earthplatform-demo.png and quits.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from scripts import qgis_desktop
from scripts.package import PLUGIN, build_zip

REPO = Path(__file__).resolve().parent.parent
# Tests point this elsewhere so they never touch a developer's run/ folder.
RUN_DIR = Path(os.environ.get("EPQ_RUN_DIR", REPO / "run"))
SCREENSHOT = RUN_DIR / "earthplatform-demo.png"
SHOTS = RUN_DIR / "images"
DEMO_SCRIPT = Path(__file__).resolve().parent / "qgis_code" / "demo.py"
SERVER_START_TIMEOUT = 300


@contextmanager
def demo_catalog() -> Iterator[dict[str, str]]:
    """Start the demo STAC API (test server with the demo data); yield its URLs and credentials."""
    from devserver.catalog import ensure_catalog

    catalog = ensure_catalog(REPO / ".cache" / "catalog")
    server = subprocess.Popen(
        [sys.executable, "-m", "devserver", str(catalog)],
        cwd=REPO,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert server.stdout is not None
        line = server.stdout.readline()
        if not line:
            raise SystemExit(f"the demo catalog did not start (exit code {server.wait()})")
        yield json.loads(line)
    finally:
        server.terminate()
        server.wait(timeout=60)


def connection_env(server: dict[str, str]) -> dict[str, str]:
    """The earthdaily client's environment variables, pointing at the demo catalog."""
    return {
        "EDS_CLIENT_ID": server["client_id"],
        "EDS_SECRET": server["client_secret"],
        "EDS_AUTH_URL": server["token_url"],
        "EDS_API_URL": server["api_url"],
    }


def demo_settings(server: dict[str, str]) -> dict[str, dict[str, str]]:
    """QGIS settings that point the plugin at the demo catalog."""
    return qgis_desktop.profile_ini(api_url=server["api_url"], token_url=server["token_url"])


def run_qgis(env: dict[str, str], settings: dict[str, dict[str, str]], shots: Path = SHOTS) -> int:
    """Install the zip into a fresh profile under run/ and run QGIS on it; return its exit code.
    Headless, the tour's pictures go to the folder shots (emptied first)."""
    profiles = RUN_DIR / "qgis"
    qgis_desktop.make_profile(profiles, plugins={PLUGIN: True}, settings=settings)
    plugins_dir = qgis_desktop.profile_dir(profiles) / "python" / "plugins"
    with zipfile.ZipFile(build_zip(RUN_DIR / "dist")) as archive:
        archive.extractall(plugins_dir)
    headless = not os.environ.get("DISPLAY")
    if headless:
        SCREENSHOT.unlink(missing_ok=True)
        shutil.rmtree(shots, ignore_errors=True)
        shots.mkdir(parents=True)
        env = {**env, "EPQ_SCREENSHOT": str(SCREENSHOT), "EPQ_SHOTS": str(shots)}
    process = qgis_desktop.run_qgis(profiles, DEMO_SCRIPT, env=env, timeout=None)
    if headless:
        if process.returncode or not SCREENSHOT.exists():
            sys.stderr.write(process.stderr[-4000:])
            return process.returncode or 1
        print(f"Screenshot of QGIS with the EarthPlatform dock: {SCREENSHOT}")
        print(f"The user's guide's pictures: {shots}")
    return process.returncode


def main() -> int:
    RUN_DIR.mkdir(parents=True, exist_ok=True)
    if os.environ.get("EDS_CLIENT_ID") and os.environ.get("EDS_SECRET"):
        # The plugin reads the EDS_* variables itself, as the earthdaily client does.
        return run_qgis({}, {})
    with demo_catalog() as server:
        print(f"Demo catalog: {server['api_url']}")
        return run_qgis(connection_env(server), demo_settings(server))


if __name__ == "__main__":
    sys.exit(main())
