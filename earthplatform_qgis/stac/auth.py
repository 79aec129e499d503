"""OAuth2 client-credentials tokens: minted on demand, cached, refreshed before they expire."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import partial
from typing import Any
from urllib.parse import urljoin

import requests
from requests.auth import AuthBase

from earthplatform_qgis.stac.errors import AuthenticationError, ForeignOriginError
from earthplatform_qgis.stac.http import (
    describe_network_error,
    redact_url,
    server_message,
    shown_origin,
    url_origin,
)
from earthplatform_qgis.stac.words import tr

# Refresh this long before the server's expiry, so a token never dies in the middle of a page.
REFRESH_MARGIN = 60.0
# Statuses with which EarthPlatform refuses an expired or revoked token.
TOKEN_REFUSED = frozenset({401, 403})
# Set on a request repeated with a fresh token, so a second refusal reaches the caller.
_RETRIED_MARK = "_earthplatform_token_retried"


@dataclass(frozen=True)
class Credentials:
    """An OAuth2 client id and secret. The secret never appears in repr()."""

    client_id: str
    client_secret: str = field(repr=False)


class TokenProvider:
    """Hands out a valid bearer token to any thread, minting a new one only when needed."""

    def __init__(
        self,
        token_url: str,
        credentials: Credentials,
        session: requests.Session,
        *,
        refresh_margin: float = REFRESH_MARGIN,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.token_url = token_url
        self._credentials = credentials
        self._session = session
        self._refresh_margin = refresh_margin
        self._clock = clock
        self._lock = threading.Lock()
        self._token: str | None = None
        self._refresh_at = 0.0
        self.minted = 0

    def token(self) -> str:
        """A token valid for at least the refresh margin (or as long as the server allows)."""
        with self._lock:
            if self._token is None or self._clock() >= self._refresh_at:
                self._token, lifetime = self._mint()
                # A token living less than twice the margin is refreshed at half its life.
                margin = min(self._refresh_margin, lifetime / 2)
                self._refresh_at = self._clock() + lifetime - margin
                self.minted += 1
            return self._token

    def invalidate(self, token: str) -> None:
        """Forget `token` after the server refused it; a later token() mints a new one.

        Only the token the caller used is dropped, so several threads refused at once
        cause one new token, not one each.
        """
        with self._lock:
            if self._token == token:
                self._token = None

    def _mint(self) -> tuple[str, float]:
        url = self.token_url
        try:
            response = self._session.post(
                url,
                data={"grant_type": "client_credentials"},
                auth=(self._credentials.client_id, self._credentials.client_secret),
            )
        except requests.RequestException as error:
            raise AuthenticationError(
                tr("Could not get an access token: {error}").format(
                    error=describe_network_error(error, url)
                )
            ) from None
        where = redact_url(url)
        if response.status_code in (400, 401, 403):
            raise AuthenticationError(
                tr(
                    "The token service refused the client id and secret ({status}). Check them "
                    "in the EarthPlatform settings."
                ).format(status=_status_said(response))
            )
        if response.status_code == 404:
            raise AuthenticationError(
                tr("The token URL does not exist (HTTP 404): {url}").format(url=where)
            )
        if not response.ok:
            raise AuthenticationError(
                tr("The token service failed ({status}): {url}").format(
                    status=_status_said(response), url=where
                )
            )
        try:
            body = response.json()
            token, lifetime = str(body["access_token"]), float(body.get("expires_in", 3600))
        except (ValueError, KeyError, TypeError):
            kind = response.headers.get("Content-Type", tr("unknown content")).split(";")[0]
            raise AuthenticationError(
                tr(
                    "The token URL answered with {kind}, not an access token. "
                    "Check the token URL: {url}"
                ).format(kind=kind, url=where)
            ) from None
        return token, lifetime


def _status_said(response: requests.Response) -> str:
    """`HTTP <status>: <the server's words>`, as HTTP and the server spell them."""
    said = server_message(response)
    return f"HTTP {response.status_code}{': ' + said if said else ''}"


class BearerAuth(AuthBase):
    """requests auth that sends the current token to the catalog's own origin only and, when
    it is refused there, mints a new one and repeats the request once.

    A request to another origin (a next link, a collection's link) goes without the token if
    that origin is in `trusted`, and is refused with ForeignOriginError before anything is sent
    otherwise; a redirect to another untrusted origin is refused before it is followed. This is
    the line browsers, curl and requests' own redirects hold: credentials never change origin.
    """

    def __init__(self, tokens: TokenProvider, api_origin: str, trusted: Iterable[str] = ()) -> None:
        self.tokens = tokens
        self.api_origin = api_origin
        self.trusted = frozenset(trusted)

    def __call__(self, request: requests.PreparedRequest) -> requests.PreparedRequest:
        target = url_origin(request.url or "")
        if target != self.api_origin:
            self._refuse_unless_trusted(target, tr("a link"))
            request.headers.pop("Authorization", None)
            return request
        token = self.tokens.token()
        request.headers["Authorization"] = f"Bearer {token}"
        request.register_hook("response", self._refuse_foreign_redirect)
        request.register_hook("response", partial(self._retry_refused, token))
        return request

    def _refuse_unless_trusted(self, target: str, what: str) -> None:
        if target not in self.trusted:
            api = shown_origin(self.api_origin)
            other = shown_origin(target) or tr("an unreadable URL")
            raise ForeignOriginError(
                tr(
                    "The catalog at {api} sent the plugin to {other} ({what}). It was not "
                    "followed, so that your access token stays with {api}. If {other} is a server "
                    "you trust, add it to Trusted servers in the EarthPlatform settings: it is "
                    "then asked without your token."
                ).format(api=api, other=other, what=what),
                url=other,
            )

    def _refuse_foreign_redirect(
        self, response: requests.Response, **_send_kwargs: Any
    ) -> requests.Response:
        if response.is_redirect:
            target = url_origin(urljoin(response.url, response.headers.get("Location", "")))
            if target != self.api_origin:
                response.close()
                self._refuse_unless_trusted(target, tr("a redirect"))
        return response

    def _retry_refused(
        self, used_token: str, response: requests.Response, **send_kwargs: Any
    ) -> requests.Response:
        if (
            response.status_code not in TOKEN_REFUSED
            or getattr(response.request, _RETRIED_MARK, False)
            # A trusted server that a redirect led to refuses: it never gets a token.
            or url_origin(response.request.url or "") != self.api_origin
        ):
            return response
        self.tokens.invalidate(used_token)
        # Drain and release the refused response's connection before reusing the pool.
        response.content  # noqa: B018
        response.close()
        retry = response.request.copy()
        retry.headers["Authorization"] = f"Bearer {self.tokens.token()}"
        setattr(retry, _RETRIED_MARK, True)
        second: requests.Response = response.connection.send(retry, **send_kwargs)
        second.history.append(response)
        return second
