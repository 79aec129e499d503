"""Where the connection comes from: QGIS auth DB first, then EDS_* variables, then the INI file."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from qgis.core import QgsApplication, QgsSettings

from earthplatform_qgis.credentials import load_credentials, resolve_connection, store_credentials
from earthplatform_qgis.settings import DEFAULT_API_URL, DEFAULT_TOKEN_URL, Settings
from earthplatform_qgis.stac.auth import Credentials
from earthplatform_qgis.stac.connection import stac_url

SECRET = "s3cr3t-Marker-7f1d"


@pytest.fixture
def auth_manager(qgis_app: Any) -> Any:
    manager = QgsApplication.authManager()
    if not manager.masterPasswordIsSet():
        assert manager.setMasterPassword("test-master-password", True)
    return manager


@pytest.fixture
def ini_file(tmp_path: Path) -> Path:
    path = tmp_path / "credentials"
    path.write_text(
        "[default]\n"
        "EDS_CLIENT_ID = ini-id\nEDS_SECRET = ini-secret\n"
        "EDS_AUTH_URL = https://auth.ini.example/token\n"
        "EDS_API_URL = https://ini.example\n"
        "[other]\nEDS_CLIENT_ID = other-id\nEDS_SECRET = other-secret\n",
        encoding="utf-8",
    )
    return path


ENV = {
    "EDS_CLIENT_ID": "env-id",
    "EDS_SECRET": "env-secret",
    "EDS_AUTH_URL": "https://auth.env.example/token",
    "EDS_API_URL": "https://env.example/platform/v1/stac",
}


def test_auth_manager_wins_over_environment_and_file(auth_manager: Any, ini_file: Path) -> None:
    authcfg = store_credentials(Credentials("db-id", "db-secret"))
    settings = Settings(authcfg=authcfg)
    connection = resolve_connection(settings, environ=ENV, credentials_file=ini_file)
    assert connection.credentials == Credentials("db-id", "db-secret")
    assert connection.api_url == DEFAULT_API_URL
    assert "Authentication Manager" in connection.source


def test_environment_wins_over_file(ini_file: Path) -> None:
    connection = resolve_connection(Settings(), environ=ENV, credentials_file=ini_file)
    assert connection.credentials == Credentials("env-id", "env-secret")
    assert connection.api_url == ENV["EDS_API_URL"]
    assert connection.token_url == ENV["EDS_AUTH_URL"]


def test_file_default_profile_and_base_url_form(ini_file: Path) -> None:
    connection = resolve_connection(Settings(), environ={}, credentials_file=ini_file)
    assert connection.credentials == Credentials("ini-id", "ini-secret")
    assert connection.api_url == "https://ini.example/platform/v1/stac"
    assert connection.token_url == "https://auth.ini.example/token"
    assert str(ini_file) in connection.source


def test_file_profile_named_by_eds_ini_profile(ini_file: Path) -> None:
    environ = {"EDS_INI_PROFILE": "other"}
    connection = resolve_connection(Settings(), environ=environ, credentials_file=ini_file)
    assert connection.credentials == Credentials("other-id", "other-secret")
    assert (connection.api_url, connection.token_url) == (DEFAULT_API_URL, DEFAULT_TOKEN_URL)


def test_nothing_anywhere_names_the_catalog_without_credentials(tmp_path: Path) -> None:
    connection = resolve_connection(Settings(), environ={}, credentials_file=tmp_path / "missing")
    assert connection.credentials is None
    assert connection.api_url == DEFAULT_API_URL


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("https://api.earthdaily.com", "https://api.earthdaily.com/platform/v1/stac"),
        ("https://api.earthdaily.com/", "https://api.earthdaily.com/platform/v1/stac"),
        (
            "https://api.earthdaily.com/platform/v1/stac",
            "https://api.earthdaily.com/platform/v1/stac",
        ),
        ("https://proxy.example/stac/", "https://proxy.example/stac"),
    ],
)
def test_eds_api_url_in_both_forms(value: str, expected: str) -> None:
    assert stac_url(value) == expected


def test_secret_is_kept_in_the_auth_db_never_in_settings(auth_manager: Any) -> None:
    authcfg = store_credentials(Credentials("db-id", SECRET))
    Settings(authcfg=authcfg).save()
    QgsSettings().sync()
    settings_text = Path(QgsSettings().fileName()).read_text(encoding="utf-8")
    assert authcfg in settings_text
    assert SECRET not in settings_text
    assert load_credentials(authcfg) == Credentials("db-id", SECRET)
    assert SECRET not in repr(load_credentials(authcfg))


def test_storing_again_updates_the_same_auth_config(auth_manager: Any) -> None:
    authcfg = store_credentials(Credentials("first", "one"))
    assert store_credentials(Credentials("second", "two"), authcfg) == authcfg
    assert load_credentials(authcfg) == Credentials("second", "two")


def test_one_of_the_two_variables_alone_leaves_the_environment_for_the_file(
    ini_file: Path,
) -> None:
    """The guide: the environment counts only with EDS_CLIENT_ID and EDS_SECRET both set."""
    environ = {"EDS_CLIENT_ID": "env-id", "EDS_API_URL": ENV["EDS_API_URL"]}
    connection = resolve_connection(Settings(), environ=environ, credentials_file=ini_file)
    assert connection.credentials == Credentials("ini-id", "ini-secret")


def test_the_urls_come_from_where_the_credentials_come_from(ini_file: Path) -> None:
    """An EDS_API_URL in the environment is not used with the file's credentials; the file's
    profile without URLs takes the settings' (here not the defaults)."""
    settings = Settings(api_url="https://dialog.example/stac", token_url="https://dialog.example/t")
    environ = {
        "EDS_INI_PROFILE": "other",
        "EDS_API_URL": ENV["EDS_API_URL"],
        "EDS_AUTH_URL": ENV["EDS_AUTH_URL"],
    }
    connection = resolve_connection(settings, environ=environ, credentials_file=ini_file)
    assert connection.credentials == Credentials("other-id", "other-secret")
    assert (connection.api_url, connection.token_url) == (settings.api_url, settings.token_url)


def test_a_profile_without_its_secret_signs_nobody_in(tmp_path: Path) -> None:
    path = tmp_path / "credentials"
    path.write_text("[default]\nEDS_CLIENT_ID = ini-id\n", encoding="utf-8")
    connection = resolve_connection(Settings(), environ={}, credentials_file=path)
    assert connection.credentials is None


def test_deleting_the_auth_config_goes_back_to_the_environment(auth_manager: Any) -> None:
    """The guide: to go back to the variables, delete the EarthPlatform configuration."""
    authcfg = store_credentials(Credentials("db-id", "db-secret"))
    settings = Settings(authcfg=authcfg)
    assert resolve_connection(settings, environ=ENV).credentials == Credentials(
        "db-id", "db-secret"
    )
    assert auth_manager.removeAuthenticationConfig(authcfg)
    connection = resolve_connection(settings, environ=ENV)
    assert connection.credentials == Credentials("env-id", "env-secret")
    assert "EDS_CLIENT_ID" in connection.source


def test_a_stored_config_that_cannot_be_read_stops_rather_than_falling_back(
    auth_manager: Any,
) -> None:
    """The guide: while credentials are stored, the variables are not read, also when the
    Authentication Manager cannot give the stored ones (here their encrypted text is spoilt,
    as a wrong master password would leave it unreadable)."""
    import sqlite3

    from earthplatform_qgis.stac.errors import ConfigurationError

    authcfg = store_credentials(Credentials("db-id", "db-secret"))
    with sqlite3.connect(auth_manager.authenticationDatabasePath()) as database:
        database.execute("UPDATE auth_configs SET config = 'spoilt' WHERE id = ?", (authcfg,))
    with pytest.raises(ConfigurationError, match=r"could not be read\. Unlock the QGIS"):
        resolve_connection(Settings(authcfg=authcfg), environ=ENV)
    assert auth_manager.removeAuthenticationConfig(authcfg)


def test_a_credentials_file_that_is_no_ini_file_is_named(tmp_path: Path) -> None:
    from earthplatform_qgis.stac.errors import ConfigurationError

    path = tmp_path / "credentials"
    path.write_text("EDS_CLIENT_ID = outside any [profile]\n", encoding="utf-8")
    with pytest.raises(
        ConfigurationError, match=rf"^{re.escape(str(path))} is not a valid INI file"
    ):
        resolve_connection(Settings(), environ={}, credentials_file=path)
