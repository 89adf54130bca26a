"""osce-kg core: reading OSCE documents, minting IRIs, validating and storing graphs.

Nothing here knows about HTTP; :mod:`osce_kg.server` builds on it, never the reverse.
"""
from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("osce-kg")
except PackageNotFoundError:  # running from a source tree without an install
    __version__ = "0.0.0"

__all__ = ["__version__"]
