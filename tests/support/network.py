"""Real network parts a company network puts between QGIS and a server: a forward proxy
(Debian's tinyproxy) that logs what passed through it, and a private certificate authority
(made with the openssl command) that signs a server's certificate."""

from __future__ import annotations

import re
import shutil
import subprocess
import time
from collections import Counter
from pathlib import Path
from urllib.parse import urlsplit

from devserver.harness import free_port

# tinyproxy's log line for each request it was asked to pass on.
_REQUEST = re.compile(r"Request \(file descriptor \d+\): (\S+) (\S+) HTTP/")


class Proxy:
    """tinyproxy on 127.0.0.1, asking for user:password where given; stopped by stop()."""

    def __init__(self, folder: Path, user: str = "", password: str = "") -> None:
        binary = shutil.which("tinyproxy") or "/usr/sbin/tinyproxy"
        self.port = free_port()
        self.log = folder / "tinyproxy.log"
        config = folder / "tinyproxy.conf"
        lines = [
            f"Port {self.port}",
            "Listen 127.0.0.1",
            "Timeout 60",
            f'LogFile "{self.log}"',
            "LogLevel Connect",
            "MaxClients 200",
            "Allow 127.0.0.1",
            "DisableViaHeader Yes",
        ]
        if user:
            lines.append(f"BasicAuth {user} {password}")
        config.write_text("\n".join(lines) + "\n")
        self.process = subprocess.Popen(
            [binary, "-d", "-c", str(config)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + 10
        while "Reloading config file finished" not in self._text():
            if self.process.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"tinyproxy did not start:\n{self._text()}")
            time.sleep(0.05)

    def _text(self) -> str:
        return self.log.read_text(errors="replace") if self.log.exists() else ""

    def passed(self) -> list[tuple[str, str]]:
        """(method, URL) of every request it was asked to pass on, in order: for HTTPS the
        CONNECT and host:port alone."""
        return _REQUEST.findall(self._text())

    def stop(self) -> None:
        self.process.terminate()
        self.process.wait()


def by_route(requests: list[tuple[str, str]], base_url: str) -> Counter[str]:
    """How many of the proxy's requests went to each route class of the test server at
    base_url (as the server counts them: auth, stac, assets)."""
    counts: Counter[str] = Counter()
    for _, url in requests:
        if not url.startswith(base_url):
            continue
        path = urlsplit(url).path
        if path.startswith("/_control"):
            continue
        if path.startswith("/assets/"):
            counts["assets"] += 1
        elif path.startswith("/platform/v1/stac"):
            counts["stac"] += 1
        else:
            counts["auth"] += 1
    return counts


def private_ca(folder: Path, host: str) -> tuple[Path, Path, Path]:
    """A certificate authority nobody trusts and a server certificate for host (an IP
    address) it signed: (the authority's certificate, the server's chain, the server's key)."""
    ca_key, ca_pem = folder / "ca.key", folder / "ca.pem"
    key, csr, pem = folder / "server.key", folder / "server.csr", folder / "server.pem"
    extensions = folder / "server.ext"
    extensions.write_text(
        f"subjectAltName = IP:{host}\nbasicConstraints = CA:FALSE\n"
        "keyUsage = digitalSignature, keyEncipherment\nextendedKeyUsage = serverAuth\n"
    )
    openssl = ["openssl"]
    for command in (
        ["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", ca_key, "-out", ca_pem,
         "-days", "2", "-subj", "/CN=EarthPlatform test private CA",
         "-addext", "basicConstraints=critical,CA:TRUE",
         "-addext", "keyUsage=critical,keyCertSign,cRLSign"],
        ["req", "-newkey", "rsa:2048", "-nodes", "-keyout", key, "-out", csr,
         "-subj", f"/CN={host}"],
        ["x509", "-req", "-in", csr, "-CA", ca_pem, "-CAkey", ca_key, "-CAcreateserial",
         "-out", pem, "-days", "2", "-extfile", extensions],
    ):  # fmt: skip
        subprocess.run([*openssl, *map(str, command)], check=True, capture_output=True)
    chain = folder / "chain.pem"
    chain.write_text(pem.read_text() + ca_pem.read_text())
    return ca_pem, chain, key


def self_signed_certificate(folder: Path, host: str) -> tuple[Path, Path]:
    """A certificate for host (an IP address) that it signed itself, as a server a user
    accepts once in QGIS has: (certificate, key)."""
    key, pem = folder / "self.key", folder / "self.pem"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", str(key),
         "-out", str(pem), "-days", "2", "-subj", f"/CN={host}",
         "-addext", f"subjectAltName = IP:{host}"],
        check=True,
        capture_output=True,
    )  # fmt: skip
    return pem, key
