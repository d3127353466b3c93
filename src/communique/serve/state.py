"""What every request handler needs: the store, the review check and the templates."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from fastapi import Request
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates

from communique.serve.security import ReviewAuth
from communique.store import Store


@dataclass(frozen=True)
class Workbench:
    store: Store
    auth: ReviewAuth
    templates: Jinja2Templates

    def render(self, request: Request, template: str, context: dict[str, Any],
               twin: bool = True, status: int = 200,
               headers: dict[str, str] | None = None) -> HTMLResponse:
        """A page with what every template shares: the review state and the JSON twin
        (the same path under ``/api``, with the same query string)."""
        query = request.url.query
        twin_url = "/api" + request.url.path + (f"?{query}" if query else "")
        shared = {"json_url": twin_url if twin else None, "review_enabled": self.auth.enabled,
                  "reviewer": self.auth.reviewer_of(request), "path": request.url.path}
        return self.templates.TemplateResponse(request, template, {**shared, **context},
                                               status_code=status, headers=headers)


def workbench(request: Request) -> Workbench:
    """The app's ``Workbench`` (a FastAPI dependency)."""
    bench: Workbench = request.app.state.workbench
    return bench
