"""The dock's status line, as the user's guide tells it: not signed in without credentials,
*Not connected* with the reason when signing in fails, and signed in again once the settings
are saved right."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from qgis.core import QgsProject, QgsSettings
from qgis.PyQt.QtWidgets import QDialog, QLabel, QPushButton

from devserver.harness import StacTestServer
from earthplatform_qgis.gui import dock as dock_module
from earthplatform_qgis.gui.dock import EarthPlatformDock
from earthplatform_qgis.settings import Settings
from tests.support.dock import WAIT, show_dock

NOT_SIGNED_IN = "not signed in — set a client id and secret in the settings (⚙)."


@pytest.fixture
def catalog_in_settings(
    stac_control: StacTestServer, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> Iterator[StacTestServer]:
    """The test catalog's URLs in the settings, and no credentials anywhere."""
    QgsSettings().remove("earthplatform")
    QgsProject.instance().clear()
    Settings(api_url=stac_control.api_url, token_url=stac_control.token_url).save()
    monkeypatch.setattr("earthplatform_qgis.credentials.CREDENTIALS_FILE", tmp_path / "none")
    for name in ("EDS_CLIENT_ID", "EDS_SECRET", "EDS_API_URL", "EDS_AUTH_URL", "EDS_INI_PROFILE"):
        monkeypatch.delenv(name, raising=False)
    yield stac_control
    QgsSettings().remove("earthplatform")


@pytest.fixture
def shown(
    qgis_iface: Any, qtbot: Any, catalog_in_settings: StacTestServer
) -> Iterator[Callable[[], EarthPlatformDock]]:
    """Shows the dock as the plugin shows it (it starts connecting), without waiting for any
    collection; the docks shown are taken down after the test."""
    docks: list[EarthPlatformDock] = []

    def show() -> EarthPlatformDock:
        docks.append(show_dock(qgis_iface, qtbot))
        return docks[-1]

    yield show
    for dock in docks:
        dock.detach()
        dock.tasks.stop()


def status(dock: EarthPlatformDock) -> str:
    return str(dock.findChild(QLabel, "connectionStatus").text())


def test_without_credentials_the_status_says_where_to_set_them(
    shown: Callable[[], EarthPlatformDock], catalog_in_settings: StacTestServer
) -> None:
    dock = shown()
    assert status(dock) == f"{catalog_in_settings.api_url}: {NOT_SIGNED_IN}"
    assert not dock.findChild(QPushButton, "searchButton").isEnabled()
    assert catalog_in_settings.stats()["classes"]["auth"]["requests"] == 0


def test_a_refused_secret_reads_not_connected_until_saved_right(
    shown: Callable[[], EarthPlatformDock],
    qtbot: Any,
    catalog_in_settings: StacTestServer,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The guide's advice: fix the credentials, click Save in ⚙, and the dock connects again,
    saying where the credentials came from."""
    monkeypatch.setenv("EDS_CLIENT_ID", catalog_in_settings.client_id)
    monkeypatch.setenv("EDS_SECRET", "not-the-secret")
    dock = shown()
    qtbot.waitUntil(lambda: status(dock).startswith("Not connected"), timeout=WAIT)
    assert status(dock).startswith(
        "Not connected: The token service refused the client id and secret (HTTP 401"
    )
    assert "not-the-secret" not in status(dock)
    monkeypatch.setenv("EDS_SECRET", catalog_in_settings.client_secret)
    # The settings dialog, saved as it is.
    monkeypatch.setattr(
        dock_module.SettingsDialog, "exec", lambda _self: QDialog.DialogCode.Accepted
    )
    dock.open_settings()
    qtbot.waitUntil(lambda: status(dock).startswith("Signed in to"), timeout=WAIT)
    assert status(dock) == (
        f"Signed in to {catalog_in_settings.api_url} "
        "(environment variables EDS_CLIENT_ID/EDS_SECRET)"
    )
