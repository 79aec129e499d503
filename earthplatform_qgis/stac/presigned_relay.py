"""A loopback relay that tells GDAL the size of an S3-presigned file, so it reads it by ranges.

GDAL 3.6.0 to 3.6.2 (QGIS 3.22 on Debian 12) learns the size of a file whose URL carries
`X-Amz-Signature` with a GET, since S3 refuses HEAD to a URL presigned for GET, and then reads
that GET's whole body: every streamed mask or image costs the whole file (GDAL issue 7150, fixed
in 3.6.3). GDAL opens the relay's URL for it instead. No signature in it, so GDAL sends HEAD,
which the relay answers with the size a one-byte range GET to the link gives. Every GET is
redirected to the link itself, unchanged: GDAL follows with the same Range, verifies TLS itself,
and as the link is presigned S3-style it then reads straight from it until the link expires
(GDAL's own handling of redirects to S3, CPL_VSIL_CURL_USE_S3_REDIRECT). No file byte passes
through Python.

The relay only serves links this session registered: its URLs carry an HMAC of the link under a
key made at start. It listens on 127.0.0.1 only, and answers only requests addressed to it by
that name (no DNS-rebinding page can reach it).
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import re
import secrets
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import urlsplit

import requests

from earthplatform_qgis.stac.http import make_session
from earthplatform_qgis.stac.network_settings import DIRECT, NetworkSettings

LOOPBACK = "127.0.0.1"
# /<tag>/<link, base64url>/<file name>: the file name keeps the extension GDAL may look at.
_RELAY_PATH = re.compile(r"^/([0-9a-f]{32})/([A-Za-z0-9_-]+)/[^/]*$")
# How often the idle relay thread wakes (serve_forever looks for a shutdown that never comes).
_IDLE_POLL_S = 3600.0
# Headers of the link's answer a HEAD passes back to GDAL.
_RETURNED = ("Content-Type", "Content-Length", "Content-Range", "Last-Modified", "ETag")


def s3_like_signed(url: str) -> bool:
    """Whether GDAL takes url for an S3-style presigned link (and so learns its size by GET)."""
    cloud_host = any(
        f"{host}{end}" in url
        for host in (".s3.amazonaws.com", ".storage.googleapis.com", ".cloudfront.net")
        for end in ("/", ":")
    )
    return (cloud_host and ("&Signature=" in url or "?Signature=" in url)) or (
        "&X-Amz-Signature=" in url or "?X-Amz-Signature=" in url
    )


def _encode(href: str) -> str:
    return base64.urlsafe_b64encode(href.encode()).decode().rstrip("=")


def _decode(text: str) -> str | None:
    try:
        href = base64.urlsafe_b64decode(text + "=" * (-len(text) % 4)).decode()
    except (binascii.Error, UnicodeDecodeError):
        return None
    return href if href.startswith(("https://", "http://")) else None


def relayed_link(url: str) -> str | None:
    """The link a relay URL (of this session's relay or an earlier one's) stands for, or None
    when url is not a relay URL."""
    parts = urlsplit(url)
    match = _RELAY_PATH.match(parts.path)
    if parts.hostname != LOOPBACK or not match:
        return None
    return _decode(match.group(2))


class PresignedRelay:
    """The loopback relay: started at the first URL asked for, one per QGIS process. It is
    never stopped: the layers opened through it keep working after the plugin is unloaded,
    and its thread (a daemon) ends with QGIS."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._key = secrets.token_bytes(32)
        self._server: _RelayServer | None = None
        self._session: requests.Session | None = None
        self._network = DIRECT

    def use(self, network: NetworkSettings) -> None:
        """Ask links for their size through network's proxy, trusting its certificates."""
        with self._lock:
            # Asked at every client made: settings unchanged keep the session and its pool.
            if network == self._network:
                return
            self._network = network
            if self._session is not None:
                self._session = make_session(network=network)

    def url_for(self, href: str) -> str:
        """The relay URL GDAL reads instead of href."""
        origin = self._start()
        name = urlsplit(href).path.rsplit("/", 1)[-1]
        return f"{origin}/{self._tag(href)}/{_encode(href)}/{name}"

    def _tag(self, href: str) -> str:
        return hmac.new(self._key, href.encode(), hashlib.sha256).hexdigest()[:32]

    def _start(self) -> str:
        with self._lock:
            if self._server is None:
                self._session = make_session(network=self._network)
                server = _RelayServer(self)
                # Never shut down, so no need to wake every half second to look for it.
                threading.Thread(
                    target=server.serve_forever,
                    args=(_IDLE_POLL_S,),
                    name="earthplatform-relay",
                    daemon=True,
                ).start()
                self._server = server
            return f"http://{LOOPBACK}:{self._server.server_address[1]}"

    def link(self, path: str, host: str) -> str | None:
        """The link a request to this relay may read, or None (not ours, or not addressed to it)."""
        server = self._server
        match = _RELAY_PATH.match(path)
        if server is None or host != f"{LOOPBACK}:{server.server_address[1]}" or not match:
            return None
        href = _decode(match.group(2))
        if href is None or not hmac.compare_digest(match.group(1), self._tag(href)):
            return None
        return href

    def size_headers(self, href: str) -> tuple[int, dict[str, str]]:
        """What a HEAD to href would answer (status, headers), learned from a one-byte GET.

        Not kept: GDAL keeps what it learned of a URL itself, and asks again only after its
        cache was cleared, when a file may have gone."""
        session = self._session
        if session is None:
            raise requests.ConnectionError("the relay has stopped")
        headers = {"Range": "bytes=0-0", "Accept-Encoding": "identity"}
        with session.get(href, headers=headers, stream=True) as response:
            if response.status_code not in (200, 206):
                return response.status_code, {"Content-Length": "0"}
            found = {name: response.headers[name] for name in _RETURNED if name in response.headers}
        total = found.pop("Content-Range", "").rpartition("/")[2]
        if response.status_code == 206:
            if not total.isdigit():
                return 502, {"Content-Length": "0"}
            found["Content-Length"] = total
        found["Accept-Ranges"] = "bytes"
        return 200, found


class _RelayServer(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, relay: PresignedRelay) -> None:
        super().__init__((LOOPBACK, 0), _RelayHandler)
        self.relay = relay


class _RelayHandler(BaseHTTPRequestHandler):
    """HEAD from the size learned; GET redirected to the link."""

    protocol_version = "HTTP/1.1"  # keeps GDAL's connection open between its requests
    server: _RelayServer

    def do_HEAD(self) -> None:
        href = self._link()
        if href is None:
            return
        try:
            status, headers = self.server.relay.size_headers(href)
        except requests.RequestException as error:
            # Why, in a header GDAL does not show: the link stays out of every message.
            status, headers = 502, {"Content-Length": "0", "X-Relay-Error": type(error).__name__}
        self._answer(status, headers)

    def do_GET(self) -> None:
        href = self._link()
        if href is not None:
            self._answer(302, {"Location": href, "Content-Length": "0"})

    def _link(self) -> str | None:
        href = self.server.relay.link(self.path, self.headers.get("Host", ""))
        if href is None:
            self._answer(404, {"Content-Length": "0"})
        return href

    def _answer(self, status: int, headers: dict[str, str]) -> None:
        self.send_response_only(status)
        for name, value in headers.items():
            self.send_header(name, value)
        self.end_headers()

    def log_message(self, format: str, *args: Any) -> None:
        """Silent: a request line holds a link, which is as good as a key."""


RELAY = PresignedRelay()
