"""pytest fixtures: a session-wide test STAC API over the generated catalog, reset between tests."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.stacserver.harness import REPO_ROOT, StacTestServer


@pytest.fixture(scope="session")
def stac_server() -> Iterator[StacTestServer]:
    """A started StacTestServer serving the catalog in <repo>/.cache/catalog."""
    from tests.stacserver.catalog import ensure_catalog

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
