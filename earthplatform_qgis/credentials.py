"""Which catalog to use and with which credentials: QGIS auth DB, then EDS_* env, then INI file.

The secret is stored only in the QGIS Authentication Manager (encrypted); QgsSettings keeps the
authcfg id. Existing users of EarthDaily's Python client need no set-up: its environment
variables and ~/.earthdaily/credentials profiles are read when no auth config is stored.
"""

from __future__ import annotations

import configparser
import os
from collections.abc import Mapping
from pathlib import Path

from qgis.core import QgsApplication, QgsAuthMethodConfig

from earthplatform_qgis.settings import Settings
from earthplatform_qgis.stac.auth import Credentials
from earthplatform_qgis.stac.connection import Connection, parse_origins, stac_url
from earthplatform_qgis.stac.errors import ConfigurationError
from earthplatform_qgis.translation import tr

AUTH_METHOD = "Basic"
AUTH_CONFIG_NAME = "EarthPlatform"
CREDENTIALS_FILE = Path.home() / ".earthdaily" / "credentials"
ENV_KEYS = ("EDS_CLIENT_ID", "EDS_SECRET", "EDS_AUTH_URL", "EDS_API_URL")


def store_credentials(credentials: Credentials, authcfg: str = "") -> str:
    """Save the client id and secret in the QGIS Authentication Manager; return the authcfg id.

    An existing authcfg is updated in place, so saved projects and settings keep working.
    """
    manager = QgsApplication.authManager()
    config = QgsAuthMethodConfig(AUTH_METHOD)
    config.setName(AUTH_CONFIG_NAME)
    config.setConfig("username", credentials.client_id)
    config.setConfig("password", credentials.client_secret)
    if authcfg and authcfg in manager.configIds():
        config.setId(authcfg)
        stored = manager.updateAuthenticationConfig(config)
    else:
        stored = manager.storeAuthenticationConfig(config)
    if not stored or not config.id():
        raise ConfigurationError(
            tr(
                "The QGIS Authentication Manager did not store the credentials. "
                "Is its master password set?"
            )
        )
    return str(config.id())


def load_credentials(authcfg: str) -> Credentials | None:
    """The credentials stored under authcfg, or None when there is no such config."""
    manager = QgsApplication.authManager()
    if not authcfg or authcfg not in manager.configIds():
        return None
    config = QgsAuthMethodConfig()
    loaded = manager.loadAuthenticationConfig(authcfg, config, True) and config.isValid(True)
    # A config QGIS cannot decrypt (a master password other than the one it was stored with)
    # loads without its values: no credentials to sign in with, not empty ones.
    if not loaded or not (config.config("username") and config.config("password")):
        raise ConfigurationError(
            tr(
                "The stored EarthPlatform credentials (auth config {authcfg}) could not be "
                "read. Unlock the QGIS Authentication Manager with its master password."
            ).format(authcfg=authcfg)
        )
    return Credentials(config.config("username"), config.config("password"))


def read_credentials_file(path: Path, profile: str) -> dict[str, str]:
    """The EDS_* keys of one profile of an earthdaily credentials INI file ({} when absent)."""
    parser = configparser.ConfigParser(interpolation=None)
    try:
        parser.read(path, encoding="utf-8")
    except configparser.Error as error:
        raise ConfigurationError(
            tr("{path} is not a valid INI file: {error}").format(path=path, error=error.message)
        ) from None
    if not parser.has_section(profile):
        return {}
    return {key: parser.get(profile, key) for key in ENV_KEYS if parser.has_option(profile, key)}


def _from_eds_values(
    values: Mapping[str, str], settings: Settings, source: str
) -> Connection | None:
    client_id, secret = values.get("EDS_CLIENT_ID", ""), values.get("EDS_SECRET", "")
    if not (client_id and secret):
        return None
    return Connection(
        api_url=stac_url(values["EDS_API_URL"]) if values.get("EDS_API_URL") else settings.api_url,
        token_url=values.get("EDS_AUTH_URL") or settings.token_url,
        credentials=Credentials(client_id, secret),
        source=source,
        trusted_origins=trusted_origins(settings),
    )


def trusted_origins(settings: Settings) -> tuple[str, ...]:
    """The origins of the settings' trusted servers (entries no URL can be read from left out:
    the settings dialog does not save them)."""
    return parse_origins(settings.trusted_servers)[0]


def resolve_connection(
    settings: Settings | None = None,
    *,
    environ: Mapping[str, str] | None = None,
    credentials_file: Path | None = None,
) -> Connection:
    """The connection to use: stored auth config first, then EDS_* variables, then the INI file.

    Without credentials anywhere, the connection still names the catalog (credentials None).
    """
    settings = settings or Settings.load()
    environ = os.environ if environ is None else environ
    credentials = load_credentials(settings.authcfg)
    if credentials is not None:
        return Connection(
            settings.api_url,
            settings.token_url,
            credentials,
            tr("QGIS Authentication Manager (config {authcfg})").format(authcfg=settings.authcfg),
            trusted_origins(settings),
        )
    from_env = _from_eds_values(
        environ, settings, tr("environment variables EDS_CLIENT_ID/EDS_SECRET")
    )
    if from_env is not None:
        return from_env
    path = credentials_file or CREDENTIALS_FILE
    profile = environ.get("EDS_INI_PROFILE", "default")
    from_file = _from_eds_values(
        read_credentials_file(path, profile), settings, f"{path} [{profile}]"
    )
    if from_file is not None:
        return from_file
    return Connection(
        settings.api_url, settings.token_url, None, tr("settings"), trusted_origins(settings)
    )
