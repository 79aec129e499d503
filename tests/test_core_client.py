"""The core engine against the real test STAC API: tokens, retries, paging, collections."""

from __future__ import annotations

import math
import threading
import time

import pytest

from devserver.harness import StacTestServer
from earthplatform_qgis.stac.auth import Credentials
from earthplatform_qgis.stac.client import EarthPlatformClient
from earthplatform_qgis.stac.errors import ApiError, AuthenticationError, CancelledError
from tests.support.catalog import S2, catalog_items
from tests.support.connection import connect
from tests.support.counters import faults_fired, requests_to, search_count

SERVER_BOUND = 10.0  # s: how long the server may take to receive a request, not a pause


def wait_until_the_server_holds_the_request(server: StacTestServer) -> None:
    """Return once every fault rule has fired (faults_fired). Fails after SERVER_BOUND seconds
    without it."""
    deadline = time.monotonic() + SERVER_BOUND
    while not faults_fired(server):
        assert time.monotonic() < deadline, "the request never reached the server"
        threading.Event().wait(0.02)


def search_in_a_thread(
    client: EarthPlatformClient, cancel: threading.Event
) -> tuple[threading.Thread, list[BaseException]]:
    """A whole-collection search running on its own thread, and what it will have raised."""
    outcome: list[BaseException] = []
    worker = threading.Thread(target=lambda: outcome.extend(_raises(client, cancel)), name="search")
    worker.start()
    return worker, outcome


def test_the_next_page_is_on_its_way_while_the_caller_works_on_one(
    client: EarthPlatformClient, stac_control: StacTestServer
) -> None:
    stac_control.inject_fault(path="/platform/v1/stac/search", action="hang", seconds=20, after=1)
    pages = client.search_pages({"collections": [S2], "limit": 10})
    next(pages)
    # Handed the first page, the caller has not asked for more, yet the second request is
    # already at the server: it has met the fault rule (which hangs it, unanswered).
    wait_until_the_server_holds_the_request(stac_control)


def test_every_page_is_fetched_once_and_all_matches_arrive(
    client: EarthPlatformClient, stac_control: StacTestServer
) -> None:
    body = {"collections": [S2], "query": {"eo:cloud_cover": {"lt": 30}}, "limit": 10}
    expected = {
        item["id"]
        for item in catalog_items(stac_control)
        if item["properties"]["eo:cloud_cover"] < 30
    }
    pages = list(client.search_pages(body))
    ids = [feature["id"] for page in pages for feature in page.features]
    assert sorted(ids) == sorted(expected)
    assert len(ids) == len(set(ids))
    assert {page.number_matched for page in pages} == {len(expected)}
    assert [page.index for page in pages] == list(range(len(pages)))
    assert search_count(stac_control) == len(pages) == math.ceil(len(expected) / 10)


def test_max_items_stops_paging_early(
    client: EarthPlatformClient, stac_control: StacTestServer
) -> None:
    pages = list(client.search_pages({"collections": [S2], "limit": 10}, max_items=25))
    assert [len(page.features) for page in pages] == [10, 10, 5]
    assert pages[-1].items_so_far == 25
    assert search_count(stac_control) == 3


def test_token_is_minted_once_and_reused(
    client: EarthPlatformClient, stac_control: StacTestServer
) -> None:
    list(client.search_pages({"collections": [S2], "limit": 50}, max_items=200))
    client.collections()
    assert client.tokens is not None
    assert client.tokens.minted == 1
    assert stac_control.stats()["classes"]["auth"]["requests"] == 1


def test_token_refused_in_the_middle_of_paging_is_renewed_and_paging_goes_on(
    client: EarthPlatformClient, stac_control: StacTestServer
) -> None:
    pages = client.search_pages({"collections": [S2], "limit": 20}, max_items=100)
    first = next(pages)
    stac_control.revoke_tokens()  # the server now answers 403 Forbidden to the old token
    rest = list(pages)
    assert first.items_so_far + sum(len(p.features) for p in rest) == 100
    assert client.tokens is not None
    assert client.tokens.minted == 2


def test_token_near_expiry_is_refreshed_before_use(stac_control: StacTestServer) -> None:
    stac_control.configure(token_lifetime=120)
    now = [0.0]
    client = connect(stac_control)
    assert client.tokens is not None
    client.tokens._clock = lambda: now[0]  # the provider reads time only through this
    first = client.tokens.token()
    now[0] = 59.0  # more than the 60 s refresh margin left: cached
    assert client.tokens.token() == first
    now[0] = 61.0  # less than 60 s left: a new token before the old one dies
    assert client.tokens.token() != first
    assert client.tokens.minted == 2


def test_tokens_are_shared_safely_between_threads(stac_control: StacTestServer) -> None:
    client = connect(stac_control)
    errors: list[BaseException] = []

    def search() -> None:
        try:
            list(client.search_pages({"collections": [S2], "limit": 5}, max_items=10))
        except BaseException as error:
            errors.append(error)

    threads = [threading.Thread(target=search) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert client.tokens is not None
    assert client.tokens.minted == 1


@pytest.mark.parametrize("status", [429, 503])
def test_overload_and_server_errors_are_retried(
    client: EarthPlatformClient, stac_control: StacTestServer, status: int
) -> None:
    stac_control.inject_fault(
        path="/platform/v1/stac/search", action="status", status=status, retry_after=0, count=1
    )
    pages = list(client.search_pages({"collections": [S2], "limit": 10}, max_items=10))
    assert len(pages[0].features) == 10
    assert search_count(stac_control) == 2


def test_a_server_that_keeps_failing_gives_status_and_its_words(
    client: EarthPlatformClient, stac_control: StacTestServer
) -> None:
    stac_control.inject_fault(
        path="/platform/v1/stac/search",
        action="status",
        status=500,
        body={"message": "database on fire"},
        count=-1,
    )
    with pytest.raises(ApiError) as raised:
        list(client.search_pages({"collections": [S2]}))
    assert raised.value.status == 500
    assert "database on fire" in str(raised.value)
    assert "HTTP 500" in str(raised.value)
    assert search_count(stac_control) == 4  # the request and 3 retries


def test_truncated_page_is_an_error_not_a_short_result(
    client: EarthPlatformClient, stac_control: StacTestServer
) -> None:
    stac_control.inject_fault(path="/platform/v1/stac/search", action="truncate", count=1)
    with pytest.raises(ApiError, match="not valid JSON"):
        list(client.search_pages({"collections": [S2]}))


def test_cancel_between_pages(client: EarthPlatformClient, stac_control: StacTestServer) -> None:
    cancel = threading.Event()
    pages = client.search_pages({"collections": [S2], "limit": 10}, cancelled=cancel.is_set)
    next(pages)
    cancel.set()
    with pytest.raises(CancelledError):
        next(pages)
    with pytest.raises(StopIteration):  # the search is over, not paused
        next(pages)
    # The second page was already asked for while the first was handed over; no third.
    assert search_count(stac_control) <= 2


def test_cancel_gives_up_on_a_hanging_request(
    client: EarthPlatformClient, stac_control: StacTestServer
) -> None:
    stac_control.inject_fault(path="/platform/v1/stac/search", action="hang", seconds=20, count=1)
    cancel = threading.Event()
    worker, outcome = search_in_a_thread(client, cancel)
    wait_until_the_server_holds_the_request(stac_control)
    cancel.set()  # the request is in flight, hanging: the cancel must not wait for its answer
    worker.join(timeout=5)  # a bound, not a wait: the search must be over long before
    assert not worker.is_alive(), "the cancelled search was still waiting on the server"
    assert len(outcome) == 1
    assert isinstance(outcome[0], CancelledError)


def test_a_request_given_up_on_is_not_retried_when_its_answer_finally_comes(
    client: EarthPlatformClient, stac_control: StacTestServer
) -> None:
    # The hang ends in a 504, which a live search would retry. Given up on twice: by cancel,
    # and by a caller that stops reading pages while the next one is being fetched.
    stac_control.inject_fault(path="/platform/v1/stac/search", action="hang", seconds=1, count=1)
    earlier = set(threading.enumerate())
    cancel = threading.Event()
    worker, outcome = search_in_a_thread(client, cancel)
    wait_until_the_server_holds_the_request(stac_control)
    cancel.set()
    worker.join(timeout=5)
    assert not worker.is_alive()
    assert len(outcome) == 1
    assert isinstance(outcome[0], CancelledError)
    stac_control.inject_fault(
        path="/platform/v1/stac/search", action="hang", seconds=1, count=1, after=1
    )
    pages = client.search_pages({"collections": [S2], "limit": 10})
    next(pages)  # the second page is asked for meanwhile, and hangs
    wait_until_the_server_holds_the_request(stac_control)
    pages.close()
    for thread in set(threading.enumerate()) - earlier:  # abandoned requests, left to end
        if thread.name == "earthplatform-page":
            thread.join(timeout=10)
    statuses = [r["status"] for r in stac_control.stats()["recent"] if r["class"] == "stac"]
    # Each answered 504 and not asked again (a retry would have had the catalog's 200).
    assert sorted(statuses) == [200, 504, 504]  # the 200: the first page of the second search


def _raises(client: EarthPlatformClient, cancel: threading.Event) -> list[BaseException]:
    try:
        list(client.search_pages({"collections": [S2]}, cancelled=cancel.is_set))
    except BaseException as error:
        return [error]
    return []


def test_collections_are_listed_with_titles_and_cached(
    client: EarthPlatformClient, stac_control: StacTestServer
) -> None:
    first = client.collections()
    again = client.collections()
    assert first == again
    by_id = {c.id: c for c in first}
    assert set(by_id) == {S2, "sentinel-2-l2a-cog-ag-cloud-mask", "sentinel-2-eda-cloud-mask"}
    assert by_id[S2].title == "Sentinel-2 Level-2A"
    assert all(c.description for c in first)
    assert requests_to(stac_control, "GET /platform/v1/stac/collections") == 1
    assert client.collection(S2)["id"] == S2


def test_check_signs_in_and_names_the_catalog(client: EarthPlatformClient) -> None:
    check = client.check()
    assert check.ok, check.message
    assert check.message.startswith("Signed in to ")


def test_check_wrong_credentials_says_so(stac_control: StacTestServer) -> None:
    check = connect(stac_control, credentials=Credentials("test-client", "wrong")).check()
    assert not check.ok
    assert "refused the client id and secret" in check.message
    assert "wrong" not in check.message


def test_check_wrong_api_url_says_not_found(stac_control: StacTestServer) -> None:
    check = connect(stac_control, api_url=stac_control.base_url + "/no/such/stac").check()
    assert not check.ok
    assert "HTTP 404" in check.message


def test_check_server_that_is_down_says_refused(stac_control: StacTestServer) -> None:
    from devserver.harness import free_port

    down = f"http://127.0.0.1:{free_port()}"
    check = connect(stac_control, api_url=down + "/stac", token_url=down + "/token").check()
    assert not check.ok
    assert check.message == (
        "Could not get an access token: 127.0.0.1 refused the connection. Check the URL (and port)."
    )


def test_check_token_url_of_the_wrong_kind_says_so(stac_control: StacTestServer) -> None:
    token_url = stac_control.base_url + "/nowhere"
    check = connect(stac_control, token_url=token_url).check()
    assert not check.ok
    assert check.message == f"The token URL does not exist (HTTP 404): {token_url}"


def test_no_credentials_means_a_clear_answer(stac_control: StacTestServer) -> None:
    check = connect(stac_control, credentials=None).check()
    assert not check.ok
    assert check.message == "No client id and secret are set."


def test_wrong_credentials_in_a_search_raise_authentication_error(
    stac_control: StacTestServer,
) -> None:
    client = connect(stac_control, credentials=Credentials("nobody", "nothing"))
    with pytest.raises(AuthenticationError, match="refused"):
        list(client.search_pages({"collections": [S2]}))


def test_a_query_operator_the_server_rejects_gives_its_reason(
    client: EarthPlatformClient,
) -> None:
    body = {"collections": [S2], "query": {"eo:cloud_cover": {"startsWith": "1"}}}
    with pytest.raises(ApiError) as raised:
        list(client.search_pages(body))
    assert raised.value.status == 400
    assert "query.eo:cloud_cover.startsWith: Input should be 'eq'" in str(raised.value)
