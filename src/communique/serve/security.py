"""What keeps untrusted texts inert and review in the hands of token holders.

- Every response carries a strict Content-Security-Policy: scripts and styles
  only from this server's own files, no inline script, no plug-ins, no framing.
- A source URL is linked only when it is ``http``/``https``: ``javascript:``
  and ``data:`` URLs are shown as text.
- Review needs the token given at start-up. Scripts send it as
  ``Authorization: Bearer TOKEN``; the web UI signs an analyst in once and keeps
  a cookie holding their name and an HMAC of it keyed by the token, so the token
  itself is never stored in the browser. Every comparison is constant-time.
- No request parameter holding a control character reaches the store: PostgreSQL
  refuses NUL in text (a server error) where SQLite would match nothing, so both
  answer 422 instead. The path, query and form fields are checked for every route
  before anything else runs; the JSON body of a review by its model's patterns.
- Wrong review tokens are logged with the client's address, and a client sending
  too many within a window is answered 429 (``LoginThrottle``) until it has passed.
- The Host header must name this server (``HostCheck``): a page on another site
  cannot read the API through a DNS name of its own pointing here (DNS rebinding).
"""

from __future__ import annotations

import hashlib
import hmac
import ipaddress
import logging
import math
import re
import threading
import time
from collections import deque
from collections.abc import Awaitable, Callable, Iterable
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from fastapi import HTTPException, Request
from starlette.responses import JSONResponse, PlainTextResponse, Response
from starlette.types import ASGIApp, Receive, Scope, Send

logger = logging.getLogger(__name__)

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
# A name with a visible character, no control character, no '|' (the cookie's separator).
REVIEWER_PATTERN = r"^[^\x00-\x1f\x7f|]*[^\s\x00-\x1f\x7f|][^\x00-\x1f\x7f|]*$"
_NAME = re.compile(REVIEWER_PATTERN)
# No C0 or C1 control character nor DEL: never part of a name, a code or a search. The
# patterns go into the OpenAPI schema too (a JSON string's lone surrogates are refused by
# pydantic itself; a URL cannot carry one).
PLAIN_PATTERN = r"^[^\x00-\x1f\x7f-\x9f]*$"
# A text typed in a textarea (a review note) may also break lines and hold tabs.
TEXT_PATTERN = r"^[^\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]*$"
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")
_CONTROL_IN_TEXT = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
FORM_TYPES = ("application/x-www-form-urlencoded", "multipart/form-data")


async def security_headers(request: Request,
                           call_next: Callable[[Request], Awaitable[Response]]) -> Response:
    """Middleware: the security headers on every response."""
    response = await call_next(request)
    for name, value in HEADERS.items():
        response.headers.setdefault(name, value)
    return response


async def plain_parameters(request: Request) -> None:
    """422 when a parameter holds a control character (an app-wide dependency, so it runs
    before any other dependency or handler touches the store)."""
    for where, value, pattern in await _parameters(request):
        found = pattern.search(value)
        if found:
            raise HTTPException(422, f"{where}: the control character "
                                     f"U+{ord(found.group()):04X} is not allowed")


async def _parameters(request: Request) -> list[tuple[str, str, re.Pattern[str]]]:
    """Every string of the path, the query and a form (where, value, what it may not hold)."""
    given = [("path", str(request.scope["path"]), _CONTROL)]
    for key, value in request.query_params.multi_items():
        given += [(f"{key!r} (parameter name)", key, _CONTROL), (key, value, _CONTROL)]
    content_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if content_type in FORM_TYPES:
        form = await request.form()
        given += [(key, value, _CONTROL_IN_TEXT) for key, value in form.multi_items()
                  if isinstance(value, str)]
    return given


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


@dataclass
class LoginThrottle:
    """Counts each client's wrong review tokens in a sliding window; ``limit`` of them
    within ``window`` seconds and the client is refused (429) until the oldest expires.
    The ``[serve]`` settings give both (``defaults.toml`` says why those numbers)."""

    limit: int
    window: float
    _failures: dict[str, deque[float]] = field(default_factory=dict)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def check(self, client: str) -> None:
        """429 with ``Retry-After`` when ``client`` has used up its failures."""
        with self._lock:
            failures = self._recent(client)
            if len(failures) < self.limit:
                return
            wait = max(1, math.ceil(failures[0] + self.window - time.monotonic()))
        raise HTTPException(429, f"too many wrong review tokens from {client}: "
                                 f"{self.limit} within {self.window:g} s; try again in "
                                 f"{wait} s", headers={"Retry-After": str(wait)})

    def failed(self, client: str) -> None:
        """Count a wrong token of ``client`` and log it."""
        with self._lock:
            failures = self._failures[client] = self._recent(client)
            failures.append(time.monotonic())
            count = len(failures)
        logger.warning("wrong review token from %s (%d within %g s, limit %d)",
                       client, count, self.window, self.limit)

    def _recent(self, client: str) -> deque[float]:
        """The client's failures within the window (forgetting every expired one)."""
        cutoff = time.monotonic() - self.window
        for key in list(self._failures):
            times = self._failures[key]
            while times and times[0] <= cutoff:
                times.popleft()
            if not times:
                del self._failures[key]
        return self._failures.get(client, deque())


def client_of(request: Request) -> str:
    """The client's address as the connection gives it (behind a proxy: the proxy's)."""
    return request.client.host if request.client else "unknown"


@dataclass(frozen=True)
class ReviewAuth:
    """Checks review credentials against the token configured at start-up (or none)."""

    token: str | None
    throttle: LoginThrottle

    @property
    def enabled(self) -> bool:
        return bool(self.token)

    def _key(self) -> bytes:
        assert self.token
        return self.token.encode("utf-8")

    def check_token(self, given: str) -> bool:
        return self.enabled and hmac.compare_digest(given.encode("utf-8"), self._key())

    def check_login(self, request: Request, given: str) -> bool:
        """``check_token``, throttled per client: 429 after too many wrong tokens."""
        client = client_of(request)
        self.throttle.check(client)
        if self.check_token(given):
            return True
        self.throttle.failed(client)
        return False

    def require_bearer(self, request: Request) -> None:
        """401 without credentials, 403 with a wrong token or when review is disabled."""
        if not self.enabled:
            raise HTTPException(403, REVIEW_DISABLED)
        header = request.headers.get("authorization", "")
        scheme, _, given = header.partition(" ")
        if scheme.lower() != "bearer" or not given.strip():
            raise HTTPException(401, "review needs the token: send Authorization: Bearer TOKEN",
                                headers={"WWW-Authenticate": "Bearer"})
        if not self.check_login(request, given.strip()):
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


LOOPBACK_NAMES = ("127.0.0.1", "localhost", "::1")
WILDCARD_ADDRESSES = ("0.0.0.0", "::")   # bound to every interface


class HostCheck:
    """ASGI middleware: 400 unless the Host header names this server.

    The names are 127.0.0.1, localhost, ::1, the address served on and the extra
    names given; served on every interface (0.0.0.0), any IP address is a name of
    it too. An IP address cannot be a rebinding attack: that needs a DNS name."""

    def __init__(self, app: ASGIApp, served_on: str, extra: Iterable[str] = ()) -> None:
        self.app = app
        self.names = {name.strip().lower().strip("[]")
                      for name in (*LOOPBACK_NAMES, served_on, *extra) if name.strip()}
        self.any_address = served_on in WILDCARD_ADDRESSES

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] in ("http", "websocket"):
            host = dict(scope["headers"]).get(b"host", b"").decode("latin-1")
            if not self.allows(host):
                detail = (f"Host {host!r} is not a name of this server; use one of "
                          f"{', '.join(sorted(self.names))} (the [serve] setting "
                          "allowed_hosts adds names)")
                response = (JSONResponse({"detail": detail}, status_code=400)
                            if str(scope["path"]).startswith("/api")
                            else PlainTextResponse(detail, status_code=400))
                await response(scope, receive, send)
                return
        await self.app(scope, receive, send)

    def allows(self, host: str) -> bool:
        """Whether ``host`` (``name[:port]``, ``[v6]:port``) is a name of this server."""
        name = _host_name(host)
        if name in self.names:
            return True
        if not self.any_address:
            return False
        try:
            ipaddress.ip_address(name)
        except ValueError:
            return False
        return True


def _host_name(host: str) -> str:
    """The name of a Host header without its port, lower-case (``[::1]:80`` -> ``::1``)."""
    host = host.strip().lower()
    if host.startswith("["):
        return host[1:host.find("]")] if "]" in host else ""
    return host.rsplit(":", 1)[0] if host.count(":") == 1 else host
