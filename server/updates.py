"""Placeholder: being written."""
from __future__ import annotations

from flask import Blueprint, Flask

from .services import Services

bp = Blueprint("updates", __name__)


def init_app(app: Flask, services: Services) -> None:
    app.register_blueprint(bp)
