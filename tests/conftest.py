"""Test set-up shared by every test: the test STAC API, session-wide, reset between tests.

pytest-qgis starts QGIS before this file is read, so the headless Qt platform and a fresh
settings folder (<rootdir>/.qgis-settings) are prepared by `make test`, not here.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from devserver.harness import REPO_ROOT, StacTestServer


@pytest.fixture(scope="session")
def stac_server() -> Iterator[StacTestServer]:
    """A started StacTestServer serving the catalog in <repo>/.cache/catalog."""
    from devserver.catalog import ensure_catalog  # GDAL and numpy: only when a test needs it

    with StacTestServer(ensure_catalog(REPO_ROOT / ".cache" / "catalog")) as server:
        yield server


@pytest.fixture
def stac_control(stac_server: StacTestServer) -> Iterator[StacTestServer]:
    """The session server with zeroed counters; faults, counters and lifetimes reset after."""
    stac_server.reset_stats()
    yield stac_server
    stac_server.clear_faults()
    stac_server.reset_stats()
    stac_server.reset_config()
