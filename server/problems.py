"""Errors presented as RFC 9457 problem documents, in one place.

Known errors (:class:`OsceKgError`) show their message; anything else is logged
with its traceback and answered with a bare 500. Log lines carry text from requests,
so :class:`EscapeControls` keeps a CR/LF from a URL from starting a line of its own.
"""
from __future__ import annotations

import json
import logging
import re
import traceback

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


# -- log lines ------------------------------------------------------------------------------

#: C0 controls, DEL and C1 controls (NEL ends a line for some readers), and the Unicode line separators
_CONTROLS = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029]")
_NAMED = {"\r": "\\r", "\n": "\\n", "\t": "\\t"}
#: loggers whose records carry text from requests: ours, Werkzeug's and Granian's
ESCAPED_LOGGERS = ("osce_kg", "werkzeug", "_granian", "granian", "granian.access")


def escape_controls(text: str) -> str:
    """``text`` with every control character written as an escape (``\\r``, ``\\n``, ``\\x00``): one line."""
    return _CONTROLS.sub(_escape, text)


def _escape(match: re.Match[str]) -> str:
    char = match.group()
    return _NAMED.get(char) or (f"\\x{ord(char):02x}" if ord(char) < 0x100 else f"\\u{ord(char):04x}")


def escaped_traceback(exc_info: tuple) -> str:
    """A traceback as :meth:`logging.Formatter.formatException` gives it, but with each exception's own
    message on one line (escaped): the frames come from the code, the messages may come from a request."""
    _, exc, tb = exc_info
    top = traceback.TracebackException(type(exc), exc, tb)
    messages: set[str] = set()
    seen: set[int] = set()
    pending = [top]
    while pending:  # every exception of the chain (causes and contexts), each once
        te = pending.pop()
        if id(te) in seen:
            continue
        seen.add(id(te))
        messages.update(te.format_exception_only())
        pending.extend(t for t in (te.__cause__, te.__context__) if t is not None)
    text = "".join(escape_controls(chunk[:-1]) + "\n" if chunk in messages and chunk.endswith("\n") else
                   escape_controls(chunk) if chunk in messages else chunk for chunk in top.format())
    return text.rstrip("\n")


class EscapeControls(logging.Filter):
    """Rewrites a record so that its message and its exception's messages hold no control character.

    The record is changed in place (once), so every handler after this filter writes it escaped.
    """

    def filter(self, record: logging.LogRecord) -> bool:
        if getattr(record, "_controls_escaped", False):
            return True
        record.msg = escape_controls(record.getMessage())
        record.args = None
        if record.exc_info and record.exc_info[1] is not None and not record.exc_text:
            record.exc_text = escaped_traceback(record.exc_info)
        record._controls_escaped = True
        return True


def install_log_escaping() -> None:
    """Put :class:`EscapeControls` where request text can reach a log line; safe to call again.

    On the loggers of :data:`ESCAPED_LOGGERS` (and each ``osce_kg.*`` logger: a logger's filters
    see only its own records), and on every handler those loggers and the root logger have, and
    on :data:`logging.lastResort` (where records go when no handler is configured, as under
    ``osce-kg serve``). Call it after logging is configured: handlers added later are not covered,
    records of the named loggers still are.
    """
    names = [*ESCAPED_LOGGERS, *(n for n in list(logging.root.manager.loggerDict) if n.startswith("osce_kg."))]
    loggers = [logging.getLogger(n) for n in names]
    handlers = [h for lg in (logging.root, *loggers) for h in lg.handlers]
    if logging.lastResort is not None:
        handlers.append(logging.lastResort)
    for target in (*loggers, *handlers):
        if not any(isinstance(f, EscapeControls) for f in target.filters):
            target.addFilter(EscapeControls())
