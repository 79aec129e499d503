"""Connection failures the analyst must get in words: TLS, DNS, not a STAC API, HTML token URL."""

from __future__ import annotations

import http.server
import ssl
import subprocess
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from devserver.harness import StacTestServer
from earthplatform_qgis.stac.auth import Credentials
from earthplatform_qgis.stac.client import EarthPlatformClient
from earthplatform_qgis.stac.connection import Connection
from tests.support.connection import connect


class _Page(http.server.BaseHTTPRequestHandler):
    """Answers every GET and POST with a small HTML page, like a web site or a login portal."""

    def _html(self) -> None:
        body = b"<!doctype html><html><body>Welcome</body></html>"
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    do_GET = do_POST = _html  # noqa: N815 (http.server's names)

    def log_message(self, *_args: object) -> None:
        pass


def _serve(server: http.server.HTTPServer) -> Iterator[str]:
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


@pytest.fixture
def html_site() -> Iterator[str]:
    yield from _serve(http.server.HTTPServer(("127.0.0.1", 0), _Page))


@pytest.fixture
def self_signed_site(tmp_path: Path) -> Iterator[str]:
    """An HTTPS server whose certificate no authority signed."""
    key, cert = tmp_path / "key.pem", tmp_path / "cert.pem"
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
    server = http.server.HTTPServer(("127.0.0.1", 0), _Page)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    server.socket = context.wrap_socket(server.socket, server_side=True)
    yield from _serve(server)


def check(api_url: str, token_url: str) -> str:
    connection = Connection(api_url, token_url, Credentials("id", "secret"), "test")
    result = EarthPlatformClient(connection).check()
    assert not result.ok
    return result.message


def test_self_signed_certificate_is_refused_with_words(self_signed_site: str) -> None:
    message = check(f"https://{self_signed_site}/stac", f"https://{self_signed_site}/token")
    assert "certificate could not be verified" in message


def test_unknown_host_says_the_name_cannot_be_found() -> None:
    message = check("https://catalog.invalid/stac", "https://auth.invalid/token")
    assert "auth.invalid could not be found" in message


def test_token_url_answering_html_says_it_is_not_a_token(html_site: str) -> None:
    message = check(f"http://{html_site}/stac", f"http://{html_site}/login")
    assert "answered with text/html, not an access token" in message


def test_api_url_answering_html_says_it_is_not_a_stac_api(
    stac_control: StacTestServer, html_site: str
) -> None:
    result = connect(stac_control, api_url=f"http://{html_site}/stac").check()
    assert not result.ok
    assert "is not JSON" in result.message
    assert "a STAC API?" in result.message


def test_json_site_without_stac_conformance_is_not_a_stac_api(
    stac_control: StacTestServer,
) -> None:
    # The token endpoint's host answers JSON at /_control/stats but declares no conformance.
    result = connect(stac_control, api_url=f"{stac_control.base_url}/_control/stats").check()
    assert not result.ok
    assert "not a STAC API" in result.message
