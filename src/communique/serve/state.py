"""What every request handler needs: the store, the review check and the templates."""

from __future__ import annotations

from dataclasses import dataclass

from fastapi import Request
from fastapi.templating import Jinja2Templates

from communique.serve.security import ReviewAuth
from communique.store import Store


@dataclass(frozen=True)
class Workbench:
    store: Store
    auth: ReviewAuth
    templates: Jinja2Templates


def workbench(request: Request) -> Workbench:
    """The app's ``Workbench`` (a FastAPI dependency)."""
    bench: Workbench = request.app.state.workbench
    return bench
