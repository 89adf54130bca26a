"""Imported by a bulk load's fork server (see ``osce_kg.loader.pipeline._worker_context``): it reads and
maps one page of the example corpus once, so what extraction and mapping load on first use (the
reference data and its indexes, name lists, compiled patterns) is loaded in the fork server, and every
worker forked from it starts with it. Without it each worker paid ~95 ms for its first document
(the next ones take ~3 ms), after the fork server had started."""
from __future__ import annotations

from .pipeline import warm

warm()
