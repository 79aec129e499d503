"""Test set-up shared by every test: headless Qt, fresh QGIS settings, the test STAC API."""

import os
import shutil
from pathlib import Path

# Without a display Qt aborts the whole run: default to the offscreen platform.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# pytest-qgis keeps QgsSettings in <rootdir>/.qgis-settings: start each run from nothing so
# no test depends on what an earlier run stored.
shutil.rmtree(Path(__file__).resolve().parent.parent / ".qgis-settings", ignore_errors=True)

pytest_plugins = ["tests.stacserver.pytest_plugin"]
