"""The plugin's settings: one typed object, every key in one place, only named values written."""

from __future__ import annotations

import re
from dataclasses import fields
from pathlib import Path

from qgis.core import QgsSettings

from earthplatform_qgis.settings import (
    DEFAULT_API_URL,
    KEY_PREFIX,
    Settings,
    remember,
)

PACKAGE = Path(__file__).resolve().parent.parent / "earthplatform_qgis"


def stored_keys() -> list[str]:
    settings = QgsSettings()
    settings.beginGroup(KEY_PREFIX.rstrip("/"))
    try:
        return sorted(settings.allKeys())
    finally:
        settings.endGroup()


def clear() -> None:
    QgsSettings().remove(KEY_PREFIX.rstrip("/"))


def test_nothing_stored_reads_the_defaults() -> None:
    clear()
    assert Settings.load() == Settings()
    assert Settings.load().api_url == DEFAULT_API_URL


def test_values_come_back_with_their_fields_types() -> None:
    clear()
    # As QGIS's INI file gives them back after a restart: text.
    QgsSettings().setValue(f"{KEY_PREFIX}download/add_layers", "true")
    QgsSettings().setValue(f"{KEY_PREFIX}download/folder", "/data/s2")
    settings = Settings.load()
    assert settings.add_downloaded_layers is True
    assert settings.download_folder == "/data/s2"
    remember(add_downloaded_layers=False)
    assert Settings.load().add_downloaded_layers is False


def test_requests_at_once_come_back_as_a_number_within_what_a_search_accepts() -> None:
    clear()
    assert Settings.load().search_concurrency == 4
    QgsSettings().setValue(f"{KEY_PREFIX}search/requests_in_flight", "6")
    assert Settings.load().requests_in_flight == 6
    assert Settings.load().search_concurrency == 6
    for stored, used in (("0", 1), ("-3", 1), ("99", 16), ("many", 4)):
        QgsSettings().setValue(f"{KEY_PREFIX}search/requests_in_flight", stored)
        assert Settings.load().search_concurrency == used, stored


def test_a_value_read_back_as_a_list_comes_back_whole() -> None:
    """QSettings reads an INI value holding a comma as a list of strings."""
    clear()
    QgsSettings().setValue(f"{KEY_PREFIX}connection/api_url", ["https://x.test/a", "b"])
    QgsSettings().setValue(f"{KEY_PREFIX}search/last", ['{"ids": ["a"', ' "b"]}'])
    QgsSettings().setValue(f"{KEY_PREFIX}download/add_layers", ["yes", "no"])
    settings = Settings.load()
    assert settings.api_url == "https://x.test/a,b"
    assert settings.last_search == '{"ids": ["a", "b"]}'
    assert settings.add_downloaded_layers is False  # not a flag: the default


def test_remember_writes_only_what_it_is_given() -> None:
    clear()
    remember(download_folder="/tmp/out")
    assert stored_keys() == ["download/folder"]
    remember(api_url="https://stac.example.test/v1", authcfg="abc1234")
    assert stored_keys() == ["connection/api_url", "connection/authcfg", "download/folder"]
    assert Settings.load().download_folder == "/tmp/out"


def test_every_setting_has_its_own_key_and_no_other_module_keeps_any() -> None:
    keys = [f.metadata["key"] for f in fields(Settings)]
    assert len(set(keys)) == len(keys)
    elsewhere = [
        str(path.relative_to(PACKAGE))
        for path in sorted(PACKAGE.rglob("*.py"))
        if path.name != "settings.py" and re.search(r"\bQgsSettings\(", path.read_text())
    ]
    assert elsewhere == []
