"""One catalog to talk to: its URLs, the credentials that sign in, where they came from, and
the other servers its links may lead to."""

from __future__ import annotations

import ipaddress
import re
from dataclasses import dataclass
from urllib.parse import urlsplit

from earthplatform_qgis.stac.auth import Credentials
from earthplatform_qgis.stac.errors import ConfigurationError
from earthplatform_qgis.stac.http import redact_url, url_origin
from earthplatform_qgis.stac.words import tr

STAC_PATH = "/platform/v1/stac"
_SEPARATORS = re.compile(r"[\s,;]+")


@dataclass(frozen=True)
class Connection:
    """Everything needed to talk to one catalog; `source` says in words where it came from.

    `trusted_origins` (as url_origin spells them): other servers the catalog's links may lead
    to, asked without the token. A URL on plain http:// to another computer is refused here,
    before anything is sent (ConfigurationError): the secret and the token would cross the
    network in clear text.
    """

    api_url: str
    token_url: str
    credentials: Credentials | None
    source: str
    trusted_origins: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        for what, url in (
            (tr("The STAC API URL"), self.api_url),
            (tr("The token URL"), self.token_url),
        ):
            refusal = plain_http_refusal(what, url)
            if refusal:
                raise ConfigurationError(
                    tr("{refusal} (from {source})").format(refusal=refusal, source=self.source)
                )


def plain_http_refusal(what: str, url: str) -> str | None:
    """Why url cannot be used (http:// to another computer), or None (an unreadable URL
    included: the request then fails with its own words, before anything is sent). what: the
    URL's name with its article, through tr()."""
    try:
        parts = urlsplit(url.strip())
        host = parts.hostname or ""
    except ValueError:  # "http://[::1" and the like
        return None
    if parts.scheme.lower() != "http" or is_loopback(host):
        return None
    return tr(
        "{what} {url} uses http://: the client secret and the access token would cross the "
        "network unencrypted. Use https:// (http:// is only for this computer: localhost, "
        "127.0.0.1 or ::1)."
    ).format(what=what, url=redact_url(url))


def is_loopback(host: str) -> bool:
    """Whether host names this computer: localhost, 127.0.0.0/8 or ::1."""
    if host.lower().rstrip(".") == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def parse_origins(text: str) -> tuple[tuple[str, ...], list[str]]:
    """The origins of a list of servers as a person types it (URLs or scheme://host[:port],
    separated by spaces, commas or semicolons), and the entries that are no http(s) URL."""
    origins: list[str] = []
    unreadable: list[str] = []
    for entry in filter(None, _SEPARATORS.split(text.strip())):
        found = url_origin(entry)
        if not found:
            unreadable.append(entry)
        elif found not in origins:
            origins.append(found)
    return tuple(origins), unreadable


def stac_url(eds_api_url: str) -> str:
    """EDS_API_URL in either of the earthdaily client's forms -> the STAC API URL.

    Older clients take the full STAC URL; newer ones the service's base URL, to which
    /platform/v1/stac is appended.
    """
    url = eds_api_url.strip().rstrip("/")
    return url + STAC_PATH if urlsplit(url).path in ("", "/") else url
