"""The application: API and web UI in one FastAPI app over one store.

Pages are rendered on the server with Jinja2 (autoescaping everywhere); the
only script is the network graph's, served from ``static/`` with the vendored
d3-force. Errors answer as JSON under ``/api`` and as a page elsewhere, each
saying what to do.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from importlib import resources
from pathlib import Path
from typing import Any

import jinja2
from fastapi import Depends, FastAPI, HTTPException, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from pydantic import ValidationError

from communique.errors import StoreError
from communique.serve import api, pages, views
from communique.serve.filters import DATE_PATTERN
from communique.serve.security import (
    PLAIN_PATTERN,
    TEXT_PATTERN,
    HostCheck,
    LoginThrottle,
    ReviewAuth,
    plain_parameters,
    security_headers,
)
from communique.serve.state import Workbench
from communique.settings import ServeSettings, default_values
from communique.store import Store
from communique.version import __version__

DESCRIPTION = """\
The analyst's workbench over a Communiqué knowledge base: PLOVER events extracted
from diplomatic reports, each act with every report of it and the evidence.

Reading needs nothing. Reviewing an event (`POST /api/events/{id}/review`) needs the
token the server was started with, sent as `Authorization: Bearer TOKEN`.
Every page of the web UI has its JSON twin here.
"""


def create_app(store: Store, review_token: str | None = None, *, host: str | None = None,
               settings: ServeSettings | None = None) -> FastAPI:
    """The workbench over ``store``; review is enabled when ``review_token`` is given.

    ``host`` is the address it is served on (``communique serve --host``): given, the
    Host header must name it (``HostCheck``); None leaves the check to whatever serves
    the app. ``settings`` default to the ``[serve]`` defaults."""
    settings = settings or ServeSettings(**default_values()["serve"])
    throttle = LoginThrottle(settings.login_failures, settings.login_window_seconds)
    app = FastAPI(title="Communiqué", version=__version__, description=DESCRIPTION,
                  docs_url=None, redoc_url=None, openapi_url="/api/openapi.json",
                  dependencies=[Depends(plain_parameters)])
    folder = Path(str(resources.files(__package__)))
    app.state.workbench = Workbench(store, ReviewAuth(review_token or None, throttle),
                                    _templates(folder / "templates"))
    app.middleware("http")(security_headers)
    if host is not None:
        app.add_middleware(HostCheck, served_on=host,
                           extra=settings.allowed_hosts.split(","))
    app.mount("/static", StaticFiles(directory=folder / "static"), name="static")
    app.include_router(api.router)
    app.include_router(pages.router)
    app.add_exception_handler(HTTPException, _http_error)   # type: ignore[arg-type]
    app.add_exception_handler(RequestValidationError, _invalid)   # type: ignore[arg-type]
    app.add_exception_handler(ValidationError, _invalid_model)   # type: ignore[arg-type]
    app.add_exception_handler(StoreError, _store_error)   # type: ignore[arg-type]
    return app


def _templates(folder: Path) -> Jinja2Templates:
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(folder), autoescape=True,
                             undefined=jinja2.StrictUndefined, trim_blocks=True,
                             lstrip_blocks=True)
    views.install(env)
    return Jinja2Templates(env=env)


def _wants_json(request: Request) -> bool:
    return request.url.path.startswith("/api")


def _error(request: Request, status: int, detail: str,
           headers: Mapping[str, str] | None = None) -> Response:
    if _wants_json(request):
        return JSONResponse({"detail": detail}, status_code=status, headers=dict(headers or {}))
    bench: Workbench = request.app.state.workbench
    return bench.render(request, "error.html", {"status": status, "detail": detail},
                        twin=False, status=status, headers=dict(headers or {}))


async def _http_error(request: Request, exc: HTTPException) -> Response:
    return _error(request, exc.status_code, str(exc.detail), exc.headers)


async def _invalid(request: Request, exc: RequestValidationError) -> Response:
    """A request's parameters or body do not validate (their location is the first part)."""
    problems = "; ".join(_problem(err, err["loc"][1:]) for err in exc.errors())
    return _error(request, 422, problems or "invalid request")


async def _invalid_model(request: Request, exc: ValidationError) -> Response:
    """A model a handler built from a form does not validate: the form is invalid."""
    problems = "; ".join(_problem(dict(err), err["loc"]) for err in exc.errors())
    return _error(request, 422, problems or "invalid request")


def _problem(err: dict[str, Any], loc: Sequence[object]) -> str:
    """One validation error as ``field: what is wrong``."""
    where = ".".join(str(p) for p in loc)
    pattern = err.get("ctx", {}).get("pattern")
    if pattern == DATE_PATTERN:
        return f"{where}: {err['input']!r} is not a date; use YYYY, YYYY-MM or YYYY-MM-DD"
    if pattern in (PLAIN_PATTERN, TEXT_PATTERN):
        return f"{where}: control characters are not allowed"
    message = str(err["msg"]).removeprefix("Value error, ")
    return f"{where}: {message}" if where else message


async def _store_error(request: Request, exc: StoreError) -> Response:
    return _error(request, 503, f"the knowledge base cannot be read: {exc}")
