"""Asset URLs presigned the way S3 presigns them (AWS Signature Version 4, query-string form).

EarthPlatform hands out S3 presigned URLs: `X-Amz-Algorithm`, `X-Amz-Credential`, `X-Amz-Date`,
`X-Amz-Expires`, `X-Amz-SignedHeaders=host` and `X-Amz-Signature`. The signature covers the
method, so a URL signed for GET is refused to HEAD, as S3 refuses it; GDAL and the plugin have to
learn a file's size with a GET. Standard library only: both the server and the test harness use it.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
from urllib.parse import quote

ALGORITHM = "AWS4-HMAC-SHA256"
ACCESS_KEY = "EPTESTACCESSKEY"
REGION = "us-east-1"
SERVICE = "s3"
AMZ_DATE = "%Y%m%dT%H%M%SZ"


def _hmac(key: bytes, text: str) -> bytes:
    return hmac.new(key, text.encode(), hashlib.sha256).digest()


def signature(secret: str, method: str, path: str, host: str, query: list[tuple[str, str]]) -> str:
    """The SigV4 signature of a presigned request: `query` holds every X-Amz-* parameter but the
    signature, `path` is decoded."""
    canonical_query = "&".join(
        f"{quote(key, safe='-_.~')}={quote(value, safe='-_.~')}" for key, value in sorted(query)
    )
    canonical_request = "\n".join(
        (method, quote(path, safe="/-_.~"), canonical_query, f"host:{host}", "", "host")
    )
    amz_date = dict(query)["X-Amz-Date"]
    scope = f"{amz_date[:8]}/{REGION}/{SERVICE}/aws4_request"
    digest = hashlib.sha256(f"{canonical_request}\nUNSIGNED-PAYLOAD".encode()).hexdigest()
    string_to_sign = "\n".join((ALGORITHM, amz_date, scope, digest))
    key = f"AWS4{secret}".encode()
    for part in (amz_date[:8], REGION, SERVICE, "aws4_request"):
        key = _hmac(key, part)
    return hmac.new(key, string_to_sign.encode(), hashlib.sha256).hexdigest()


def presigned_query(secret: str, path: str, host: str, expires_at: int, now: float) -> str:
    """The query string presigning GET `path` (decoded) on `host` until `expires_at` (POSIX
    seconds): signed `now`, or for a link already expired, a second before it expired."""
    signed_at = min(int(now), expires_at - 1)
    lifetime = expires_at - signed_at
    amz_date = dt.datetime.fromtimestamp(int(signed_at), dt.timezone.utc).strftime(AMZ_DATE)
    query = [
        ("X-Amz-Algorithm", ALGORITHM),
        ("X-Amz-Credential", f"{ACCESS_KEY}/{amz_date[:8]}/{REGION}/{SERVICE}/aws4_request"),
        ("X-Amz-Date", amz_date),
        ("X-Amz-Expires", str(lifetime)),
        ("X-Amz-SignedHeaders", "host"),
    ]
    signed = signature(secret, "GET", path, host, query)
    return "&".join(
        f"{key}={quote(value, safe='-_.~')}" for key, value in [*query, ("X-Amz-Signature", signed)]
    )


def refusal(
    secret: str, method: str, path: str, host: str, query: dict[str, list[str]], now: float
) -> str | None:
    """Why S3 would refuse this request to a presigned URL (`query` as parse_qs gives it), or None
    when the signature matches the method, path, host and parameters and has not expired."""
    if any(len(values) != 1 for values in query.values()):
        return "AuthorizationQueryParametersError"
    params = {key: values[0] for key, values in query.items()}
    given = params.pop("X-Amz-Signature", "")
    try:
        signed_at = dt.datetime.strptime(params["X-Amz-Date"], AMZ_DATE)
        lifetime = int(params["X-Amz-Expires"])
    except (KeyError, ValueError):
        return "AuthorizationQueryParametersError"
    expected = signature(secret, method, path, host, list(params.items()))
    if not hmac.compare_digest(given, expected):
        return "SignatureDoesNotMatch"
    if signed_at.replace(tzinfo=dt.timezone.utc).timestamp() + lifetime < now:
        return "AccessDenied: Request has expired"
    return None
