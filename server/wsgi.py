"""The WSGI entry point the server process imports: ``osce_kg.server.wsgi:create``.

``osce-kg serve`` hands its flags down as ``OSCE_KG_*`` variables, so the worker process
builds the same :class:`Settings` with :func:`load_settings`.
"""
from __future__ import annotations

from flask import Flask

from osce_kg.loader.settings import load_settings

from .app import create_app


def create() -> Flask:
    """The app, configured from the environment."""
    return create_app(load_settings())
