"""The dock as the analyst sees it, in QGIS with pytest-qgis (offscreen)."""

from __future__ import annotations

from typing import Any

from qgis.core import QgsSettings
from qgis.PyQt.QtWidgets import QLabel

from earthplatform_qgis.core.settings import DEFAULT_API_URL, ConnectionSettings
from earthplatform_qgis.gui.dock import EarthPlatformDock


def test_dock_names_the_catalog_from_stored_settings(qgis_iface: Any, qtbot: Any) -> None:
    ConnectionSettings(
        api_url="https://catalog.example/stac", token_url="https://auth.example/t"
    ).save()
    dock = EarthPlatformDock(qgis_iface.mainWindow())
    qtbot.addWidget(dock)
    status = dock.findChild(QLabel, "connectionStatus")
    assert status.text() == "Catalog: https://catalog.example/stac"
    assert "https://auth.example/t" in status.toolTip()


def test_settings_default_to_earthplatform_and_survive_a_round_trip(qgis_iface: Any) -> None:
    QgsSettings().remove("earthplatform")
    assert ConnectionSettings.load().api_url == DEFAULT_API_URL
    ConnectionSettings(api_url="https://a.example/stac", authcfg="abc1234").save()
    assert ConnectionSettings.load() == ConnectionSettings(
        api_url="https://a.example/stac", authcfg="abc1234"
    )
