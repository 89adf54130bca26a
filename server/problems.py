"""Errors presented as RFC 9457 problem documents, in one place.

Known errors (:class:`OsceKgError`) show their message; anything else is logged
with its traceback and answered with a bare 500.
"""
from __future__ import annotations

import json
import logging

from flask import Flask, Response, request
from werkzeug.exceptions import HTTPException

from osce_kg.loader.errors import OsceKgError

log = logging.getLogger(__name__)


def problem(status: int, title: str, detail: str | None = None, **extra: object) -> Response:
    """An ``application/problem+json`` response."""
    body = {"type": "about:blank", "title": title, "status": status}
    if detail:
        body["detail"] = detail
    body.update(extra)
    return Response(json.dumps(body, ensure_ascii=False, indent=1), status=status,
                    mimetype="application/problem+json")


def init_app(app: Flask) -> None:
    @app.errorhandler(OsceKgError)
    def _known(exc: OsceKgError) -> Response:
        return problem(exc.http_status, exc.title, exc.message)

    @app.errorhandler(HTTPException)
    def _http(exc: HTTPException) -> Response:
        response = problem(exc.code or 500, exc.name, exc.description)
        if exc.code == 405 and exc.valid_methods:  # type: ignore[attr-defined]
            response.headers["Allow"] = ", ".join(exc.valid_methods)  # type: ignore[attr-defined]
        return response

    @app.errorhandler(Exception)
    def _unexpected(exc: Exception) -> Response:
        log.exception("unexpected error on %s %s", request.method, request.path)
        return problem(500, "Internal Server Error", "The server failed; the error was logged.")
