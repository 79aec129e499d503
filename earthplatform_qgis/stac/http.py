"""The requests session every connection uses: timeouts, retries, headers, proxy, error words."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import requests
from requests.adapters import HTTPAdapter
from urllib3.exceptions import MaxRetryError
from urllib3.util.retry import Retry

from earthplatform_qgis.__about__ import __version__
from earthplatform_qgis.stac.errors import ApiError
from earthplatform_qgis.stac.network_settings import DIRECT, NetworkSettings
from earthplatform_qgis.stac.words import tr

CONNECT_TIMEOUT = 10.0
READ_TIMEOUT = 60.0
MAX_RETRIES = 3
RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
# POST /search only reads, so it is as safe to repeat as GET.
RETRY_METHODS = frozenset({"GET", "HEAD", "POST"})
# A server asking for a longer pause than this gets an error instead of a frozen-looking search.
MAX_RETRY_AFTER = 30.0
SIGNED_ASSET_HEADER = "X-Signed-Asset-Urls"
PROXY_AUTHENTICATION_REQUIRED = 407
# Answers by which a server asks every client request to wait, not only the one it answered.
SLOW_DOWN_STATUSES = frozenset({429, 503})
# How often anything waiting on the network (a page, a server's pause) looks at its cancel
# flag: cancel takes effect within this.
CANCEL_POLL = 0.1


# What the requests of a thread are for: see no_retries_once.
_this_thread = threading.local()


@contextmanager
def no_retries_once(cancelled: Callable[[], bool]) -> Iterator[None]:
    """Within it, this thread's requests are not retried once cancelled() is true: a request
    its user has given up on ends with its answer instead of asking the server again."""
    _this_thread.cancelled = cancelled
    try:
        yield
    finally:
        del _this_thread.cancelled


def origin(scheme: str | None, host: str | None, port: int | None) -> str:
    """scheme://host:port, the port spelt out even where it is the scheme's default."""
    scheme = (scheme or "http").lower()
    return f"{scheme}://{(host or '').lower()}:{port or (443 if scheme == 'https' else 80)}"


def url_origin(url: str) -> str:
    """The origin of a URL as origin() spells it; "" for a URL without scheme or host."""
    try:
        parts = urlsplit(url.strip())
        port = parts.port
    except ValueError:  # a port that is no number
        return ""
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        return ""
    return origin(parts.scheme, parts.hostname, port)


def shown_origin(spelt: str) -> str:
    """An origin as a person writes it: without the scheme's default port."""
    for scheme, port in (("https://", ":443"), ("http://", ":80")):
        if spelt.startswith(scheme) and spelt.endswith(port):
            return spelt.removesuffix(port)
    return spelt


class ServerPauses:
    """Until when each server asked to be left alone (a 429 or 503 and its Retry-After, or
    the retry's back-off): every request to that server waits it out before it is sent, so
    concurrent requests slow down together instead of each meeting the refusal in turn."""

    def __init__(self) -> None:
        self._until: dict[str, float] = {}
        self._lock = threading.Lock()

    def hold(self, server: str, seconds: float) -> None:
        """Requests to `server` (an origin) wait until `seconds` from now, at most
        MAX_RETRY_AFTER."""
        until = time.monotonic() + min(seconds, MAX_RETRY_AFTER)
        with self._lock:
            self._until[server] = max(self._until.get(server, 0.0), until)

    def wait(self, server: str, cancelled: Callable[[], bool] | None = None) -> None:
        """Return once `server`'s pause is over, or as soon as `cancelled()` is true."""
        while True:
            with self._lock:
                left = self._until.get(server, 0.0) - time.monotonic()
            if left <= 0 or (cancelled is not None and cancelled()):
                return
            time.sleep(min(left, CANCEL_POLL))


# One for the process: whoever asks a server, its pause holds for every session.
PAUSES = ServerPauses()


class _CappedRetry(Retry):
    """urllib3 Retry that honours Retry-After, but never for longer than MAX_RETRY_AFTER,
    and gives up when the thread's work was cancelled (no_retries_once)."""

    def get_retry_after(self, response: Any) -> float | None:
        seconds = super().get_retry_after(response)
        return None if seconds is None else min(seconds, MAX_RETRY_AFTER)

    def increment(  # type: ignore[override]
        self,
        method: str | None = None,
        url: str | None = None,
        *args: Any,
        **kwargs: Any,
    ) -> Retry:
        cancelled = getattr(_this_thread, "cancelled", None)
        pool: Any = kwargs.get("_pool")
        if cancelled is not None and cancelled():
            # As if no retries were left: urllib3 then hands back the answer or the error.
            raise MaxRetryError(pool, url or "")
        retry = super().increment(method, url, *args, **kwargs)
        response = kwargs.get("response")
        if pool is not None and getattr(response, "status", None) in SLOW_DOWN_STATUSES:
            seconds = self.get_retry_after(response)
            PAUSES.hold(
                origin(pool.scheme, pool.host, pool.port),
                retry.get_backoff_time() if seconds is None else seconds,
            )
        return retry


class _TimeoutAdapter(HTTPAdapter):
    """HTTPAdapter that applies the default (connect, read) timeout to every request, sends
    none while its server asked for a pause (PAUSES), and sends each (a redirect's too)
    through the proxy and with the certificates the network settings give for its URL."""

    def __init__(
        self, timeout: tuple[float, float], network: NetworkSettings, **kwargs: Any
    ) -> None:
        self.timeout = timeout
        self.network = network
        super().__init__(**kwargs)

    def send(self, request: requests.PreparedRequest, **kwargs: Any) -> requests.Response:  # type: ignore[override]
        if kwargs.get("timeout") is None:
            kwargs["timeout"] = self.timeout
        kwargs["proxies"] = self.network.proxies_for(request.url or "")
        # Only ever widened to the settings' bundle: a request never goes unverified.
        if kwargs.get("verify", True) is True and self.network.ca_bundle:
            kwargs["verify"] = self.network.ca_bundle
        PAUSES.wait(
            url_origin(request.url or ""),
            getattr(_this_thread, "cancelled", None),
        )
        return super().send(request, **kwargs)


def retry_policy() -> Retry:
    """At most MAX_RETRIES retries with exponential backoff on overload and server errors.

    Read timeouts are not retried: a hanging server should reach the user as an error soon.
    """
    return _CappedRetry(
        total=MAX_RETRIES,
        connect=MAX_RETRIES,
        read=0,
        status=MAX_RETRIES,
        backoff_factor=0.5,
        status_forcelist=RETRY_STATUSES,
        allowed_methods=RETRY_METHODS,
        respect_retry_after_header=True,
        raise_on_status=False,
    )


def user_agent(host: str = "") -> str:
    """`earthplatform-qgis/<version>`, then the program it runs in (`QGIS/<version>`) if given."""
    return " ".join(filter(None, (f"earthplatform-qgis/{__version__}", host)))


def make_session(
    *,
    network: NetworkSettings = DIRECT,
    agent: str | None = None,
    timeout: tuple[float, float] = (CONNECT_TIMEOUT, READ_TIMEOUT),
) -> requests.Session:
    """A session with retries, timeouts and EarthPlatform's headers, going out as network
    says. TLS verification stays on."""
    session = requests.Session()
    # Proxies and certificates come from network alone, as QGIS's own requests do: not from
    # the environment, nor credentials from ~/.netrc, which would reach every asset host.
    session.trust_env = False
    adapter = _TimeoutAdapter(timeout, network, max_retries=retry_policy())
    session.mount("https://", adapter)
    session.mount("http://", adapter)
    session.headers["User-Agent"] = agent or user_agent()
    session.headers[SIGNED_ASSET_HEADER] = "True"
    session.hooks["response"].append(_refused_by_proxy)
    return session


def _refused_by_proxy(response: requests.Response, **_: Any) -> None:
    """A proxy's refusal of a plain-HTTP request, as the ProxyError requests raises when it
    refuses an HTTPS one. Before its page is read: a proxy may close the connection on a
    request whose body it never read, which would end in a broken download's words."""
    if response.status_code == PROXY_AUTHENTICATION_REQUIRED:
        response.close()
        raise requests.exceptions.ProxyError(
            f"{PROXY_AUTHENTICATION_REQUIRED} Proxy Authentication Required", response=response
        )


def redact_url(url: str) -> str:
    """The URL without user info and query string: signed URLs and keys stay out of messages."""
    try:
        parts = urlsplit(url)
        host = parts.hostname or ""
        if parts.port:
            host = f"{host}:{parts.port}"
    except ValueError:  # a bracket or port urlsplit cannot read: "http://h:abc/"
        return tr("(an unreadable URL)")
    return urlunsplit((parts.scheme, host, parts.path, "", ""))


def server_message(response: requests.Response) -> str:
    """The server's own explanation from an error response, or "" when it gave none."""
    try:
        body = response.json()
    except (ValueError, RecursionError):
        content_type = response.headers.get("Content-Type", "")
        text = response.text.strip()
        return "" if "html" in content_type or text.startswith("<") else text[:300]
    if isinstance(body, dict):
        for key in ("message", "description", "detail", "error_description", "error"):
            if isinstance(body.get(key), str) and body[key]:
                return str(body[key])
        if isinstance(body.get("detail"), list):
            return _validation_errors(body["detail"])[:300]
        return json.dumps(body)[:300]
    return str(body)[:300]


def _validation_errors(details: list[Any]) -> str:
    """FastAPI's list of request validation errors as `where: what` phrases."""
    phrases = []
    for detail in details:
        if not isinstance(detail, dict):
            phrases.append(str(detail))
            continue
        where = [str(part) for part in detail.get("loc", []) if part not in ("body", "[key]")]
        what = str(detail.get("msg", detail))
        phrases.append(f"{'.'.join(where)}: {what}" if where else what)
    return "; ".join(phrases)


def describe_network_error(error: requests.RequestException, url: str) -> str:
    """Words for a request that got no HTTP answer: TLS, DNS, refused, timeout."""
    try:
        host = urlsplit(url).hostname or url
    except ValueError:  # "http://[x/": requests refused it too (InvalidURL)
        host = url
    text = str(error)
    if isinstance(error, requests.exceptions.ProxyError):
        return tr("The proxy set in QGIS's network options {failure} ({host}).").format(
            failure=_proxy_failure(text), host=host
        )
    if isinstance(error, requests.exceptions.InvalidSchema) and "SOCKS" in text:
        return tr(
            "The proxy set in QGIS's network options is a SOCKS5 proxy, which needs the Python "
            "package PySocks in QGIS's Python ({host})."
        ).format(host=host)
    if isinstance(error, requests.exceptions.SSLError):
        return tr(
            "The secure connection to {host} failed: its certificate could not be verified. "
            "Check the URL. A certificate signed by your organisation's own authority (or "
            "a proxy that intercepts HTTPS) needs that authority added to QGIS's "
            "Authentication Manager (Options, Authentication, Certificate Manager)."
        ).format(host=host)
    if isinstance(error, requests.exceptions.ConnectTimeout):
        return tr("{host} did not accept a connection within {seconds} s.").format(
            host=host, seconds=f"{CONNECT_TIMEOUT:.0f}"
        )
    # With retries on, requests reports a read timeout as a ConnectionError around urllib3's
    # ReadTimeoutError, so the text is what tells.
    if isinstance(error, requests.exceptions.ReadTimeout) or "Read timed out" in text:
        return tr("{host} stopped answering: no data came within the time allowed.").format(
            host=host
        )
    if isinstance(error, requests.exceptions.ConnectionError):
        if (
            "Name or service not known" in text
            or "NameResolutionError" in text
            or ("getaddrinfo" in text)
        ):
            return tr(
                "The server name {host} could not be found. Check the URL and your network."
            ).format(host=host)
        if "Connection refused" in text:
            return tr("{host} refused the connection. Check the URL (and port).").format(host=host)
        return tr("Could not reach {host}. Check the URL and your network.").format(host=host)
    return tr("The request to {host} failed: {error}.").format(
        host=host, error=type(error).__name__
    )


def _proxy_failure(text: str) -> str:
    """What went wrong at the proxy, from requests' words for it."""
    if "407" in text:
        return tr("asks for a user name and password: set them in QGIS's proxy settings")
    if "Connection refused" in text or "Failed to establish" in text:
        return tr("cannot be reached: check its host and port in QGIS's proxy settings")
    return tr("could not pass the request on")


def api_error(response: requests.Response, what: str) -> ApiError:
    """An ApiError for a non-2xx response, with status, server message and a redacted URL.
    what: the request in words, already through tr()."""
    message = server_message(response)
    url = redact_url(response.url)
    # The status and its reason stay as HTTP spells them.
    status = f"HTTP {response.status_code} {response.reason or ''}".rstrip()
    if message:
        text = tr("{what} failed: {status}: {message} ({url})").format(
            what=what, status=status, message=message, url=url
        )
    else:
        text = tr("{what} failed: {status} ({url})").format(what=what, status=status, url=url)
    return ApiError(text, status=response.status_code, url=url, server_message=message)
