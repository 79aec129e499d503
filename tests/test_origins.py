"""Credentials go only where they belong: the bearer token to the catalog's own origin, the
client secret never over plain HTTP to another computer. Another server on another port
records every header it receives; the catalog's links and redirects are pointed at it."""

from __future__ import annotations

import configparser
from contextlib import closing
from pathlib import Path
from typing import Any

import pytest
import requests
from qgis.core import Qgis

from devserver.harness import StacTestServer
from earthplatform_qgis.credentials import resolve_connection
from earthplatform_qgis.gui.dock import EarthPlatformDock
from earthplatform_qgis.settings import Settings
from earthplatform_qgis.stac.auth import Credentials
from earthplatform_qgis.stac.client import EarthPlatformClient
from earthplatform_qgis.stac.connection import Connection
from earthplatform_qgis.stac.download import plan_downloads
from earthplatform_qgis.stac.errors import ApiError, ConfigurationError, ForeignOriginError
from earthplatform_qgis.stac.http import url_origin
from tests.support.catalog import catalog_items
from tests.support.connection import connect
from tests.support.dock import run_search
from tests.support.sites import Recorder

SEARCH = "/platform/v1/stac/search"


def authorizations() -> list[str]:
    """The Authorization headers the recording site received, one per request that had one."""
    return [
        value
        for _, _, headers in Recorder.seen
        for name, value in headers.items()
        if name.lower() == "authorization"
    ]


def first_page_leading_to(server: StacTestServer, next_href: str, count: int = 3) -> None:
    """The catalog's first answer to POST /search: `count` real items, 10 matched, and a next
    link to next_href (as a server gone wrong, or a look-alike, might send)."""
    items = catalog_items(server)[:count]
    server.inject_fault(
        path=SEARCH,
        method="POST",
        action="status",
        status=200,
        body={
            "type": "FeatureCollection",
            "features": items,
            "numberMatched": 10,
            "links": [{"rel": "next", "href": next_href, "method": "GET"}],
        },
    )


def pages_before_error(client: Any) -> tuple[int, Exception | None]:
    """Items of the pages a search hands over before it fails, and how it failed."""
    items, failure = 0, None
    try:
        for page in client.search_pages({"collections": ["sentinel-2-l2a"], "limit": 3}):
            items += len(page.features)
    except ApiError as error:
        failure = error
    return items, failure


def test_a_next_link_to_another_origin_is_not_followed_and_the_token_stays(
    stac_control: StacTestServer, recording_site: str
) -> None:
    first_page_leading_to(stac_control, f"http://{recording_site}/search?page=2")
    with closing(connect(stac_control)) as client:
        items, failure = pages_before_error(client)
    assert items == 3  # what arrived is kept
    assert isinstance(failure, ForeignOriginError)
    message = str(failure)
    assert f"The catalog at {stac_control.base_url} sent the plugin to http://{recording_site}" in (
        message
    )
    assert "Trusted servers" in message
    assert Recorder.seen == []  # refused before anything was sent


def test_a_trusted_origin_is_followed_without_the_token(
    stac_control: StacTestServer, recording_site: str
) -> None:
    first_page_leading_to(stac_control, f"http://{recording_site}/search?page=2")
    trusted = (url_origin(f"http://{recording_site}"),)
    with closing(connect(stac_control, trusted_origins=trusted)) as client:
        items, failure = pages_before_error(client)
    assert (items, failure) == (3, None)
    assert [path for _, path, _ in Recorder.seen] == ["/search?page=2"]
    assert authorizations() == []


def test_a_collections_next_link_to_another_origin_gets_no_token(
    stac_control: StacTestServer, recording_site: str
) -> None:
    page = {
        "collections": [{"id": "sentinel-2-l2a"}],
        "links": [{"rel": "next", "href": f"http://{recording_site}/collections?page=2"}],
    }
    stac_control.inject_fault(
        path="/platform/v1/stac/collections", action="status", status=200, body=page
    )
    with (
        closing(connect(stac_control)) as client,
        pytest.raises(ForeignOriginError, match="a link"),
    ):
        client.collections()
    assert Recorder.seen == []


def queryables_redirected(server: StacTestServer, site: str) -> str:
    """The catalog's /queryables answers a redirect to the recording site: where to."""
    target = f"http://{site}/queryables"
    server.inject_fault(
        path="/platform/v1/stac/queryables",
        action="status",
        status=302,
        headers={"Location": target},
    )
    return target


@pytest.mark.parametrize("trusted", [False, True], ids=["untrusted", "trusted"])
def test_a_redirect_to_another_origin_never_carries_the_token(
    stac_control: StacTestServer, recording_site: str, trusted: bool
) -> None:
    target = queryables_redirected(stac_control, recording_site)
    Recorder.answer = {"properties": {"eo:cloud_cover": {"type": "number"}}}
    origins = (url_origin(target),) if trusted else ()
    with closing(connect(stac_control, trusted_origins=origins)) as client:
        if trusted:  # requests itself drops the header when a redirect changes host or port
            assert client.queryables() == {"eo:cloud_cover"}
            assert len(Recorder.seen) == 1
        else:
            with pytest.raises(ForeignOriginError, match="a redirect"):
                client.queryables()
            assert Recorder.seen == []
    assert authorizations() == []


def test_a_trusted_server_refusing_the_request_is_not_sent_the_token_again(
    stac_control: StacTestServer, recording_site: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A refusal (401/403) from the catalog itself gets the request repeated with a new token;
    one from a server a redirect led to must not."""
    monkeypatch.setattr(Recorder, "status", 401)
    target = queryables_redirected(stac_control, recording_site)
    trusted = (url_origin(target),)
    with (
        closing(connect(stac_control, trusted_origins=trusted)) as client,
        pytest.raises(ApiError, match="401"),
    ):
        client.queryables()
    assert len(Recorder.seen) == 1
    assert authorizations() == []


def test_an_asset_on_another_origin_is_fetched_without_the_token(
    stac_control: StacTestServer, recording_site: str, tmp_path: Path
) -> None:
    from earthplatform_qgis.stac.download import Downloader

    item = catalog_items(stac_control)[0]
    item["assets"] = {
        "visual": {
            "href": f"http://{recording_site}/bucket/visual.tif?X-Amz-Signature=f00d",
            "type": "image/tiff",
        }
    }
    with closing(connect(stac_control)) as client:
        Downloader(client.asset_session, lambda refs: {}).run(
            plan_downloads([item], ["visual"], tmp_path)
        )
    assert [path for _, path, _ in Recorder.seen] == ["/bucket/visual.tif?X-Amz-Signature=f00d"]
    assert authorizations() == []


def test_a_refused_link_stops_the_dock_search_partial_and_says_both_origins(
    dock: EarthPlatformDock,
    qtbot: Any,
    stac_control: StacTestServer,
    recording_site: str,
    qgis_iface: Any,
) -> None:
    Settings(requests_in_flight=1).save("requests_in_flight")  # page by page: the next link
    first_page_leading_to(stac_control, f"http://{recording_site}/search?page=2")
    run_search(dock, qtbot)
    layer = dock.runner.layer()
    assert layer is not None
    assert layer.featureCount() == 3
    assert "(partial: 3 of 10" in layer.name()
    [error] = qgis_iface.messageBar().get_messages(Qgis.MessageLevel.Critical)
    assert stac_control.base_url in error
    assert f"http://{recording_site}" in error
    assert Recorder.seen == []


# --- Plain HTTP ---------------------------------------------------------------------------


@pytest.fixture
def attempts(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every request any requests session tries to send (none is actually sent)."""
    tried: list[str] = []

    def record(self: Any, request: requests.PreparedRequest, **_kwargs: Any) -> None:
        tried.append(request.url or "")
        raise requests.ConnectionError("no test traffic leaves the machine")

    monkeypatch.setattr(requests.adapters.HTTPAdapter, "send", record)
    return tried


REMOTE_API = "http://stac.example.com/platform/v1/stac"
REMOTE_TOKEN = "http://auth.example.com/oauth/token"


@pytest.mark.parametrize(
    ("api_url", "token_url", "refused"),
    [
        (REMOTE_API, "https://auth.example.com/token", "STAC API URL"),
        ("https://stac.example.com/stac", REMOTE_TOKEN, "token URL"),
    ],
)
def test_plain_http_to_another_computer_is_refused_before_anything_is_sent(
    attempts: list[str], api_url: str, token_url: str, refused: str
) -> None:
    with pytest.raises(ConfigurationError) as raised:
        Connection(api_url, token_url, Credentials("id", "secret"), "test")
    message = str(raised.value)
    assert f"The {refused} " in message
    assert "uses http://" in message
    assert "secret" not in message.replace("client secret", "")
    assert attempts == []


@pytest.mark.parametrize(
    "url",
    [
        "http://localhost:8080/stac",
        "http://127.0.0.1/stac",
        "http://127.1.2.3:9/stac",
        "http://[::1]:8080/stac",
        "https://stac.example.com/stac",
    ],
)
def test_loopback_and_https_urls_are_accepted(url: str) -> None:
    assert Connection(url, url, None, "test").api_url == url


def test_the_environment_and_the_credentials_file_are_held_to_the_same_rule(
    attempts: list[str], tmp_path: Path
) -> None:
    environ = {"EDS_CLIENT_ID": "id", "EDS_SECRET": "secret", "EDS_API_URL": REMOTE_API}
    with pytest.raises(ConfigurationError, match="environment variables"):
        resolve_connection(Settings(), environ=environ, credentials_file=tmp_path / "none")
    ini = configparser.ConfigParser()
    ini["default"] = {"EDS_CLIENT_ID": "id", "EDS_SECRET": "secret", "EDS_AUTH_URL": REMOTE_TOKEN}
    path = tmp_path / "credentials"
    with path.open("w", encoding="utf-8") as handle:
        ini.write(handle)
    with pytest.raises(ConfigurationError, match=r"token URL .* uses http://"):
        resolve_connection(Settings(), environ={}, credentials_file=path)
    assert attempts == []


def test_trusted_servers_are_read_as_origins_from_the_settings() -> None:
    settings = Settings(trusted_servers="HTTPS://Data.Example.com/stac,http://127.0.0.1:9 ftp://x")
    connection = resolve_connection(settings, environ={}, credentials_file=Path("/nonexistent"))
    assert connection.trusted_origins == ("https://data.example.com:443", "http://127.0.0.1:9")


def test_an_unreadable_url_is_left_to_the_request_to_refuse(attempts: list[str]) -> None:
    connection = Connection("http://[::1", "http://[::1", Credentials("id", "secret"), "test")
    with closing(EarthPlatformClient(connection)) as client:
        result = client.check()
    assert not result.ok
    assert "The request to http://[::1 failed" in result.message
    assert attempts == []
