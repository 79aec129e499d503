"""Small web sites the tests start: an HTML page, and the same over HTTPS with a certificate no
authority signed."""

from __future__ import annotations

import http.server
import json
import ssl
import subprocess
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import ClassVar


def reply(handler: http.server.BaseHTTPRequestHandler, status: int, kind: str, body: bytes) -> None:
    """Answer with status and body, of Content-Type kind."""
    handler.send_response(status)
    handler.send_header("Content-Type", kind)
    handler.send_header("Content-Length", str(len(body)))
    handler.end_headers()
    handler.wfile.write(body)


class HtmlPage(http.server.BaseHTTPRequestHandler):
    """Answers every GET and POST with a small HTML page, like a web site or a login portal;
    `paths` lists what it was asked for."""

    paths: ClassVar[list[str]] = []

    def _html(self) -> None:
        self.paths.append(self.path)
        body = b"<!doctype html><html><body>Welcome</body></html>"
        reply(self, 200, "text/html; charset=utf-8", body)

    do_GET = do_POST = _html  # noqa: N815 (http.server's names)

    def log_message(self, *_args: object) -> None:
        pass


def serve(server: http.server.HTTPServer) -> Iterator[str]:
    """Serve in a thread; yields `127.0.0.1:<port>`, stops after."""
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def html_page() -> http.server.HTTPServer:
    """The HTML page's server, its request list emptied."""
    HtmlPage.paths = []
    return http.server.HTTPServer(("127.0.0.1", 0), HtmlPage)


def self_signed(server: http.server.HTTPServer, folder: Path) -> http.server.HTTPServer:
    """server, speaking HTTPS with a certificate for 127.0.0.1 that no authority signed."""
    key, cert = folder / "key.pem", folder / "cert.pem"
    subprocess.run(
        [
            "openssl",
            "req",
            "-x509",
            "-newkey",
            "rsa:2048",
            "-nodes",
            "-days",
            "1",
            "-subj",
            "/CN=127.0.0.1",
            "-keyout",
            str(key),
            "-out",
            str(cert),
        ],
        check=True,
        capture_output=True,
    )
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    server.socket = context.wrap_socket(server.socket, server_side=True)
    return server


class Recorder(http.server.BaseHTTPRequestHandler):
    """Answers every request with `answer` as JSON (an empty FeatureCollection unless set) and
    keeps each request's method, path and headers in `seen`: another origin the tests watch
    for credentials."""

    seen: ClassVar[list[tuple[str, str, dict[str, str]]]] = []
    answer: ClassVar[dict[str, object]] = {}
    status: ClassVar[int] = 200

    def _json(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        self.rfile.read(length)
        self.seen.append((self.command, self.path, dict(self.headers.items())))
        body = json.dumps(self.answer or {"type": "FeatureCollection", "features": []}).encode()
        reply(self, self.status, "application/json", body)

    do_GET = do_POST = _json  # noqa: N815 (http.server's names)

    def log_message(self, *_args: object) -> None:
        pass


def recorder() -> http.server.HTTPServer:
    """The recording site's server, what it saw emptied and its answer the default."""
    Recorder.seen = []
    Recorder.answer = {}
    Recorder.status = 200
    return http.server.ThreadingHTTPServer(("127.0.0.1", 0), Recorder)
