"""`make run` headless: the demo catalog, real QGIS with the plugin, a screenshot and every
picture of the user's guide, exit 0."""

from __future__ import annotations

import os
import re
import socket
import subprocess
import sys
from pathlib import Path

import pytest
from qgis.PyQt.QtGui import QImage

from scripts.docs import IMAGES, referenced_images

REPO = Path(__file__).resolve().parent.parent
# Pixels of a grid over a picture, enough to tell a picture from a blank grab.
SAMPLES = 40


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
    # The tour took every picture the guide shows (make docs publishes them).
    shown = sorted(path.name for path in referenced_images() if path.parent == IMAGES)
    assert shown
    for name in shown:
        assert_is_a_picture(tmp_path / "images" / name)


def assert_is_a_picture(path: Path) -> None:
    """A readable image of some size with a few colours at least: not a blank grab (one
    colour), nor a frame around one (two)."""
    image = QImage(str(path))
    assert not image.isNull(), path.name
    assert image.width() >= 300, path.name
    assert image.height() >= 60, path.name
    colours = {
        image.pixel(image.width() * i // SAMPLES, image.height() * j // SAMPLES)
        for i in range(SAMPLES)
        for j in range(SAMPLES)
    }
    assert len(colours) > 2, f"{path.name} is blank"


class DemoStartedError(Exception):
    """make run started the demo catalog."""


def test_with_eds_credentials_it_starts_no_demo_and_leaves_the_catalog_to_them(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """The guide's `EDS_CLIENT_ID=… EDS_SECRET=… make run`: no demo catalog, a profile without
    the plugin's URLs (EarthDaily's, or EDS_API_URL / EDS_AUTH_URL, as the plugin reads them)."""
    from scripts import run

    calls: list[tuple[dict[str, str], dict[str, dict[str, str]]]] = []

    def demo_catalog() -> None:
        raise DemoStartedError

    def run_qgis(env: dict[str, str], settings: dict[str, dict[str, str]]) -> int:
        calls.append((env, settings))
        return 0

    monkeypatch.setattr(run, "RUN_DIR", tmp_path)
    monkeypatch.setattr(run, "demo_catalog", demo_catalog)
    monkeypatch.setattr(run, "run_qgis", run_qgis)
    monkeypatch.setenv("EDS_CLIENT_ID", "an-id")
    monkeypatch.setenv("EDS_SECRET", "a-secret")
    assert run.main() == 0
    assert calls == [({}, {})]
    monkeypatch.delenv("EDS_SECRET")
    with pytest.raises(DemoStartedError):
        run.main()  # one of the two alone: the demo catalog after all
