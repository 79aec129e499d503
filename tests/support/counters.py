"""What the test STAC API counted: requests per path, counted as they arrive."""

from __future__ import annotations

from devserver.harness import StacTestServer

SEARCH_PATH = "/platform/v1/stac/search"


def requests_to(server: StacTestServer, key: str) -> int:
    """Requests to `key` ("METHOD /path") since the counters were last reset."""
    return int(server.stats()["paths"].get(key, 0))


def faults_fired(server: StacTestServer) -> bool:
    """Whether every fault rule has fired: the request a hang rule caught is at the server,
    unanswered."""
    return all(rule["count"] == 0 for rule in server.control("GET", "faults")["faults"])


def search_count(server: StacTestServer) -> int:
    """POST searches since the counters were last reset."""
    return requests_to(server, f"POST {SEARCH_PATH}")
