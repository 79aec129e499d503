"""Everything the plugin keeps between sessions, typed, in one object over QgsSettings.

Never a secret: the client secret lives in QGIS's Authentication Manager, only its authcfg id
here. Every key is below KEY_PREFIX and named once, in the field's metadata.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields, replace
from typing import Any

from qgis.core import QgsSettings

from earthplatform_qgis.stac.chunks import DEFAULT_CONCURRENCY, MAX_CONCURRENCY

DEFAULT_API_URL = "https://api.earthdaily.com/platform/v1/stac"
DEFAULT_TOKEN_URL = (  # nosec B105 # a URL, not a password
    "https://api.earthdaily.com/account_management/v1/authentication/api_tokens/exchange"
)
KEY_PREFIX = "earthplatform/"


def _key(name: str) -> Any:
    return {"key": name}


@dataclass(frozen=True)
class Settings:
    """The plugin's settings; load() reads them typed, save() writes the ones named."""

    # Where the catalog lives and which stored credentials sign in to it.
    api_url: str = field(default=DEFAULT_API_URL, metadata=_key("connection/api_url"))
    token_url: str = field(default=DEFAULT_TOKEN_URL, metadata=_key("connection/token_url"))
    authcfg: str = field(default="", metadata=_key("connection/authcfg"))
    # Other servers the catalog's links may lead to, asked without the token (parse_origins).
    trusted_servers: str = field(default="", metadata=_key("connection/trusted_servers"))
    # The dock's filters as SearchSpec.to_dict() JSON, without the area (it follows the map).
    last_search: str = field(default="", metadata=_key("search/last"))
    # The searches saved in the profile, as JSON (saved_searches.py); a project keeps its own.
    saved_searches: str = field(default="", metadata=_key("search/saved"))
    # Search requests sent at once (a long period is searched in concurrent chunks); 1: page
    # by page.
    requests_in_flight: int = field(
        default=DEFAULT_CONCURRENCY, metadata=_key("search/requests_in_flight")
    )
    # Where downloads go ("" until one is chosen) and whether their files become layers.
    download_folder: str = field(default="", metadata=_key("download/folder"))
    add_downloaded_layers: bool = field(default=False, metadata=_key("download/add_layers"))

    @property
    def search_concurrency(self) -> int:
        """requests_in_flight within the range a search accepts (1 to MAX_CONCURRENCY)."""
        return min(max(self.requests_in_flight, 1), MAX_CONCURRENCY)

    @classmethod
    def load(cls, store: QgsSettings | None = None) -> Settings:
        """The stored settings, each of its field's type; the default where none is stored."""
        store = store or QgsSettings()
        values: dict[str, Any] = {}
        for f in fields(cls):
            default = f.default
            try:
                value = store.value(KEY_PREFIX + f.metadata["key"], default, type=type(default))
            except TypeError:  # text that is no number, read as an int: the default
                value = default
            values[f.name] = _as_type(value, default)
        return cls(**values)

    def save(self, *names: str, store: QgsSettings | None = None) -> None:
        """Store the fields named (every field when none is), each under its one key."""
        store = store or QgsSettings()
        for f in fields(self):
            if not names or f.name in names:
                store.setValue(KEY_PREFIX + f.metadata["key"], getattr(self, f.name))


def _as_type(value: Any, default: Any) -> Any:
    """value as its field's type. QSettings reads an INI value with a comma as a list of
    strings (a URL with a comma, a JSON text): joined back; anything else odd is the default."""
    if isinstance(default, str) and isinstance(value, list):
        return ",".join(str(part) for part in value)
    return value if isinstance(value, type(default)) else default


def remember(**changes: Any) -> None:
    """Store these settings, and only these, as they are now."""
    replace(Settings(), **changes).save(*changes)
