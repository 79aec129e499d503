"""Test set-up shared by every test: headless Qt, throwaway QGIS settings, the test STAC API."""

import os
import tempfile

# Without a display Qt aborts the whole run: default to the offscreen platform.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# QgsSettings written by tests must never land in the developer's own QGIS configuration.
os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix="earthplatform-tests-config-")

pytest_plugins = ["tests.stacserver.pytest_plugin"]
