"""Imported by a bulk load's fork server (see ``osce_kg.loader.pipeline._worker_context``): it reads and
maps one page of the example corpus once, so what extraction and mapping load on first use (the
reference data and its indexes, name lists, compiled patterns) is loaded in the fork server, and every
worker forked from it starts with it. Without it each worker paid ~95 ms for its first document
(the next ones take ~3 ms), after the fork server had started.

It also lets the fork server end at once when the load is over (:func:`~.pipeline.exit_at_once`): it
holds the load's standard output open, and tearing down what it loaded took ~1 s after the loader had
exited, so whoever read that output (a pipe, ``tee``, a benchmark) waited for it."""
from __future__ import annotations

from .pipeline import exit_at_once, warm

warm()
exit_at_once()
