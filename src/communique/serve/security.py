"""What keeps untrusted texts inert and review in the hands of token holders.

- Every response carries a strict Content-Security-Policy: scripts and styles
  only from this server's own files, no inline script, no plug-ins, no framing.
- A source URL is linked only when it is ``http``/``https``: ``javascript:``
  and ``data:`` URLs are shown as text.
- Review needs the token given at start-up. Scripts send it as
  ``Authorization: Bearer TOKEN``; the web UI signs an analyst in once and keeps
  a cookie holding their name and an HMAC of it keyed by the token, so the token
  itself is never stored in the browser. Every comparison is constant-time.
"""

from __future__ import annotations

import hashlib
import hmac
import re
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from urllib.parse import urlsplit

from fastapi import HTTPException, Request
from starlette.responses import Response

CSP = ("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
       "connect-src 'self'; font-src 'self'; form-action 'self'; frame-ancestors 'none'; "
       "base-uri 'none'")
HEADERS = {
    "Content-Security-Policy": CSP,
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "same-origin",   # no referrer to the sources linked; Origin on posts
    "Cross-Origin-Opener-Policy": "same-origin",
}
COOKIE = "communique_review"
REVIEW_DISABLED = ("review is disabled on this server: start it with --review-token-file FILE "
                   "or the environment variable COMMUNIQUE_REVIEW_TOKEN to enable it")
REVIEWER_PATTERN = r"^[^\x00-\x1f\x7f|]*\S[^\x00-\x1f\x7f|]*$"   # a name, no '|' (cookie)
_NAME = re.compile(REVIEWER_PATTERN)


async def security_headers(request: Request,
                           call_next: Callable[[Request], Awaitable[Response]]) -> Response:
    """Middleware: the security headers on every response."""
    response = await call_next(request)
    for name, value in HEADERS.items():
        response.headers.setdefault(name, value)
    return response


def safe_url(url: str | None) -> str | None:
    """``url`` when it is a plain http(s) link with a host, else None."""
    if not url or any(ch.isspace() or ord(ch) < 32 for ch in url):
        return None
    parts = urlsplit(url)
    return url if parts.scheme.lower() in ("http", "https") and parts.netloc else None


def valid_reviewer(name: str) -> str:
    """The reviewer's name, stripped; refuses empty, over-long or control-character names."""
    name = " ".join(name.split())
    if not 1 <= len(name) <= 80 or not _NAME.match(name):
        raise HTTPException(422, "reviewer: give your name (1–80 characters, no '|')")
    return name


@dataclass(frozen=True)
class ReviewAuth:
    """Checks review credentials against the token configured at start-up (or none)."""

    token: str | None

    @property
    def enabled(self) -> bool:
        return bool(self.token)

    def _key(self) -> bytes:
        assert self.token
        return self.token.encode("utf-8")

    def check_token(self, given: str) -> bool:
        return self.enabled and hmac.compare_digest(given.encode("utf-8"), self._key())

    def require_bearer(self, request: Request) -> None:
        """401 without credentials, 403 with a wrong token or when review is disabled."""
        if not self.enabled:
            raise HTTPException(403, REVIEW_DISABLED)
        header = request.headers.get("authorization", "")
        scheme, _, given = header.partition(" ")
        if scheme.lower() != "bearer" or not given.strip():
            raise HTTPException(401, "review needs the token: send Authorization: Bearer TOKEN",
                                headers={"WWW-Authenticate": "Bearer"})
        if not self.check_token(given.strip()):
            raise HTTPException(403, "the review token is wrong")

    def cookie_for(self, reviewer: str) -> str:
        return f"{reviewer}|{self._signature(reviewer)}"

    def reviewer_of(self, request: Request) -> str | None:
        """The signed-in analyst of a browser request, or None."""
        if not self.enabled:
            return None
        reviewer, _, signature = request.cookies.get(COOKIE, "").rpartition("|")
        if not reviewer or not hmac.compare_digest(signature, self._signature(reviewer)):
            return None
        return reviewer

    def _signature(self, reviewer: str) -> str:
        message = f"communique-review:{reviewer}".encode()
        return hmac.new(self._key(), message, hashlib.sha256).hexdigest()


def same_origin(request: Request) -> bool:
    """A browser form post comes from a page of this server (when the browser says)."""
    origin = request.headers.get("origin")
    if origin is None or origin == "null":
        return origin is None
    return urlsplit(origin).netloc == request.headers.get("host", "")
