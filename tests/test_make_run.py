"""`make run` headless: the demo catalog, real QGIS with the plugin, a screenshot, exit 0."""

from __future__ import annotations

import os
import re
import socket
import subprocess
import sys
from pathlib import Path

from qgis.PyQt.QtGui import QImage

REPO = Path(__file__).resolve().parent.parent


def test_headless_run_saves_a_screenshot_of_qgis_with_the_dock(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("EDS_") and k != "DISPLAY"}
    env["EPQ_RUN_DIR"] = str(tmp_path)
    process = subprocess.run(
        [sys.executable, "-m", "scripts.run"],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert process.returncode == 0, process.stderr[-4000:]
    assert "Demo catalog: http://127.0.0.1:" in process.stdout
    image = QImage(str(tmp_path / "earthplatform-demo.png"))
    assert not image.isNull()
    assert image.width() >= 1000
    assert image.height() >= 700
    # The demo server was stopped with QGIS: its port no longer answers.
    port = int(re.search(r"127\.0\.0\.1:(\d+)", process.stdout).group(1))  # type: ignore[union-attr]
    with socket.socket() as probe:
        assert probe.connect_ex(("127.0.0.1", port)) != 0
