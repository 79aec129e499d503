"""Connection failures the analyst must get in words: TLS, DNS, not a STAC API, HTML token URL."""

from __future__ import annotations

from devserver.harness import StacTestServer
from earthplatform_qgis.stac.auth import Credentials
from earthplatform_qgis.stac.client import EarthPlatformClient
from earthplatform_qgis.stac.connection import Connection
from tests.support.connection import connect


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
    api_url = f"{stac_control.base_url}/_control/stats"
    result = connect(stac_control, api_url=api_url).check()
    assert not result.ok
    assert result.message == f"{api_url} answers, but it is not a STAC API (no links)."
