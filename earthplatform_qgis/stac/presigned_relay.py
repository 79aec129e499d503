"""A loopback relay through which GDAL reads S3-presigned links by byte ranges.

GDAL 3.6.0 to 3.6.2 (QGIS 3.22 on Debian 12) learns the size of a file whose URL carries
`X-Amz-Signature` with a GET, since S3 refuses HEAD to a URL presigned for GET, and then reads
that GET's whole body: every streamed mask or image costs the whole file (GDAL issue 7150, fixed
in 3.6.3). GDAL reads the relay's URL for it instead: no signature in it, so GDAL sends HEAD, which
the relay answers with the size learned from a one-byte range GET to the presigned link; every
other request goes on to the link unchanged (same Range, TLS verified) and its answer comes back
as it is.

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
from requests.adapters import HTTPAdapter
from urllib3.exceptions import HTTPError

from earthplatform_qgis.stac.http import CONNECT_TIMEOUT, READ_TIMEOUT, user_agent

LOOPBACK = "127.0.0.1"
# /<tag>/<link, base64url>/<file name>: the file name keeps the extension GDAL may look at.
_RELAY_PATH = re.compile(r"^/([0-9a-f]{32})/([A-Za-z0-9_-]+)/[^/]*$")
# Request headers passed on to the link, and answer headers passed back to GDAL.
_FORWARDED = ("Range", "If-Range", "If-None-Match", "If-Modified-Since")
_RETURNED = (
    "Content-Type",
    "Content-Length",
    "Content-Range",
    "Accept-Ranges",
    "Last-Modified",
    "ETag",
)
_COPY_CHUNK = 64 * 1024
# Connections kept to the links' servers, one per GDAL connection at the same time.
_POOL_SIZE = 32


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
    """The loopback relay: started at the first URL asked for, one per QGIS process."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._key = secrets.token_bytes(32)
        self._server: _RelayServer | None = None
        self._session: requests.Session | None = None

    def url_for(self, href: str) -> str:
        """The relay URL GDAL reads instead of href."""
        origin = self._start()
        name = urlsplit(href).path.rsplit("/", 1)[-1]
        return f"{origin}/{self._tag(href)}/{_encode(href)}/{name}"

    def stop(self) -> None:
        """Stop serving (URLs handed out stop working); the next url_for starts anew."""
        with self._lock:
            server, self._server = self._server, None
            session, self._session = self._session, None
        if server is not None:
            server.shutdown()
            server.server_close()
        if session is not None:
            session.close()

    def _tag(self, href: str) -> str:
        return hmac.new(self._key, href.encode(), hashlib.sha256).hexdigest()[:32]

    def _start(self) -> str:
        with self._lock:
            if self._server is None:
                session = requests.Session()
                adapter = HTTPAdapter(pool_maxsize=_POOL_SIZE, max_retries=0)
                session.mount("https://", adapter)
                session.mount("http://", adapter)
                session.headers["User-Agent"] = user_agent()
                self._session = session
                server = _RelayServer(self)
                threading.Thread(
                    target=server.serve_forever, name="earthplatform-relay", daemon=True
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

    def get(self, href: str, headers: dict[str, str]) -> requests.Response:
        """The link's answer to a GET, its body not yet read."""
        session = self._session
        if session is None:
            raise requests.ConnectionError("the relay has stopped")
        return session.get(
            href, headers=headers, stream=True, timeout=(CONNECT_TIMEOUT, READ_TIMEOUT)
        )

    def size_headers(self, href: str) -> tuple[int, dict[str, str]]:
        """What a HEAD to href would answer (status, headers), learned from a one-byte GET.

        Not kept: GDAL keeps what it learned of a URL itself, and asks again only after its
        cache was cleared, when a file may have gone."""
        with self.get(href, {"Range": "bytes=0-0", "Accept-Encoding": "identity"}) as response:
            if response.status_code not in (200, 206):
                return response.status_code, {"Content-Length": "0"}
            found = _returned(response)
        total = found.pop("Content-Range", "").rpartition("/")[2]
        if response.status_code == 206:
            if not total.isdigit():
                return 502, {"Content-Length": "0"}
            found["Content-Length"] = total
        found["Accept-Ranges"] = "bytes"
        return 200, found


def _returned(response: requests.Response) -> dict[str, str]:
    return {name: response.headers[name] for name in _RETURNED if name in response.headers}


class _RelayServer(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, relay: PresignedRelay) -> None:
        super().__init__((LOOPBACK, 0), _RelayHandler)
        self.relay = relay


class _RelayHandler(BaseHTTPRequestHandler):
    """HEAD from the size learned; GET passed on to the link and its answer streamed back."""

    protocol_version = "HTTP/1.1"  # keeps GDAL's connections open between ranges
    server: _RelayServer

    def do_HEAD(self) -> None:
        href = self._link()
        if href is None:
            return
        try:
            status, headers = self.server.relay.size_headers(href)
        except requests.RequestException as error:
            self._fail(error, with_body=False)
            return
        self._answer(status, headers)

    def do_GET(self) -> None:
        href = self._link()
        if href is None:
            return
        headers = {name: self.headers[name] for name in _FORWARDED if name in self.headers}
        headers["Accept-Encoding"] = "identity"
        answered = False
        try:
            with self.server.relay.get(href, headers) as response:
                returned = _returned(response)
                if "Content-Length" not in returned:
                    self.close_connection = True
                    returned["Connection"] = "close"
                self._answer(response.status_code, returned)
                answered = True
                # What came before a dropped connection goes on too, as it would reach GDAL
                # without the relay: read1 (urllib3 2) returns it, read (urllib3 1.26) too.
                read = getattr(response.raw, "read1", None) or response.raw.read
                while chunk := read(_COPY_CHUNK):
                    self.wfile.write(chunk)
        except (requests.RequestException, HTTPError) as error:
            if answered:  # cut off halfway: GDAL sees a short body and reports it
                self.close_connection = True
            else:
                self._fail(error, with_body=True)
        except OSError:  # GDAL hung up (a render cancelled): nothing left to answer
            self.close_connection = True

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

    def _fail(self, error: Exception, with_body: bool) -> None:
        """A 502 carrying why the link could not be read, without the link itself."""
        body = f"The image server cannot be reached: {type(error).__name__}".encode()
        self.close_connection = True
        self._answer(502, {"Content-Length": str(len(body)), "Connection": "close"})
        if with_body:
            self.wfile.write(body)

    def log_message(self, format: str, *args: Any) -> None:
        """Silent: a request line holds a link, which is as good as a key."""


RELAY = PresignedRelay()
