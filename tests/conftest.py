"""Test set-up shared by every test: the test STAC API, session-wide, reset between tests, and
the fixtures several modules use (a core client, a signed-in dock).

pytest-qgis starts QGIS before this file is read, so the headless Qt platform and a fresh
settings folder (<rootdir>/.qgis-settings) are prepared by `make test`, not here. The helpers
behind the fixtures live in tests/support/.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

from devserver.harness import REPO_ROOT, StacTestServer

if TYPE_CHECKING:
    from earthplatform_qgis.gui.dock import EarthPlatformDock
    from earthplatform_qgis.stac.client import EarthPlatformClient


@pytest.fixture(scope="session")
def stac_server() -> Iterator[StacTestServer]:
    """A started StacTestServer serving the catalog in <repo>/.cache/catalog."""
    from devserver.catalog import ensure_catalog  # GDAL and numpy: only when a test needs it

    with StacTestServer(ensure_catalog(REPO_ROOT / ".cache" / "catalog")) as server:
        yield server


@pytest.fixture
def html_site() -> Iterator[str]:
    """`127.0.0.1:<port>` of a site answering an HTML page to everything (HtmlPage)."""
    from tests.support.sites import html_page, serve

    yield from serve(html_page())


@pytest.fixture
def self_signed_site(tmp_path: Path) -> Iterator[str]:
    """`127.0.0.1:<port>` of the same site over HTTPS, its certificate signed by no authority."""
    from tests.support.sites import html_page, self_signed, serve

    yield from serve(self_signed(html_page(), tmp_path))


@pytest.fixture
def recording_site() -> Iterator[str]:
    """`127.0.0.1:<port>` of a site that records every request's headers (Recorder.seen)."""
    from tests.support.sites import recorder, serve

    yield from serve(recorder())


@pytest.fixture
def stac_control(stac_server: StacTestServer) -> Iterator[StacTestServer]:
    """The session server with zeroed counters; faults, counters and lifetimes reset after."""
    stac_server.reset_stats()
    yield stac_server
    stac_server.clear_faults()
    stac_server.reset_stats()
    stac_server.reset_config()


@pytest.fixture
def client(stac_control: StacTestServer) -> Iterator[EarthPlatformClient]:
    """A core client signed in to the test STAC API with its test credentials."""
    from tests.support.connection import connect

    connection = connect(stac_control)
    yield connection
    connection.close()


@pytest.fixture
def dock(
    qgis_iface: Any,
    qtbot: Any,
    stac_control: StacTestServer,
    monkeypatch: pytest.MonkeyPatch,
) -> Iterator[EarthPlatformDock]:
    """A dock signed in to the test catalog through the EDS_* variables, collections loaded."""
    from qgis.core import QgsProject, QgsSettings

    from earthplatform_qgis.settings import Settings
    from tests.support.dock import WAIT, open_dock

    QgsSettings().remove("earthplatform")
    QgsProject.instance().clear()
    qgis_iface.messageBar().clear_messages()
    Settings(api_url=stac_control.api_url, token_url=stac_control.token_url).save()
    monkeypatch.setenv("EDS_CLIENT_ID", stac_control.client_id)
    monkeypatch.setenv("EDS_SECRET", stac_control.client_secret)
    widget = open_dock(qgis_iface, qtbot)
    yield widget
    widget.detach()
    widget.tasks.stop()  # as the plugin does on unload
    idle: list[bool] = []
    widget.runner.when_idle(lambda: idle.append(True))  # cancelled searches wound down too
    qtbot.waitUntil(lambda: bool(idle), timeout=WAIT)
    # However each test's searches ended (replaced, cancelled, layer or project gone, dock
    # closed), QGIS's objects are back in the garbage collector's walk.
    assert gc.get_freeze_count() == 0


@pytest.fixture
def provider() -> Iterator[None]:
    """Processing initialised, and the plugin's provider in the registry, as initProcessing
    puts it there."""
    from qgis.core import QgsApplication

    from earthplatform_qgis.processing.provider import EarthPlatformProvider
    from tests.support.processing import processing_core

    processing_core().Processing.initialize()
    registry = QgsApplication.processingRegistry()
    assert registry.providerById("earthplatform") is None
    registry.addProvider(EarthPlatformProvider())
    yield
    registry.removeProvider("earthplatform")


@pytest.fixture
def connected(
    stac_control: StacTestServer, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> Iterator[StacTestServer]:
    """The dock's connection set up as an analyst sets it: catalog URLs in the plugin's
    settings, credentials in EDS_CLIENT_ID / EDS_SECRET (and no credentials file)."""
    from qgis.core import QgsSettings

    from earthplatform_qgis.settings import Settings

    QgsSettings().remove("earthplatform")
    Settings(api_url=stac_control.api_url, token_url=stac_control.token_url).save()
    monkeypatch.setattr("earthplatform_qgis.credentials.CREDENTIALS_FILE", tmp_path / "none")
    for name in ("EDS_API_URL", "EDS_AUTH_URL", "EDS_INI_PROFILE"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("EDS_CLIENT_ID", stac_control.client_id)
    monkeypatch.setenv("EDS_SECRET", stac_control.client_secret)
    yield stac_control
    QgsSettings().remove("earthplatform")


@pytest.fixture(scope="module")
def profiles(stac_server: StacTestServer, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A throwaway QGIS profile with the plugin installed and enabled and the test catalog in
    its settings, for qgis_process."""
    from tests.support.processing import plugin_profile

    return plugin_profile(tmp_path_factory.mktemp("qgis-process"), stac_server)
