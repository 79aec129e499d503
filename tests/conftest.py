"""Test set-up shared by every test: the test STAC API fixtures.

pytest-qgis starts QGIS before this file is read, so the headless Qt platform and a fresh
settings folder (<rootdir>/.qgis-settings) are prepared by `make test`, not here.
"""

pytest_plugins = ["tests.stacserver.pytest_plugin"]
