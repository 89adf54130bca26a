"""The Flask application factory."""
from __future__ import annotations

from flask import Flask, jsonify

from osce_kg.loader import __version__
from osce_kg.loader.iri import Minter
from osce_kg.loader.settings import Settings, load_settings
from osce_kg.loader.store import open_store
from osce_kg.loader.store.base import Store

from . import problems
from .services import EXTENSION_KEY, Services


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

    from . import resources, sparql, updates

    for module in (sparql, resources, updates):
        module.init_app(app, services)

    @app.get("/health")
    def health():
        return jsonify(status="ok", version=__version__, quads=services.store.quad_count())

    return app
