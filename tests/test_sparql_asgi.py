"""The ASGI app ``osce-kg serve`` runs, and the executor's event-loop side (awaiting workers, the idle pool)."""
from __future__ import annotations

import asyncio
import logging
import threading
import time

import pytest
import requests

from osce_kg.loader.errors import QueryTimeout
from osce_kg.server import executor as executor_module
from osce_kg.server.asgi import QueryFirstApp
from osce_kg.server.executor import Executor, Job, _Pool
from osce_kg.server.services import EXTENSION_KEY
from osce_kg.server.sparql import executor_of
from sparql_server import EX, make_app, serving

from test_sparql_executor import COUNT, CSV, store  # noqa: F401 (store is a fixture)
from test_sparql_timeout import RUNAWAY

LOOKUP = f"SELECT ?p ?o WHERE {{ <{EX}release2> ?p ?o }}"

def count(body: bytes) -> int:
    return int(body.split(b"\r\n")[1])


# -- the executor on an event loop -----------------------------------------------------------

def test_run_async_answers_as_run_does(store):
    executor = Executor(store, workers=1, timeout=10)
    try:
        for query in (COUNT, LOOKUP):
            job = Job(query, format=CSV)
            assert asyncio.run(executor.run_async(job)).body == executor.run(job).body
    finally:
        executor.close()


def test_more_queries_than_workers_all_get_answered_and_no_worker_is_lost(store):
    executor = Executor(store, workers=1, timeout=20)

    async def many():
        return await asyncio.gather(*(executor.run_async(Job(COUNT, format=CSV)) for _ in range(6)))

    try:
        assert [count(a.body) for a in asyncio.run(many())] == [2] * 6
        assert executor.stats()["idle"] == 1
    finally:
        executor.close()


def test_dead_workers_are_replaced_on_the_loop_too(store):
    executor = Executor(store, workers=2, timeout=20)
    try:
        assert count(asyncio.run(executor.run_async(Job(COUNT, format=CSV))).body) == 2
        for process in list(executor._processes):
            process.proc.kill()
            process.proc.wait()
        assert count(asyncio.run(executor.run_async(Job(COUNT, format=CSV))).body) == 2
    finally:
        executor.close()


def test_a_runaway_query_awaited_on_the_loop_is_stopped(store):
    executor = Executor(store, workers=1, timeout=1.0)
    try:
        with pytest.raises(QueryTimeout):
            asyncio.run(executor.run_async(Job(RUNAWAY, format=CSV)))
        assert executor.stats()["timeouts"] == 1
        # the pool recovers: a fresh worker answers. Its start (a new interpreter) counts in the query's
        # time, and on a loaded machine it alone took longer than the 1 s that stopped the runaway
        # (QueryTimeout): the recovery is given the time test_a_cancelled_request... gives it
        executor.timeout = 30
        assert count(asyncio.run(executor.run_async(Job(COUNT, format=CSV))).body) == 2
    finally:
        executor.close()


def test_a_cancelled_request_kills_its_busy_worker_and_the_pool_recovers(store):
    executor = Executor(store, workers=1, timeout=30)

    async def cancel_midway():
        task = asyncio.ensure_future(executor.run_async(Job(RUNAWAY, format=CSV)))
        await asyncio.sleep(0.5)
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task

    try:
        asyncio.run(executor.run_async(Job(COUNT, format=CSV)))  # the worker is up
        busy = set(executor._processes)
        asyncio.run(cancel_midway())
        assert all(p.proc.poll() is not None for p in busy)
        started = time.monotonic()
        assert count(executor.run(Job(COUNT, format=CSV)).body) == 2  # a fresh worker took over
        assert time.monotonic() - started < 20
    finally:
        executor.close()


def test_the_pool_hands_workers_out_first_come_first_served_across_threads_and_loops():
    pool = _Pool()
    got: list[tuple[str, object]] = []

    def in_thread():
        got.append(("thread", pool.take(5)))

    async def on_loop():
        waiting = asyncio.ensure_future(pool.take_async(5))
        await asyncio.sleep(0.1)
        pool.put("first")  # type: ignore[arg-type]  # the thread asked first
        pool.put("second")  # type: ignore[arg-type]
        got.append(("loop", await waiting))

    thread = threading.Thread(target=in_thread)
    thread.start()
    time.sleep(0.1)
    asyncio.run(on_loop())
    thread.join()
    assert sorted(got) == [("loop", "second"), ("thread", "first")]
    assert pool.size() == 0


def test_a_waiter_that_gave_up_is_skipped_and_nothing_is_lost():
    pool = _Pool()
    with pytest.raises(TimeoutError):
        pool.take(0.05)

    async def give_up():
        with pytest.raises(TimeoutError):
            await pool.take_async(0.05)

    asyncio.run(give_up())
    pool.put("worker")  # type: ignore[arg-type]
    assert pool.size() == 1 and pool.take(0) == "worker"


# -- the app over a socket ---------------------------------------------------------------------

def test_lookups_and_worker_queries_answer_over_the_socket_with_the_same_headers(tmp_path):
    app = make_app(tmp_path, query_workers=1)
    with serving(app) as base:
        for query in (LOOKUP, COUNT):
            response = requests.get(base + "/sparql", params={"query": query}, timeout=30,
                                    headers={"Accept": "application/sparql-results+json", "Origin": "https://x.example"})
            assert response.status_code == 200, response.text
            assert response.headers["Content-Type"] == "application/sparql-results+json"
            assert response.headers["Vary"] == "Accept"
            assert int(response.headers["X-Result-Rows"]) == len(response.json()["results"]["bindings"]) > 0


def test_a_form_post_is_answered_and_a_bad_one_reaches_flask_with_its_body(tmp_path):
    app = make_app(tmp_path, query_workers=1)
    with serving(app) as base:
        ok = requests.post(base + "/sparql", data={"query": COUNT}, headers={"Accept": CSV}, timeout=30)
        assert ok.status_code == 200 and count(ok.content) == 2
        # not UTF-8: the fast path leaves it, Flask reads the replayed body and says why
        bad = requests.post(base + "/sparql", data=b"query=%FF", timeout=30,
                            headers={"Content-Type": "application/x-www-form-urlencoded"})
        assert bad.status_code == 400 and "UTF-8" in bad.json()["detail"]
        update = requests.post(base + "/sparql", data={"update": "CLEAR ALL"}, timeout=30)
        assert update.status_code == 400 and "/update" in update.json()["detail"]


def test_an_unexpected_failure_is_logged_and_not_shown(tmp_path, monkeypatch, caplog):
    app = make_app(tmp_path, query_workers=1)

    def broken(*args, **kwargs):
        raise RuntimeError("secret internals")

    monkeypatch.setattr(executor_module._worker, "execute", broken)
    with serving(app) as base, caplog.at_level(logging.ERROR):
        response = requests.get(base + "/sparql", params={"query": LOOKUP}, timeout=30)
    assert response.status_code == 500
    assert "secret" not in response.text and response.headers["Content-Type"] == "application/problem+json"
    assert any("secret internals" in str(r.exc_info[1]) for r in caplog.records if r.exc_info)


def test_lifespan_is_answered(tmp_path):
    app = QueryFirstApp(make_app(tmp_path, query_workers=1), threads=1)
    messages = [{"type": "lifespan.startup"}, {"type": "lifespan.shutdown"}]
    sent: list[dict] = []

    async def receive():
        return messages.pop(0)

    async def send(message):
        sent.append(message)

    try:
        asyncio.run(app({"type": "lifespan"}, receive, send))
    finally:
        executor_of(app.flask_app).close()
        app.flask_app.extensions[EXTENSION_KEY].store.close()
    assert [m["type"] for m in sent] == ["lifespan.startup.complete", "lifespan.shutdown.complete"]
