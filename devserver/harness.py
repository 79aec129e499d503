"""Start/stop a throwaway PostgreSQL + pgstac + EarthPlatform-like STAC API (stdlib only).

Control API of the running server (test-only, no auth), all JSON:
  POST   /_control/faults         add a rule (or a list of rules):
         {"path": "/platform/v1/stac/search" (trailing * = prefix), "method": "POST" (optional),
          "action": "status" | "hang" | "truncate" | "cut" | "not_featurecollection",
          "status": 429, "retry_after": 1, "body": {...}, "headers": {"Location": ...},
          "count": 1 (-1 = always),
          "after": 0 (let that many matching requests through first),
          "seconds": 30 (hang that long, then answer 504)}
         status: answer `status` (with Retry-After, `headers` and `body` if given); hang: wait
         `seconds`, then 504; truncate: the real reply's first half, with a Content-Length that
         matches it (a short but complete response; an asset is served as if its file ended
         halfway, ranges and their Content-Range too); cut: the real reply's status and headers, a
         Content-Length of its whole body, only the first half of the body, then the connection
         is closed (a download dropped halfway: clients raise, e.g. requests'
         ChunkedEncodingError); not_featurecollection: 200 with `body` or a Feature-typed object
  GET    /_control/faults         list rules;  DELETE /_control/faults  remove all rules
  GET|POST /_control/config       {"token_lifetime": s, "signed_url_lifetime": s,
                                   "stac_latency_ms": ms, "asset_latency_ms": ms (waited
                                   before each STAC API or asset reply, without holding up
                                   other requests; 0 by default), "asset_bandwidth_mbps":
                                   Mbit/s (asset bodies paced to it; 0, unpaced, by default)}
  POST   /_control/revoke_tokens  expire every issued token now (STAC then answers 403)
  GET    /_control/stats          {"classes": {auth|stac|assets|control|other:
                                               {"requests": n, "bytes": n}},
                                   "paths": {"METHOD path": n},
                                   "recent": [{method, path, query, status, bytes, range, class,
                                               arrived, time (answered)}, ...],
                                   "asset_replies": {"whole_files": n (asset replies that sent a
                                                     whole file: a 200 or a range covering it),
                                                     "largest_bytes": n (largest asset body)}}
                                  (requests are counted as they arrive, the log and bytes
                                  as they are answered; "recent" keeps the last 1,000)
  POST   /_control/reset          zero the counters
"""

from __future__ import annotations

import base64
import ctypes
import json
import os
import pwd
import secrets
import shutil
import signal
import socket
import ssl
import subprocess
import tempfile
import time
import urllib.parse
import urllib.request
from pathlib import Path
from types import TracebackType
from typing import Any

from devserver.presign import presigned_query

REPO_ROOT = Path(__file__).resolve().parents[1]
STAC_PREFIX = "/platform/v1/stac"
TOKEN_PATH = "/account_management/v1/authentication/api_tokens/exchange"
DEFAULT_SIGNED_URL_LIFETIME = 12 * 3600
TEMP_PREFIX = "eptest-stac-"
START_TIMEOUT = 60.0
PR_SET_PDEATHSIG = 1

SETUP_SQL = """
SET search_path TO pgstac, public;
DELETE FROM queryables WHERE name = 'eo:cloud_cover';
-- to_float makes filters and sortby on cloud cover numeric instead of textual.
INSERT INTO queryables (name, definition, property_wrapper) VALUES
  ('eo:cloud_cover', '{"title": "Cloud Cover", "type": "number", "minimum": 0, "maximum": 100}',
   'to_float');
-- context = on makes searches return numberMatched.
INSERT INTO pgstac_settings (name, value) VALUES ('context', 'on')
  ON CONFLICT (name) DO UPDATE SET value = EXCLUDED.value;
"""


def free_port() -> int:
    """A TCP port on 127.0.0.1 that is free right now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def pg_bindir() -> Path:
    """The bin folder of the newest installed PostgreSQL."""
    candidates = [p for p in Path("/usr/lib/postgresql").glob("*/bin") if p.parent.name.isdigit()]
    if not candidates:
        raise RuntimeError("no PostgreSQL under /usr/lib/postgresql/*/bin")
    return max(candidates, key=lambda p: int(p.parent.name))


def die_with_parent(sig: int) -> None:
    """Ask Linux to send `sig` to this (child) process when its parent dies.

    Runs as preexec_fn, after the uid switch (which would otherwise clear the setting),
    so a crashed test run leaves no PostgreSQL or uvicorn behind.
    """
    ctypes.CDLL(None).prctl(PR_SET_PDEATHSIG, sig)


def tail(path: Path, lines: int = 40) -> str:
    """The last lines of a log file (or a note that it is missing)."""
    if not path.exists():
        return f"({path.name} missing)"
    return "\n".join(path.read_text(errors="replace").splitlines()[-lines:])


def reap_stale_dirs() -> None:
    """Remove temp dirs left by runs whose process no longer exists."""
    for folder in Path(tempfile.gettempdir()).glob(TEMP_PREFIX + "*"):
        try:
            os.kill(int((folder / "owner.pid").read_text()), 0)
        except (OSError, ValueError):
            shutil.rmtree(folder, ignore_errors=True)


class StacTestServer:
    """A private PostgreSQL cluster loaded with a catalog, served by devserver.app."""

    def __init__(
        self,
        catalog_dir: Path,
        token_lifetime: int = 3600,
        client_id: str = "test-client",
        client_secret: str = "test-secret",
    ) -> None:
        self.catalog_dir = Path(catalog_dir).resolve()
        self.token_lifetime = token_lifetime
        self.client_id = client_id
        self.client_secret = client_secret
        self.signing_secret = secrets.token_hex(16)
        self.venv = Path(os.environ.get("EPTEST_STAC_VENV", REPO_ROOT / ".venv-stac"))
        self.timings: dict[str, float] = {}
        self.tmp: Path | None = None
        self.postgres: subprocess.Popen[bytes] | None = None
        self.api: subprocess.Popen[bytes] | None = None
        self.also: list[subprocess.Popen[bytes]] = []
        self.pg_port = 0
        self.port = 0

    @property
    def base_url(self) -> str:
        """http://127.0.0.1:<port> of the API server."""
        return f"http://127.0.0.1:{self.port}"

    @property
    def api_url(self) -> str:
        """The STAC API root URL."""
        return self.base_url + STAC_PREFIX

    @property
    def token_url(self) -> str:
        """The OAuth2 client-credentials token endpoint."""
        return self.base_url + TOKEN_PATH

    def __enter__(self) -> StacTestServer:
        self.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()

    def start(self) -> None:
        """Create the cluster, load the catalog, start the API; on failure raise with log tails."""
        reap_stale_dirs()
        self.tmp = Path(tempfile.mkdtemp(prefix=TEMP_PREFIX))
        (self.tmp / "owner.pid").write_text(str(os.getpid()))
        try:
            began = time.monotonic()
            self._start_postgres()
            self.timings["postgres"] = time.monotonic() - began
            self._load_catalog()
            began = time.monotonic()
            self._start_api()
            self.timings["api"] = time.monotonic() - began
        except BaseException:
            self.stop()
            raise

    def stop(self) -> None:
        """Stop uvicorn and PostgreSQL (fast shutdown), remove the temp dir; safe to call twice."""
        for api in self.also:
            api.terminate()
            api.wait()
        self.also.clear()
        for attr, sig in (("api", signal.SIGTERM), ("postgres", signal.SIGINT)):
            proc: subprocess.Popen[bytes] | None = getattr(self, attr)
            if proc is not None and proc.poll() is None:
                proc.send_signal(sig)
                try:
                    proc.wait(timeout=15)
                except subprocess.TimeoutExpired:
                    proc.kill()
                    proc.wait()
            setattr(self, attr, None)
        if self.tmp is not None:
            shutil.rmtree(self.tmp, ignore_errors=True)
            self.tmp = None

    def _as_postgres(self) -> dict[str, Any]:
        """Popen arguments that run a PostgreSQL binary as user postgres when we are root."""
        if os.geteuid() != 0:
            return {}
        return {"user": "postgres", "group": pwd.getpwnam("postgres").pw_gid, "extra_groups": []}

    def _run(self, name: str, args: list[str], **kwargs: Any) -> None:
        """Run a setup command to completion, logging to <tmp>/<name>.log; raise with its tail."""
        assert self.tmp is not None
        log = self.tmp / f"{name}.log"
        began = time.monotonic()
        with log.open("ab") as out:
            code = subprocess.call(
                args, stdout=out, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL, **kwargs
            )
        self.timings[name] = time.monotonic() - began
        if code != 0:
            raise RuntimeError(f"{name} failed ({code}):\n{tail(log)}")

    def _pg_env(self) -> dict[str, str]:
        """Environment that points libpq clients (psql, pypgstac, asyncpg) at the cluster."""
        return {
            **os.environ,
            "PGHOST": "127.0.0.1",
            "PGPORT": str(self.pg_port),
            "PGUSER": "postgres",
            "PGPASSWORD": "",
            "PGDATABASE": "eptest",
        }

    def _start_postgres(self) -> None:
        assert self.tmp is not None
        bindir = pg_bindir()
        if os.geteuid() == 0:
            shutil.chown(self.tmp, "postgres", "postgres")
        data = self.tmp / "pgdata"
        initdb = [str(bindir / "initdb"), "-D", str(data), "--auth=trust", "-U", "postgres"]
        self._run(
            "initdb", [*initdb, "-E", "UTF8", "--locale=C", "--no-sync"], **self._as_postgres()
        )
        self.pg_port = free_port()
        settings = {
            "listen_addresses": "127.0.0.1",
            "port": str(self.pg_port),
            "unix_socket_directories": str(self.tmp),
            "fsync": "off",
            "synchronous_commit": "off",
            "full_page_writes": "off",
        }
        options = [arg for key, value in settings.items() for arg in ("-c", f"{key}={value}")]
        with (self.tmp / "postgres.log").open("ab") as log:
            self.postgres = subprocess.Popen(
                [str(bindir / "postgres"), "-D", str(data), *options],
                stdout=log,
                stderr=subprocess.STDOUT,
                stdin=subprocess.DEVNULL,
                preexec_fn=lambda: die_with_parent(signal.SIGINT),
                **self._as_postgres(),
            )
        deadline = time.monotonic() + START_TIMEOUT
        ready = [str(bindir / "pg_isready"), "-q", "-h", "127.0.0.1", "-p", str(self.pg_port)]
        while subprocess.call(ready) != 0:
            if self.postgres.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"PostgreSQL did not start:\n{tail(self.tmp / 'postgres.log')}")
            time.sleep(0.1)
        psql = [str(bindir / "psql"), "-X", "-q", "-v", "ON_ERROR_STOP=1", "-d", "postgres"]
        self._run("createdb", [*psql, "-c", "CREATE DATABASE eptest"], env=self._pg_env())

    def _load_catalog(self) -> None:
        assert self.tmp is not None
        env = self._pg_env()
        pypgstac = str(self.venv / "bin" / "pypgstac")
        self._run("migrate", [pypgstac, "migrate"], env=env)
        psql = [str(pg_bindir() / "psql"), "-X", "-q", "-v", "ON_ERROR_STOP=1"]
        self._run("setup_sql", [*psql, "-c", SETUP_SQL], env=env)
        # pypgstac reads a one-line JSON list as a single record, so hand it ndjson.
        collections = json.loads((self.catalog_dir / "collections.json").read_text())
        ndjson = self.tmp / "collections.ndjson"
        ndjson.write_text("".join(json.dumps(c) + "\n" for c in collections))
        load = [pypgstac, "load"]
        self._run(
            "load_collections", [*load, "collections", str(ndjson), "--method", "upsert"], env=env
        )
        items = str(self.catalog_dir / "items.ndjson")
        self._run("load_items", [*load, "items", items, "--method", "upsert"], env=env)

    def _start_api(self) -> None:
        self.port = free_port()
        self.api = self._launch_api("127.0.0.1", self.port, [], "uvicorn")
        self._wait_for_api(self.api, self.base_url, None, "uvicorn")

    def serve_also(self, host: str, tls: tuple[Path, Path] | None = None) -> str:
        """The same catalog served at another address too (an address of this machine), over
        HTTPS with tls = (certificate chain, key) where given; the base URL. That server keeps
        its own faults, tokens and counters, and stops with this one."""
        port = free_port()
        options = []
        if tls is not None:
            options = ["--ssl-certfile", str(tls[0]), "--ssl-keyfile", str(tls[1])]
        name = f"uvicorn-{host}-{port}"
        api = self._launch_api(host, port, options, name)
        self.also.append(api)
        base_url = f"{'https' if tls else 'http'}://{host}:{port}"
        context = ssl.create_default_context(cafile=str(tls[0])) if tls else None
        self._wait_for_api(api, base_url, context, name)
        return base_url

    def _launch_api(
        self, host: str, port: int, options: list[str], name: str
    ) -> subprocess.Popen[bytes]:
        assert self.tmp is not None
        env = {
            **self._pg_env(),
            "PYTHONPATH": str(REPO_ROOT),
            "EPTEST_ASSETS_DIR": str(self.catalog_dir / "assets"),
            "EPTEST_CLIENT_ID": self.client_id,
            "EPTEST_CLIENT_SECRET": self.client_secret,
            "EPTEST_TOKEN_LIFETIME": str(self.token_lifetime),
            "EPTEST_SIGNED_URL_LIFETIME": str(DEFAULT_SIGNED_URL_LIFETIME),
            "EPTEST_SIGNING_SECRET": self.signing_secret,
            "USE_API_HYDRATE": "true",
        }
        uvicorn = [
            str(self.venv / "bin" / "python"),
            "-m",
            "uvicorn",
            "devserver.app:create_app",
            "--factory",
            "--host",
            host,
            "--port",
            str(port),
            "--log-level",
            "warning",
            *options,
        ]
        log_path = self.tmp / f"{name}.log"
        with log_path.open("ab") as log:
            return subprocess.Popen(
                [*uvicorn, "--no-access-log", "--timeout-graceful-shutdown", "3"],
                cwd=REPO_ROOT,
                env=env,
                stdout=log,
                stderr=subprocess.STDOUT,
                stdin=subprocess.DEVNULL,
                preexec_fn=lambda: die_with_parent(signal.SIGTERM),
            )

    def _wait_for_api(
        self,
        api: subprocess.Popen[bytes],
        base_url: str,
        context: ssl.SSLContext | None,
        name: str,
    ) -> None:
        assert self.tmp is not None
        deadline = time.monotonic() + START_TIMEOUT
        while True:
            try:
                urllib.request.urlopen(f"{base_url}/_control/config", timeout=10, context=context)
                return
            except OSError:
                if api.poll() is not None or time.monotonic() > deadline:
                    log = tail(self.tmp / f"{name}.log")
                    raise RuntimeError(f"STAC API did not start:\n{log}") from None
                time.sleep(0.1)

    def signed_asset_url(self, rel: str, expires: int) -> str:
        """The URL the server would presign for assets/<rel>, expiring at epoch `expires`."""
        path = f"/assets/{rel}"
        host = urllib.parse.urlsplit(self.base_url).netloc
        query = presigned_query(self.signing_secret, path, host, expires, time.time())
        return f"{self.base_url}{urllib.parse.quote(path)}?{query}"

    def control(self, method: str, name: str, payload: Any = None) -> Any:
        """Call /_control/<name> and return its decoded JSON answer."""
        data = None if payload is None else json.dumps(payload).encode()
        request = urllib.request.Request(
            f"{self.base_url}/_control/{name}",
            data=data,
            method=method,
            headers={"Content-Type": "application/json"},
        )
        with urllib.request.urlopen(request, timeout=10) as response:
            return json.load(response)

    def token(self) -> str:
        """A fresh access token minted through the token endpoint."""
        basic = base64.b64encode(f"{self.client_id}:{self.client_secret}".encode()).decode()
        request = urllib.request.Request(
            self.token_url,
            data=urllib.parse.urlencode({"grant_type": "client_credentials"}).encode(),
            headers={
                "Authorization": f"Basic {basic}",
                "Content-Type": "application/x-www-form-urlencoded",
            },
        )
        with urllib.request.urlopen(request, timeout=10) as response:
            return str(json.load(response)["access_token"])

    def inject_fault(self, **rule: Any) -> list[dict[str, Any]]:
        """Add a fault rule (see the module docstring); returns all active rules.

        E.g. ``inject_fault(path="/assets/sentinel-2-l2a/31TDJ/TCI.tif", action="cut")``: the
        next download of that file declares its whole size but stops halfway (the path is the
        URL path, without the signature query; ``path="/assets/*"`` matches every asset)."""
        return list(self.control("POST", "faults", rule)["faults"])

    def clear_faults(self) -> None:
        """Remove every fault rule."""
        self.control("DELETE", "faults")

    def stats(self) -> dict[str, Any]:
        """Request/byte counters and the recent-request log."""
        return dict(self.control("GET", "stats"))

    def reset_stats(self) -> None:
        """Zero the counters."""
        self.control("POST", "reset")

    def configure(self, **config: int) -> dict[str, int]:
        """Change token_lifetime and/or signed_url_lifetime (seconds), stac_latency_ms,
        asset_latency_ms and asset_bandwidth_mbps; returns the new config."""
        return dict(self.control("POST", "config", config))

    def reset_config(self) -> None:
        """Restore the token and signed-URL lifetimes this server started with, and no added
        latency."""
        self.configure(
            token_lifetime=self.token_lifetime,
            signed_url_lifetime=DEFAULT_SIGNED_URL_LIFETIME,
            stac_latency_ms=0,
            asset_latency_ms=0,
            asset_bandwidth_mbps=0,
        )

    def revoke_tokens(self) -> None:
        """Expire every token issued so far."""
        self.control("POST", "revoke_tokens")
