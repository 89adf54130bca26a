"""The Flask application factory."""
from __future__ import annotations

from flask import Flask, Response, jsonify

from osce_kg.loader import __version__
from osce_kg.loader.iri import Minter
from osce_kg.loader.settings import Settings, load_settings
from osce_kg.loader.store import open_store
from osce_kg.loader.store.base import Store

from . import problems
from .present import safe_href
from .services import EXTENSION_KEY, Services

#: what a page may load: its own stylesheet and nothing else. The pages run no script (the
#: ``<script type="application/ld+json">`` block is data: browsers never run it, so CSP leaves it be),
#: use no inline style, and are never framed.
CONTENT_SECURITY_POLICY = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; "
                           "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'")
#: sent with every response (a route may set its own value first)
SECURITY_HEADERS = {
    "Content-Security-Policy": CONTENT_SECURITY_POLICY,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "strict-origin-when-cross-origin",
}


def create_app(settings: Settings | None = None, *, store: Store | None = None) -> Flask:
    """Build the app. ``store`` is opened from ``settings`` unless given."""
    settings = settings or load_settings()
    app = Flask(__name__)
    app.config["MAX_CONTENT_LENGTH"] = settings.max_body_bytes
    app.json.sort_keys = False  # type: ignore[attr-defined]
    services = Services(settings=settings, store=store or open_store(settings),
                        minter=Minter(settings.base))
    app.extensions[EXTENSION_KEY] = services
    problems.init_app(app)
    problems.install_log_escaping()
    app.add_template_filter(safe_href, "safe_href")
    app.after_request(security_headers)

    from . import cache, charts, openapi, reconcile, resources, search, sparql, updates, wholestore, workbench

    for module in (cache, wholestore, sparql, resources, updates, search, workbench, reconcile, charts, openapi):
        module.init_app(app, services)

    @app.get("/health")
    def health():
        return jsonify(status="ok", version=__version__, quads=services.store.quad_count())

    return app


def close_app(app: Flask) -> None:
    """Close the app's store, after stopping (and waiting for) the background threads that read it.

    Every shutdown path that closes the store goes through here: the owner process of
    ``serve --readers``, the test servers. A thread left running on a closed store failed on its next
    read (the search index's start build logged an ``AttributeError``). The threads are those of
    ``Services.closing``: the search index's start build and the whole-store figures' builds, read-back
    and warm-up (``WholeStore.stop``), each waited for at most its setting's seconds.
    """
    services: Services = app.extensions[EXTENSION_KEY]
    services.stop_background()
    services.store.close()


def security_headers(response: Response) -> Response:
    """:data:`SECURITY_HEADERS` on ``response``, for every route of every blueprint (errors included)."""
    for name, value in SECURITY_HEADERS.items():
        response.headers.setdefault(name, value)
    return response
