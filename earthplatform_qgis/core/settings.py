"""Connection settings kept in QgsSettings (never a secret: only an authcfg id)."""

from __future__ import annotations

from dataclasses import dataclass, fields

from qgis.core import QgsSettings

DEFAULT_API_URL = "https://api.earthdaily.com/platform/v1/stac"
DEFAULT_TOKEN_URL = (
    "https://api.earthdaily.com/account_management/v1/authentication/api_tokens/exchange"
)
SETTINGS_GROUP = "earthplatform/connection"


@dataclass
class ConnectionSettings:
    """Where the catalog lives and which stored credentials sign in to it."""

    api_url: str = DEFAULT_API_URL
    token_url: str = DEFAULT_TOKEN_URL
    authcfg: str = ""

    @classmethod
    def load(cls, settings: QgsSettings | None = None) -> ConnectionSettings:
        """The stored settings, defaults where nothing is stored."""
        store = settings or QgsSettings()
        defaults = cls()
        values = {
            f.name: str(store.value(f"{SETTINGS_GROUP}/{f.name}", getattr(defaults, f.name)))
            for f in fields(cls)
        }
        return cls(**values)

    def save(self, settings: QgsSettings | None = None) -> None:
        """Store every field."""
        store = settings or QgsSettings()
        for f in fields(self):
            store.setValue(f"{SETTINGS_GROUP}/{f.name}", getattr(self, f.name))
