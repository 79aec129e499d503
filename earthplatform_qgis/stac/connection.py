"""One catalog to talk to: its URLs, the credentials that sign in, and where they came from."""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urlsplit

from earthplatform_qgis.stac.auth import Credentials

STAC_PATH = "/platform/v1/stac"


@dataclass(frozen=True)
class Connection:
    """Everything needed to talk to one catalog; `source` says in words where it came from."""

    api_url: str
    token_url: str
    credentials: Credentials | None
    source: str


def stac_url(eds_api_url: str) -> str:
    """EDS_API_URL in either of the earthdaily client's forms -> the STAC API URL.

    Older clients take the full STAC URL; newer ones the service's base URL, to which
    /platform/v1/stac is appended.
    """
    url = eds_api_url.strip().rstrip("/")
    return url + STAC_PATH if urlsplit(url).path in ("", "/") else url
