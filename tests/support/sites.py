"""Small web sites the tests start: an HTML page, and the same over HTTPS with a certificate no
authority signed."""

from __future__ import annotations

import http.server
import ssl
import subprocess
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import ClassVar


class HtmlPage(http.server.BaseHTTPRequestHandler):
    """Answers every GET and POST with a small HTML page, like a web site or a login portal;
    `paths` lists what it was asked for."""

    paths: ClassVar[list[str]] = []

    def _html(self) -> None:
        self.paths.append(self.path)
        body = b"<!doctype html><html><body>Welcome</body></html>"
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

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
