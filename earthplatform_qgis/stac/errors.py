"""The plugin's own typed errors, each carrying a message written for the analyst."""

from __future__ import annotations


class EarthPlatformError(Exception):
    """Base of every error the plugin raises on purpose; str() is the user-facing message."""


class ConfigurationError(EarthPlatformError):
    """Settings or credentials are missing or unusable."""


class AuthenticationError(EarthPlatformError):
    """No access token could be had: wrong credentials, wrong token URL, service down."""


class ApiError(EarthPlatformError):
    """The STAC API answered with an error or could not be reached.

    `status` is the HTTP status (None when no answer came), `url` the request URL without
    query secrets, `server_message` the server's own words where it gave any.
    """

    def __init__(
        self,
        message: str,
        *,
        status: int | None = None,
        url: str = "",
        server_message: str = "",
    ) -> None:
        super().__init__(message)
        self.status = status
        self.url = url
        self.server_message = server_message


class ForeignOriginError(ApiError):
    """A link or a redirect of the catalog leads to another origin (scheme, host, port) than
    the catalog's own, which the user has not trusted: not followed, so the token stays home."""


class CancelledError(EarthPlatformError):
    """The user cancelled the operation."""
