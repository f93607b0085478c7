"""What the Google fakes share: the OAuth endpoints and Google's error envelope.

``POST /token`` (form: grant_type=refresh_token, refresh_token, client_id, client_secret)
issues short-lived access tokens; only those are valid bearer tokens, and they expire after
``expires_in`` seconds of the fake clock or when a test calls ``expire_access_tokens()``.

Sign-in (installed apps, https://developers.google.com/identity/protocols/oauth2/native-app):
``GET /o/oauth2/v2/auth`` plays Google's sign-in and consent page: it checks the client,
the loopback ``redirect_uri``, ``response_type=code``, a PKCE S256 challenge and the scopes,
then answers 302 to the redirect_uri with ``code``, ``scope`` and ``state`` (as a browser
would follow). ``consent=deny`` in its query (a fake browser clicking "Cancel") answers with
``error=access_denied``; ``drop_scopes`` plays an owner unticking a permission.
``POST /token`` with grant_type=authorization_code checks the code, the redirect_uri and the
``code_verifier`` against the challenge, and gives an access token and ``refresh_token``.
"""

from __future__ import annotations

import base64
import hashlib
import re
import secrets
from datetime import datetime, timedelta
from typing import Any
from urllib.parse import urlencode, urlsplit

from .base import Abort, FakeServer, JsonBody, RecordedRequest, Response

STATUS_NAMES = {
    400: "INVALID_ARGUMENT",
    401: "UNAUTHENTICATED",
    403: "PERMISSION_DENIED",
    404: "NOT_FOUND",
    409: "ABORTED",
    429: "RESOURCE_EXHAUSTED",
    500: "INTERNAL",
    501: "NOT_IMPLEMENTED",
    503: "UNAVAILABLE",
    504: "DEADLINE_EXCEEDED",
}

GOOGLE_502_PAGE = (
    "<!DOCTYPE html>\n<html lang=en><meta charset=utf-8><title>Error 502 (Server Error)!!1"
    "</title><p><b>502.</b> <ins>That's an error.</ins><p>The server encountered a temporary "
    "error and could not complete your request.<p>Please try again in 30 seconds.  "
    "<ins>That's all we know.</ins>"
)

AUTH_HELP = (
    "Expected OAuth 2 access token, login cookie or other valid authentication credential. "
    "See https://developers.google.com/identity/sign-in/web/devconsole-project."
)


class GoogleFake(FakeServer):
    """Base for FakeGoogleReviews and FakeYouTube."""

    service = "googleapis.com"
    access_token_lifetime = 3599

    def __init__(
        self,
        *,
        now: datetime | str | None = None,
        client_id: str = "1234567890-fake.apps.googleusercontent.com",
        client_secret: str = "GOCSPX-fake-client-secret",
        refresh_token: str = "1//0fake-refresh-token",
        scope: str = "",
    ) -> None:
        super().__init__(now=now)
        self.client_id = client_id
        self.client_secret = client_secret
        self.refresh_token = refresh_token
        self.scope = scope
        self._access_tokens: dict[str, datetime] = {}  # token -> expiry
        self._latest_access_token: str | None = None
        self.drop_scopes: set[str] = set()  # scopes the owner unticks on the consent page
        self.sign_ins: list[dict[str, Any]] = []  # each authorization request, as received
        self._codes: dict[str, dict[str, Any]] = {}
        self.add_route("POST", r"/token", self._token_endpoint)
        self.add_route("GET", r"/o/oauth2/v2/auth", self._authorize)

    # ---- tokens

    def issue_access_token(self) -> str:
        """A valid access token without the HTTP round trip (for tests not about OAuth)."""
        with self._lock:
            token = "ya29.fake-" + secrets.token_urlsafe(24)
            self._access_tokens[token] = self.now + timedelta(seconds=self.access_token_lifetime)
            self._latest_access_token = token
            return token

    @property
    def token(self) -> str:
        """The newest issued access token, issuing one if none is valid."""
        latest = self._latest_access_token
        if latest is not None and self.is_valid_token(latest):
            return latest
        return self.issue_access_token()

    @token.setter
    def token(self, value: str) -> None:
        pass  # Google fakes only accept tokens issued by /token

    def is_valid_token(self, token: str | None) -> bool:
        if token is None or token in self._expired_tokens:
            return False
        expiry = self._access_tokens.get(token)
        return expiry is not None and self.now < expiry

    def is_expired_token(self, token: str | None) -> bool:
        return token is not None and token in self._access_tokens and not self.is_valid_token(token)

    def expire_access_tokens(self) -> None:
        """Every access token issued so far stops working (401 UNAUTHENTICATED)."""
        with self._lock:
            self._expired_tokens.update(self._access_tokens)

    def expire_token(self) -> None:
        self.expire_access_tokens()

    def renew_token(self) -> str:
        return self.issue_access_token()

    def revoke_refresh_token(self) -> None:
        """The refresh token stops working (the owner revoked access)."""
        self.refresh_token = "revoked-" + secrets.token_hex(4)

    def _token_endpoint(self, req: RecordedRequest, m: re.Match[str]) -> Response:
        client_id = req.param("client_id")
        client_secret = req.param("client_secret")
        basic = req.headers.get("Authorization", "")
        if basic.lower().startswith("basic "):
            try:
                decoded = base64.b64decode(basic[6:]).decode()
                client_id, _, client_secret = decoded.partition(":")
            except ValueError:
                client_id = client_secret = None
        grant_type = req.param("grant_type")
        if grant_type == "authorization_code":
            return self._exchange_code(req, client_id, client_secret)
        if grant_type != "refresh_token":
            return Response(
                400,
                {
                    "error": "unsupported_grant_type",
                    "error_description": f"Invalid grant_type: {grant_type or ''}",
                },
            )
        if client_id != self.client_id or client_secret != self.client_secret:
            return Response(
                401,
                {"error": "invalid_client", "error_description": "The OAuth client was not found."},
            )
        refresh = req.param("refresh_token")
        if not refresh:
            return Response(
                400,
                {
                    "error": "invalid_request",
                    "error_description": "Missing required parameter: refresh_token",
                },
            )
        if refresh != self.refresh_token:
            return Response(
                400,
                {
                    "error": "invalid_grant",
                    "error_description": "Token has been expired or revoked.",
                },
            )
        token = self.issue_access_token()
        body: dict[str, Any] = {
            "access_token": token,
            "expires_in": self.access_token_lifetime,
            "token_type": "Bearer",
        }
        if self.scope:
            body["scope"] = self.scope
        return Response(200, body, {"Cache-Control": "no-cache, no-store, max-age=0"})

    # ---- sign-in (authorization code + PKCE, loopback redirect)

    def _authorize(self, req: RecordedRequest, m: re.Match[str]) -> Response:
        params = {k: v[0] for k, v in req.query.items()}
        self.sign_ins.append(params)
        redirect = params.get("redirect_uri", "")
        parts = urlsplit(redirect)
        if params.get("client_id") != self.client_id:
            return Response(401, "Error 401: invalid_client. The OAuth client was not found.")
        if parts.scheme != "http" or parts.hostname not in ("127.0.0.1", "[::1]", "::1"):
            return Response(400, "Error 400: redirect_uri_mismatch")
        if params.get("response_type") != "code":
            return Response(400, "Error 400: unsupported_response_type")
        if params.get("code_challenge_method") != "S256" or not params.get("code_challenge"):
            return Response(400, "Error 400: invalid_request (PKCE S256 required for this test)")
        scopes = params.get("scope", "").split()
        if not scopes:
            return Response(400, "Error 400: invalid_request. Missing required parameter: scope")
        back: dict[str, str] = {}
        if params.get("consent") == "deny":
            back["error"] = "access_denied"
        else:
            code = "4/0fake-code-" + secrets.token_urlsafe(20)
            granted = [s for s in scopes if s not in self.drop_scopes]
            self._codes[code] = {
                "redirect_uri": redirect,
                "challenge": params["code_challenge"],
                "scopes": granted,
                "offline": params.get("access_type") == "offline",
            }
            back.update(code=code, scope=" ".join(granted))
        if "state" in params:
            back["state"] = params["state"]
        return Response(302, "", {"Location": f"{redirect}?{urlencode(back)}"})

    def _exchange_code(
        self, req: RecordedRequest, client_id: str | None, client_secret: str | None
    ) -> Response:
        if client_id != self.client_id or client_secret != self.client_secret:
            return Response(
                401,
                {"error": "invalid_client", "error_description": "The OAuth client was not found."},
            )
        grant = self._codes.pop(req.param("code") or "", None)
        if grant is None:
            return Response(400, {"error": "invalid_grant", "error_description": "Bad Request"})
        if req.param("redirect_uri") != grant["redirect_uri"]:
            return Response(
                400, {"error": "redirect_uri_mismatch", "error_description": "Bad Request"}
            )
        verifier = req.param("code_verifier") or ""
        challenge = (
            base64.urlsafe_b64encode(hashlib.sha256(verifier.encode()).digest())
            .rstrip(b"=")
            .decode()
        )
        if challenge != grant["challenge"]:
            return Response(
                400, {"error": "invalid_grant", "error_description": "Invalid code verifier."}
            )
        body: dict[str, Any] = {
            "access_token": self.issue_access_token(),
            "expires_in": self.access_token_lifetime,
            "scope": " ".join(grant["scopes"]),
            "token_type": "Bearer",
        }
        if grant["offline"]:
            body["refresh_token"] = self.refresh_token
        return Response(200, body, {"Cache-Control": "no-cache, no-store, max-age=0"})

    # ---- errors

    def google_error(
        self,
        code: int,
        message: str,
        *,
        status: str | None = None,
        with_status: bool = True,
        errors: list[dict[str, Any]] | None = None,
        details: list[dict[str, Any]] | None = None,
        headers: dict[str, str] | None = None,
    ) -> Response:
        error: dict[str, Any] = {"code": code, "message": message}
        if errors is not None:
            error["errors"] = errors
        if with_status:
            error["status"] = status or STATUS_NAMES.get(code, "UNKNOWN")
        if details:
            error["details"] = details
        return Response(code, {"error": error}, dict(headers or {}))

    def error_info(self, reason: str, **metadata: str) -> dict[str, Any]:
        return {
            "@type": "type.googleapis.com/google.rpc.ErrorInfo",
            "reason": reason,
            "domain": "googleapis.com",
            "metadata": {"service": self.service, **metadata},
        }

    def auth_errors(self) -> list[dict[str, Any]] | None:
        """YouTube adds the legacy ``errors`` list; the reviews API does not."""
        return None

    def auth(self, req: RecordedRequest) -> str:
        token = req.bearer()
        header = {"WWW-Authenticate": 'Bearer realm="https://accounts.google.com/"'}
        if token is None:
            raise Abort(
                self.google_error(
                    401,
                    f"Request is missing required authentication credential. {AUTH_HELP}",
                    errors=self.auth_errors(),
                    details=[self.error_info("CREDENTIALS_MISSING")],
                    headers=header,
                )
            )
        if not self.is_valid_token(token):
            reason = (
                "ACCESS_TOKEN_EXPIRED" if self.is_expired_token(token) else "ACCESS_TOKEN_INVALID"
            )
            header["WWW-Authenticate"] += ', error="invalid_token"'
            raise Abort(
                self.google_error(
                    401,
                    f"Request had invalid authentication credentials. {AUTH_HELP}",
                    errors=self.auth_errors(),
                    details=[self.error_info(reason)],
                    headers=header,
                )
            )
        return token

    def error_response(self, status: int, req: RecordedRequest) -> Response:
        if status == 502:
            return Response(502, GOOGLE_502_PAGE, content_type="text/html; charset=UTF-8")
        messages = {
            429: "Quota exceeded for quota metric 'Requests' and limit 'Requests per minute'.",
            500: "Internal error encountered.",
            503: "The service is currently unavailable.",
        }
        return self.google_error(status, messages.get(status, f"HTTP {status}"))

    def wrong_shape_body(self, req: RecordedRequest) -> JsonBody:
        return {"reviews": {"unexpected": "object"}, "items": "not-a-list", "nextPageToken": 7}
