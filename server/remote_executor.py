"""Queries against a remote SPARQL 1.1 store: checked here, evaluated there.

The same checks as the local workers (size first, no updates, no SERVICE off the
allowlist as rdflib's algebra reads it), the same negotiation, then one HTTP request
to the remote endpoint with the chosen media type. Here the remote store would do
any fetching and no sandbox stands behind the check, so a text that may name a
SERVICE but that rdflib cannot read is refused (:func:`querytext.check_federation`,
unconfined). The checks run on a server thread (:meth:`run_async`), bounded by the
size limit. The time limit is the HTTP timeout; the remote server should carry its
own (``oxigraph serve --timeout-s``, Fuseki ``arq:queryTimeout``) so it stops too.
"""
from __future__ import annotations

import asyncio
import time

from osce_kg.loader.errors import QuerySyntaxError, StoreError
from osce_kg.loader.store.remote import RemoteStore

from . import negotiation, querytext
from .executor import Answer, Job


class RemoteExecutor:
    """Runs :class:`Job` objects on a :class:`RemoteStore`'s query endpoint."""

    def __init__(self, store: RemoteStore, *, timeout: float, max_query_bytes: int = 1024 * 1024) -> None:
        self.store = store
        self.timeout = timeout
        self.max_query_bytes = max_query_bytes

    def run(self, job: Job) -> Answer:
        """Check, negotiate and forward ``job``.

        :raises QueryTooLarge: the text is longer than ``max_query_bytes``.
        :raises UpdateNotHere, FederationRefused: as for the local workers; and a text that
            may name a SERVICE but that rdflib cannot read.
        :raises NotAcceptable: no format the client accepts fits the query form.
        :raises QuerySyntaxError: the remote store refused the query.
        :raises QueryTimeout: no answer within the limit.
        :raises StoreError: the remote store failed or cannot be reached.
        """
        querytext.check_size(job.query, self.max_query_bytes)
        info = querytext.inspect_query(job.query)
        querytext.refuse_update(info)
        federated = querytext.check_federation(job.query, job.base, job.allowlist, confined=False)
        kind = info.form or "SELECT"
        available = negotiation.FORM_TYPES.get(kind, negotiation.SELECT_TYPES)
        media: str | None
        if job.html:
            media = "application/n-triples" if available is negotiation.GRAPH_TYPES else available[0]
        else:
            media = negotiation.negotiate(job.accept, available, job.format)
        if media is None:
            raise negotiation.NotAcceptable(f"{kind} results are available as: {', '.join(available)}")
        form = [("query", job.query)]
        form += [("default-graph-uri", g) for g in job.default_graphs or ()]
        form += [("named-graph-uri", g) for g in job.named_graphs or ()]
        started = time.monotonic()
        status, media_type, body = self.store.protocol_query(form, media, timeout=self.timeout)
        if status >= 400 and federated:  # its body may carry what a SERVICE answered
            raise StoreError(f"the remote store could not answer the federated query (HTTP {status})")
        if status == 400:
            raise QuerySyntaxError(f"the remote store refused the query: {body[:300].decode('utf-8', 'replace')}")
        if status >= 400:
            raise StoreError(f"the remote store answered {status}")
        return Answer(media_type, body, 0, kind, time.monotonic() - started)

    async def run_async(self, job: Job) -> Answer:
        """:meth:`run` on a thread, so the event loop goes on meanwhile."""
        return await asyncio.get_running_loop().run_in_executor(None, self.run, job)

    def invalidate(self) -> None:
        """Nothing cached here: the remote store sees its own writes."""

    def close(self) -> None:
        """The session belongs to the store, which closes it."""
