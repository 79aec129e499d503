"""ASGI app imitating EarthDaily's EarthPlatform around stac-fastapi-pgstac.

Runs in `.venv-stac` under `uvicorn devserver.app:create_app --factory`.
Configuration comes from the environment: PGHOST/PGPORT/PGUSER/PGPASSWORD/PGDATABASE
(read by stac-fastapi-pgstac), EPTEST_ASSETS_DIR, EPTEST_CLIENT_ID, EPTEST_CLIENT_SECRET,
EPTEST_TOKEN_LIFETIME, EPTEST_SIGNED_URL_LIFETIME (seconds) and EPTEST_SIGNING_SECRET; the
latencies (milliseconds added to every STAC API or asset request, as a WAN or object store's
round trip) are set through the control API only.
"""

from __future__ import annotations

import asyncio
import base64
import hmac
import json
import mimetypes
import os
import re
import secrets
import time
from collections import Counter, deque
from collections.abc import Callable
from dataclasses import asdict, dataclass
from http import HTTPStatus
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, unquote

# Installed only in .venv-stac, not in the main venv that runs mypy.
from stac_fastapi.pgstac.app import instantiate_api  # type: ignore[import-not-found]
from stac_fastapi.pgstac.config import Settings  # type: ignore[import-not-found]
from starlette.types import ASGIApp, Message, Receive, Scope, Send  # type: ignore[import-not-found]

from devserver.presign import presigned_query, refusal

STAC_PREFIX = "/platform/v1/stac"
TOKEN_PATH = "/account_management/v1/authentication/api_tokens/exchange"
ASSETS_PREFIX = "/assets/"
CONTROL_PREFIX = "/_control/"
# Asset URLs stored in pgstac use this placeholder base; responses replace it.
PLACEHOLDER_RE = re.compile(rb'https://assets\.earthplatform\.test/([^"?#\\]*)')
FAULT_ACTIONS = ("status", "hang", "truncate", "cut", "not_featurecollection")
RECENT_LOG_SIZE = 1000
# Asset bodies go out in pieces of this size, each when the client has taken the one before.
BODY_PIECE = 64 * 1024

Headers = list[tuple[bytes, bytes]]
Reply = tuple[int, Headers, bytes]


def json_reply(status: int, payload: Any, extra: Headers | None = None) -> Reply:
    """A JSON response with the given status and payload."""
    body = json.dumps(payload).encode()
    return status, [(b"content-type", b"application/json"), *(extra or [])], body


def message_reply(status: int) -> Reply:
    """EarthPlatform's error shape: `{"message": "<reason phrase>"}`."""
    return json_reply(status, {"message": HTTPStatus(status).phrase})


def header(scope: Scope, name: bytes) -> str:
    """The first value of a request header, or ''."""
    for key, value in scope["headers"]:
        if key == name:
            return value.decode("latin-1")
    return ""


def route_class(path: str) -> str:
    """Which counter family a request path belongs to."""
    if path == STAC_PREFIX or path.startswith(STAC_PREFIX + "/"):
        return "stac"
    if path == TOKEN_PATH:
        return "auth"
    if path.startswith(ASSETS_PREFIX):
        return "assets"
    if path.startswith(CONTROL_PREFIX):
        return "control"
    return "other"


async def read_body(receive: Receive) -> bytes:
    """The whole request body."""
    chunks = []
    while True:
        message = await receive()
        chunks.append(message.get("body", b""))
        if not message.get("more_body"):
            return b"".join(chunks)


def parse_range(value: str, size: int) -> tuple[int, int] | None:
    """Inclusive (start, end) of a single `bytes=` range; None means serve the whole file.

    Multiple ranges and malformed headers are ignored (RFC 9110 allows that).
    Raises ValueError when the range cannot be satisfied.
    """
    match = re.fullmatch(r"bytes=(\d*)-(\d*)", value.strip())
    if not match or match.group(1) == match.group(2) == "":
        return None
    first, last = match.groups()
    if first == "":
        suffix = int(last)
        if suffix == 0 or size == 0:
            raise ValueError(value)
        return max(0, size - suffix), size - 1
    start = int(first)
    end = size - 1 if last == "" else min(int(last), size - 1)
    if last != "" and int(last) < start:
        return None
    if start >= size:
        raise ValueError(value)
    return start, end


async def send_body(
    body: bytes,
    receive: Receive,
    send: Send,
    count: Callable[[int], None],
    finish: bool,
    mbps: int = 0,
) -> bytes:
    """Send body in pieces, as fast as the client takes them (and at most `mbps` megabits a
    second, if given), until the client hangs up; what was sent, each piece given to `count`
    before it goes. A client that reads a few bytes of a large answer and closes (as GDAL does
    when it only wanted the size) is counted for what it was sent, not for the whole file."""
    if len(body) <= BODY_PIECE and not mbps:
        count(len(body))
        await send({"type": "http.response.body", "body": body, "more_body": not finish})
        return body
    hung_up = asyncio.Event()

    async def watch() -> None:
        while (await receive())["type"] != "http.disconnect":
            pass
        hung_up.set()

    watcher = asyncio.create_task(watch())
    done = 0
    try:
        while done < len(body):
            # The last piece's time on the link; at least a turn, for the watcher to run.
            await asyncio.sleep(BODY_PIECE * 8 / (mbps * 1e6) if mbps and done else 0)
            if hung_up.is_set():
                break
            piece = body[done : done + BODY_PIECE]
            count(len(piece))
            await send({"type": "http.response.body", "body": piece, "more_body": True})
            done += len(piece)
        if finish and not hung_up.is_set():
            await send({"type": "http.response.body", "body": b"", "more_body": False})
    finally:
        watcher.cancel()
    return body[:done]


def _whole_range(headers: Headers) -> bool:
    """Whether a 206's Content-Range covers its whole file (bytes 0-<size - 1>/<size>)."""
    for key, value in headers:
        if key == b"content-range":
            match = re.fullmatch(rb"bytes 0-(\d+)/(\d+)", value)
            return match is not None and int(match.group(1)) + 1 == int(match.group(2))
    return False


@dataclass
class Fault:
    """A fault-injection rule (fields: see harness.py); faults fire before the token check."""

    path: str
    action: str
    method: str | None = None
    status: int = 500
    retry_after: int | None = None
    body: Any = None
    headers: dict[str, str] | None = None
    count: int = 1
    after: int = 0
    seconds: float = 30.0

    def matches(self, method: str, path: str) -> bool:
        """Whether this rule applies to a request (a trailing `*` makes `path` a prefix)."""
        if self.method and self.method.upper() != method:
            return False
        if self.path.endswith("*"):
            return path.startswith(self.path[:-1])
        return path == self.path


class EarthPlatformApp:
    """Token endpoint, bearer-token gate, asset URL signing, asset server and test controls."""

    def __init__(self, stac: ASGIApp, assets_dir: Path) -> None:
        self.stac = stac
        self.assets_dir = assets_dir.resolve()
        self.client_id = os.environ.get("EPTEST_CLIENT_ID", "test-client")
        self.client_secret = os.environ.get("EPTEST_CLIENT_SECRET", "test-secret")
        self.signing_secret = os.environ.get("EPTEST_SIGNING_SECRET", secrets.token_hex(16))
        self.config = {
            "token_lifetime": int(os.environ.get("EPTEST_TOKEN_LIFETIME", "3600")),
            "signed_url_lifetime": int(
                os.environ.get("EPTEST_SIGNED_URL_LIFETIME", str(12 * 3600))
            ),
            # Waited (asyncio.sleep, so other requests go on meanwhile) before each reply of the
            # STAC API or of the asset server: a desktop's round trip to a distant API.
            "stac_latency_ms": 0,
            "asset_latency_ms": 0,
            # Asset bodies go out no faster than this (0: as fast as loopback takes them): a
            # desktop's link, so that a client hanging up early is sent what a network would
            # have carried meanwhile, not what loopback's buffers swallow.
            "asset_bandwidth_mbps": 0,
        }
        self.tokens: dict[str, float] = {}
        self.faults: list[Fault] = []
        self.reset_stats()

    def reset_stats(self) -> None:
        """Zero all counters and the recent-request log."""
        self.class_requests: Counter[str] = Counter()
        self.class_bytes: Counter[str] = Counter()
        # Asset replies that sent a whole file (a 200, or a range that covers it all), and the
        # largest asset body sent.
        self.asset_whole_files = 0
        self.asset_largest = 0
        self.path_requests: Counter[str] = Counter()
        self.recent: deque[dict[str, Any]] = deque(maxlen=RECENT_LOG_SIZE)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """ASGI entry point: lifespan goes to stac-fastapi, HTTP is dispatched and counted."""
        if scope["type"] == "lifespan":
            await self.stac(scope, receive, send)
            return
        if scope["type"] != "http":
            return
        method, path = scope["method"], scope["path"]
        arrived = time.time()
        kind = route_class(path)
        # Counted on arrival: a request left hanging by one test must not count in the next.
        self.class_requests[kind] += 1
        self.path_requests[f"{method} {path}"] += 1
        (status, headers, body), cut = await self.dispatch(scope, receive, kind)
        headers = [*headers, (b"content-length", str(len(body)).encode())]
        await send({"type": "http.response.start", "status": status, "headers": headers})
        sent = b"" if method == "HEAD" else body
        if cut:
            # Half the declared body, then return without finishing the response: the server
            # closes the connection (uvicorn logs "ASGI callable returned without completing
            # response."), as a download dropped halfway.
            sent = sent[: len(sent) // 2]

        def count(piece: int) -> None:  # before the piece goes: never after the client has it
            self.class_bytes[kind] += piece

        if kind == "assets":
            mbps = self.config["asset_bandwidth_mbps"]
            sent = await send_body(sent, receive, send, count, finish=not cut, mbps=mbps)
        else:  # pages and tokens in one piece: the server's own time stays the STAC API's
            count(len(sent))
            await send({"type": "http.response.body", "body": sent, "more_body": cut})
        if kind == "assets" and status in (200, 206) and sent:
            self.asset_largest = max(self.asset_largest, len(sent))
            if (status == 200 and len(sent) == len(body)) or _whole_range(headers):
                self.asset_whole_files += 1
        self.recent.append(
            {
                "time": time.time(),
                "arrived": arrived,
                "class": kind,
                "method": method,
                "path": path,
                "query": scope["query_string"].decode("latin-1"),
                "status": status,
                "bytes": len(sent),
                "range": header(scope, b"range") or None,
            }
        )

    async def dispatch(self, scope: Scope, receive: Receive, kind: str) -> tuple[Reply, bool]:
        """Apply any fault rule, then route the request; True if the reply is to be cut."""
        if kind == "control":
            return await self.control(scope, receive), False
        fault = self.pick_fault(scope["method"], scope["path"])
        return await self.answer(scope, receive, kind, fault), bool(fault and fault.action == "cut")

    async def answer(self, scope: Scope, receive: Receive, kind: str, fault: Fault | None) -> Reply:
        """The reply to a request, as the fault rule that fired for it (if any) shapes it."""
        if fault is not None and fault.action == "status":
            extra = [
                (name.lower().encode(), value.encode())
                for name, value in (fault.headers or {}).items()
            ]
            if fault.retry_after is not None:
                extra.append((b"retry-after", str(fault.retry_after).encode()))
            body = (
                fault.body
                if fault.body is not None
                else {"message": HTTPStatus(fault.status).phrase}
            )
            return json_reply(fault.status, body, extra)
        if fault is not None and fault.action == "hang":
            await asyncio.sleep(fault.seconds)
            return message_reply(504)
        if fault is not None and fault.action == "not_featurecollection":
            return json_reply(
                200, fault.body if fault.body is not None else {"type": "Feature", "features": None}
            )
        if kind == "auth":
            reply = await self.exchange_token(scope, receive)
        elif kind == "assets":
            await self.delay("asset_latency_ms")
            truncated = fault is not None and fault.action == "truncate"
            return self.serve_asset(scope, truncated)
        elif kind == "stac":
            await self.delay("stac_latency_ms")
            reply = self.check_token(scope) or await self.call_stac(scope, receive)
        else:
            reply = message_reply(404)
        if fault is not None and fault.action == "truncate":
            status, headers, body = reply
            return status, headers, body[: len(body) // 2]
        return reply

    async def delay(self, setting: str) -> None:
        """Wait the configured latency, letting other requests go on meanwhile."""
        latency = self.config[setting]
        if latency > 0:
            await asyncio.sleep(latency / 1000)

    def pick_fault(self, method: str, path: str) -> Fault | None:
        """The first rule that fires for this request, updating its counters."""
        for fault in self.faults:
            if fault.count == 0 or not fault.matches(method, path):
                continue
            if fault.after > 0:
                fault.after -= 1
                continue
            if fault.count > 0:
                fault.count -= 1
            return fault
        return None

    async def exchange_token(self, scope: Scope, receive: Receive) -> Reply:
        """OAuth2 client-credentials grant with HTTP Basic (or form) client authentication."""
        if scope["method"] != "POST":
            return message_reply(405)
        form = parse_qs((await read_body(receive)).decode("utf-8", "replace"))
        client_id = form.get("client_id", [""])[0]
        client_secret = form.get("client_secret", [""])[0]
        auth = header(scope, b"authorization")
        if auth.lower().startswith("basic "):
            try:
                client_id, _, client_secret = (
                    base64.b64decode(auth[6:].strip()).decode().partition(":")
                )
            except ValueError:
                return message_reply(401)
        if not (
            hmac.compare_digest(client_id.encode(), self.client_id.encode())
            and hmac.compare_digest(client_secret.encode(), self.client_secret.encode())
        ):
            return message_reply(401)
        if form.get("grant_type") != ["client_credentials"]:
            return json_reply(400, {"error": "unsupported_grant_type", "message": "Bad Request"})
        token = secrets.token_urlsafe(32)
        lifetime = self.config["token_lifetime"]
        self.tokens[token] = time.time() + lifetime
        return json_reply(
            200, {"access_token": token, "expires_in": lifetime, "token_type": "Bearer"}
        )

    def check_token(self, scope: Scope) -> Reply | None:
        """None for a valid bearer token, else EarthPlatform's 401 (unknown) or 403 (expired)."""
        scheme, _, token = header(scope, b"authorization").partition(" ")
        expiry = self.tokens.get(token.strip()) if scheme.lower() == "bearer" else None
        if expiry is None:
            return message_reply(401)
        if expiry <= time.time():
            return message_reply(403)
        return None

    async def call_stac(self, scope: Scope, receive: Receive) -> Reply:
        """Run stac-fastapi on the request, buffer its response and rewrite asset URLs."""
        # Without Accept-Encoding stac-fastapi never compresses, so the body can be rewritten.
        headers = [
            (k, v) for k, v in scope["headers"] if k not in (b"accept-encoding", b"authorization")
        ]
        inner = dict(scope, headers=headers)
        if scope["path"] == STAC_PREFIX:
            # The landing page lives at the prefix plus '/'; answer the bare prefix directly.
            inner["path"] = STAC_PREFIX + "/"
            inner["raw_path"] = inner["path"].encode()
        start: dict[str, Any] = {}
        chunks: list[bytes] = []

        async def capture(message: Message) -> None:
            if message["type"] == "http.response.start":
                start.update(message)
            elif message["type"] == "http.response.body":
                chunks.append(message.get("body", b""))

        await self.stac(inner, receive, capture)
        out = [(k, v) for k, v in start.get("headers", []) if k.lower() != b"content-length"]
        body = b"".join(chunks)
        if any(k.lower() == b"content-type" and b"json" in v for k, v in out):
            signed = header(scope, b"x-signed-asset-urls").lower() == "true"
            host = header(scope, b"host") or "{}:{}".format(*scope["server"])
            body = self.rewrite_assets(body, scope.get("scheme", "http"), host, signed)
        return start.get("status", 500), out, body

    def rewrite_assets(self, body: bytes, scheme: str, host: str, signed: bool) -> bytes:
        """Point placeholder asset URLs at this server, presigned as S3 does when asked for."""
        base = f"{scheme}://{host}{ASSETS_PREFIX}".encode()
        now = time.time()
        expires_at = int(now) + self.config["signed_url_lifetime"]

        def replace(match: re.Match[bytes]) -> bytes:
            rel = match.group(1)
            if not signed:
                return base + rel
            path = ASSETS_PREFIX + unquote(rel.decode())
            query = presigned_query(self.signing_secret, path, host, expires_at, now)
            return base + rel + b"?" + query.encode()

        return PLACEHOLDER_RE.sub(replace, body)

    def serve_asset(self, scope: Scope, truncated: bool = False) -> Reply:
        """A file under the assets folder, if the URL is presigned for this request and unexpired;
        honours one Range. truncated: served as if the file ended halfway."""
        if scope["method"] not in ("GET", "HEAD"):
            return message_reply(405)
        rel = scope["path"][len(ASSETS_PREFIX) :]
        path = (self.assets_dir / rel).resolve()
        if ".." in rel.split("/") or not path.is_relative_to(self.assets_dir):
            return message_reply(403)
        query = parse_qs(scope["query_string"].decode("latin-1"), keep_blank_values=True)
        host = header(scope, b"host")
        # A HEAD is refused as by S3: the URL is signed for GET.
        if refusal(self.signing_secret, scope["method"], scope["path"], host, query, time.time()):
            return message_reply(403)
        if not path.is_file():
            return message_reply(404)
        size = path.stat().st_size // 2 if truncated else path.stat().st_size
        content_type = (mimetypes.guess_type(path.name)[0] or "application/octet-stream").encode()
        headers: Headers = [(b"content-type", content_type), (b"accept-ranges", b"bytes")]
        try:
            byte_range = parse_range(header(scope, b"range"), size)
        except ValueError:
            return 416, [*headers, (b"content-range", f"bytes */{size}".encode())], b""
        with path.open("rb") as file:
            if byte_range is None:
                return 200, headers, file.read(size)
            start, end = byte_range
            file.seek(start)
            content_range = f"bytes {start}-{end}/{size}".encode()
            return 206, [*headers, (b"content-range", content_range)], file.read(end - start + 1)

    async def control(self, scope: Scope, receive: Receive) -> Reply:
        """Test-only control API: faults, config, token revocation, counters."""
        method, name = scope["method"], scope["path"][len(CONTROL_PREFIX) :]
        raw = await read_body(receive)
        try:
            payload = json.loads(raw) if raw.strip() else {}
        except ValueError:
            return json_reply(400, {"message": "body is not JSON"})
        if name == "faults" and method == "POST":
            try:
                rules = [
                    Fault(**rule) for rule in (payload if isinstance(payload, list) else [payload])
                ]
            except TypeError as error:
                return json_reply(400, {"message": str(error)})
            if any(rule.action not in FAULT_ACTIONS for rule in rules):
                return json_reply(400, {"message": f"action must be one of {FAULT_ACTIONS}"})
            self.faults.extend(rules)
        elif name == "faults" and method == "DELETE":
            self.faults.clear()
        elif name == "faults" and method == "GET":
            pass  # answered below with the rules and what is left of their counts
        elif name == "config" and method == "POST":
            unknown = set(payload) - set(self.config)
            if unknown:
                return json_reply(400, {"message": f"unknown config keys {sorted(unknown)}"})
            self.config.update({key: int(value) for key, value in payload.items()})
            return json_reply(200, self.config)
        elif name == "config" and method == "GET":
            return json_reply(200, self.config)
        elif name == "revoke_tokens" and method == "POST":
            self.tokens = dict.fromkeys(self.tokens, 0.0)
        elif name == "stats" and method == "GET":
            return json_reply(200, self.stats())
        elif name == "reset" and method == "POST":
            self.reset_stats()
        else:
            return message_reply(404)
        return json_reply(200, {"faults": [asdict(fault) for fault in self.faults]})

    def stats(self) -> dict[str, Any]:
        """Counters per route class and per 'METHOD path', plus the recent-request log."""
        classes = {
            kind: {"requests": self.class_requests[kind], "bytes": self.class_bytes[kind]}
            for kind in ("auth", "stac", "assets", "control", "other")
        }
        return {
            "classes": classes,
            "paths": dict(self.path_requests),
            "recent": list(self.recent),
            "asset_replies": {
                "whole_files": self.asset_whole_files,
                "largest_bytes": self.asset_largest,
            },
        }


def create_app() -> EarthPlatformApp:
    """uvicorn factory: stac-fastapi-pgstac under /platform/v1/stac wrapped in EarthPlatformApp."""
    settings = Settings(
        prefix_path=STAC_PREFIX,
        openapi_url=f"{STAC_PREFIX}/api",
        docs_url=f"{STAC_PREFIX}/api.html",
    )
    stac = instantiate_api(settings=settings).app
    return EarthPlatformApp(stac, Path(os.environ["EPTEST_ASSETS_DIR"]))
