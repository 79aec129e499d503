"""The session's settings a user relies on without seeing them: headers, proxy, timeouts."""

from __future__ import annotations

import pytest
from qgis.core import Qgis

from devserver.harness import StacTestServer
from earthplatform_qgis.__about__ import __version__
from earthplatform_qgis.network import client_for
from earthplatform_qgis.stac.connection import Connection
from earthplatform_qgis.stac.errors import ApiError
from earthplatform_qgis.stac.http import make_session
from earthplatform_qgis.stac.paging import iter_pages
from tests.support.catalog import S2


def test_the_plugins_sessions_name_plugin_and_qgis_and_ask_for_signed_asset_urls() -> None:
    client = client_for(Connection("https://api.example.test/stac", "", None, "test"))
    for session in (client.session, client.asset_session):
        assert session.headers["User-Agent"] == (
            f"earthplatform-qgis/{__version__} QGIS/{Qgis.QGIS_VERSION.split('-')[0]}"
        )
        assert session.headers["X-Signed-Asset-Urls"] == "True"
        assert session.verify is True
    client.close()


def test_a_server_that_stops_answering_ends_in_words_not_a_frozen_search(
    stac_control: StacTestServer,
) -> None:
    stac_control.inject_fault(path="/platform/v1/stac/search", action="hang", seconds=20)
    session = make_session(timeout=(5.0, 1.0))  # a read timeout short enough for a test
    session.headers["Authorization"] = f"Bearer {stac_control.token()}"
    with pytest.raises(ApiError, match="stopped answering"):
        list(iter_pages(session, f"{stac_control.api_url}/search", {"collections": [S2]}))
