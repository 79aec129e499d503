"""Presigned links as the tests look at them, decoded here rather than by the plugin's code."""

from __future__ import annotations

import base64
import calendar
import html
import re
import time
import urllib.parse

SIGNATURE = "X-Amz-Signature"
# The loopback relay's URLs: /<32 hex tag>/<the link, base64url>/<file name>, maybe URL-encoded.
_RELAY = re.compile(
    r"127\.0\.0\.1(?::|%3A)\d+(?:/|%2F)[0-9a-f]{32}(?:/|%2F)([A-Za-z0-9_-]+)(?:/|%2F)"
)
_STREAMED = re.compile(r"/vsicurl\?[^\"<\s]*?url=([^&\"<\s]+)")
# A signature, plain or URL-encoded; "expired" is no hex, so no fresh signature passes for it.
_SIGNED = re.compile(r"X-Amz-Signature(%3D|=)[0-9a-f]+")
EXPIRED = "expired"


def signature_of(href: str) -> str:
    """The X-Amz-Signature of a presigned link."""
    return urllib.parse.parse_qs(urllib.parse.urlsplit(href).query)[SIGNATURE][0]


def expiry_of(query: str) -> float:
    """When a presigned link with this query string expires (POSIX seconds)."""
    params = urllib.parse.parse_qs(query)
    signed_at = calendar.timegm(time.strptime(params["X-Amz-Date"][0], "%Y%m%dT%H%M%SZ"))
    return float(signed_at + int(params["X-Amz-Expires"][0]))


def _b64decode(text: str) -> str:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4)).decode()


def expire_links(text: str) -> str:
    """text (a project, a VRT) with every presigned link's signature made invalid, the links
    inside relay URLs too: as the links of a project saved yesterday."""

    def expire_relayed(match: re.Match[str]) -> str:
        href = _SIGNED.sub(rf"X-Amz-Signature\g<1>{EXPIRED}", _b64decode(match.group(1)))
        encoded = base64.urlsafe_b64encode(href.encode()).decode().rstrip("=")
        return match.group(0).replace(match.group(1), encoded)

    return _RELAY.sub(expire_relayed, _SIGNED.sub(rf"X-Amz-Signature\g<1>{EXPIRED}", text))


def streamed_hrefs(text: str) -> list[str]:
    """The links the /vsicurl? paths in a layer source or VRT read, relay URLs decoded."""
    hrefs = []
    for url in _STREAMED.findall(html.unescape(text)):
        url = urllib.parse.unquote(url)
        relayed = _RELAY.search(url)
        hrefs.append(_b64decode(relayed.group(1)) if relayed else url)
    return hrefs


def holds_relay_url(text: str) -> bool:
    """Whether text holds a URL of the loopback relay (plain or URL-encoded)."""
    return _RELAY.search(text) is not None


def shows_no_link_secret(text: str) -> bool:
    """Whether text holds neither a signature nor a relay URL (which carries the whole link)."""
    return "X-Amz-" not in text and "Signature" not in text and not holds_relay_url(text)
