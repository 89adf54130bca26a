"""The OpenAPI 3.0 description of the HTTP API, served at ``/openapi.json``.

The description is data: ``static/openapi.json``, shipped with the package. It lists
every public route (the SPARQL endpoint the ASGI app answers on its event loop, the
linked-data pages, the Graph Store, updates, dumps, the change feed), what each may
answer with, and which need the bearer token. ``tests/test_api_fuzz.py`` fuzzes the
running server from it with schemathesis, and fails when a route of the Flask app is
missing from it. Served, it names this server's version and where it is mounted.
"""
from __future__ import annotations

import copy
import hashlib
import json
from functools import lru_cache
from importlib.resources import files
from typing import Any

from flask import Blueprint, Flask, Response, request

from osce_kg.loader import __version__

from .services import Services

bp = Blueprint("openapi", __name__)

#: the description, relative to this package
RESOURCE = "static/openapi.json"


def init_app(app: Flask, services_: Services) -> None:
    """Register ``GET /openapi.json``."""
    app.register_blueprint(bp)


@lru_cache(maxsize=1)
def description() -> dict[str, Any]:
    """The packaged description, with this version of osce-kg (read once; do not modify it).

    :raises FileNotFoundError: the package was installed without its static files.
    """
    text = files("osce_kg.server").joinpath(RESOURCE).read_text(encoding="utf-8")
    doc = json.loads(text)
    doc["info"]["version"] = __version__
    return doc


def served(script_root: str) -> bytes:
    """The description as served under ``script_root`` (its paths are relative to the mount point)."""
    doc = copy.copy(description())
    doc["servers"] = [{"url": script_root or "/"}]
    return json.dumps(doc, ensure_ascii=False, indent=1).encode("utf-8")


@bp.get("/openapi.json")
def openapi() -> Response:
    """The description, with an ETag (it changes only with the installed version)."""
    body = served(request.script_root)
    response = Response(body, mimetype="application/json")
    response.set_etag(hashlib.sha256(body).hexdigest()[:20])
    response.cache_control.public = True
    response.cache_control.max_age = 3600
    response.make_conditional(request)  # in place (it returns the same response, typed as werkzeug's)
    return response
