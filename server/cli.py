"""The ``osce-kg`` command line: thin Click commands over library functions."""
from __future__ import annotations

import functools
import sys
from pathlib import Path
from typing import Callable

import click

from osce_kg.loader import __version__
from osce_kg.loader.errors import OsceKgError
from osce_kg.loader.settings import Settings, load_settings


def store_options(func: Callable) -> Callable:
    """``--store`` and ``--base``, shared by every command that touches the store."""

    @click.option("--store", "store", type=click.Path(file_okay=False, path_type=Path),
                  help="Store directory [env OSCE_KG_STORE; default var/store].")
    @click.option("--base", "base", metavar="IRI",
                  help="Base IRI for minted resources [env OSCE_KG_BASE; default http://localhost:8000/].")
    @functools.wraps(func)
    def wrapper(*args, store: Path | None, base: str | None, **kwargs):
        # the deployment's shapes, when the command takes them (shapes_options)
        shapes = {"shapes": kwargs.pop("shapes", None) or None,
                  "shapes_replace": kwargs.pop("shapes_replace", None) or None}
        try:  # a malformed OSCE_KG_* variable is a UsageError naming it, shown as the others are
            settings = load_settings(store=store, base=base, **shapes)
            return func(*args, settings=settings, **kwargs)
        except OsceKgError as exc:
            click.echo(f"Error: {exc.message}", err=True)
            sys.exit(exc.exit_code)

    return wrapper


def shapes_options(func: Callable) -> Callable:
    """``--shapes`` and ``--shapes-replace``, for the commands that validate (put it above store_options)."""
    func = click.option("--shapes-replace", "shapes_replace", is_flag=True, default=False,
                        help="Use the --shapes instead of the packaged shapes, not beside them "
                             "[env OSCE_KG_SHAPES_REPLACE=1].")(func)
    return click.option("--shapes", "shapes", multiple=True, metavar="FILE_OR_DIR",
                        type=click.Path(exists=True, path_type=Path),
                        help="A Turtle file of SHACL shapes, or a folder of *.ttl, added to the packaged "
                             "shapes; repeatable [env OSCE_KG_SHAPES, paths joined by ':'].")(func)


def _shapes(settings: Settings):
    """The shapes in force for ``settings`` (:func:`osce_kg.loader.deployment.deployment_shapes`)."""
    from osce_kg.loader.deployment import deployment_shapes
    from osce_kg.loader.iri import Minter

    return deployment_shapes(Minter(settings.base), settings)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="osce-kg")
def main() -> None:
    """osce-kg: OSCE documents in, a validated knowledge graph out, served.

    Exit codes: 0 success, 1 a document was rejected or a check failed, 2 usage error,
    3 the store is in use by another process (try again when it is free, or use load --server).
    """


def _settled(settings: Settings) -> Settings:
    """``settings`` with the base the existing store records (:mod:`osce_kg.loader.deployment`).

    :raises BaseMismatch: ``--base``/``OSCE_KG_BASE`` disagrees with the store's (exit 2, naming both).
    """
    from osce_kg.loader.deployment import settle_base

    return settle_base(settings)


def _settled_elsewhere(settings: Settings) -> Settings:
    """:func:`_settled`, read in a spawned process: ``serve`` must not open RocksDB in the process
    Granian forks (see :func:`osce_kg.server.serving.prepare_store`)."""
    import concurrent.futures
    import multiprocessing

    from osce_kg.loader.deployment import settle_base

    if settings.store_kind != "embedded":
        return settle_base(settings)
    with concurrent.futures.ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("spawn")) as pool:
        return pool.submit(settle_base, settings).result()


def _open_loader(settings: Settings):
    from osce_kg.loader.iri import Minter
    from osce_kg.loader.pipeline import Loader
    from osce_kg.loader.store import open_store

    shapes = _shapes(settings)  # before the store is opened: a bad shapes file is a usage error
    store = open_store(settings)
    return store, Loader(store, Minter(settings.base), shapes=shapes)


def _run_documents(settings: Settings, paths: tuple[Path, ...], *, write: bool) -> None:
    """Shared body of ``load`` and ``validate``: one line per document, a summary, exit 1 on any rejection."""
    from tqdm import tqdm

    from osce_kg.loader.pipeline import iter_sources, start_fork_server

    # counted in a first walk, then read as they come: a load of 100,000 files holds no list of them
    entries = documents = 0
    for source in iter_sources(paths):
        entries, documents = entries + 1, documents + (not source.skipped)
    start_fork_server(documents)  # the bulk load's workers' fork server warms up while the store opens
    sources = iter_sources(paths)
    store, loader = _open_loader(_settled(settings)) if write else _scratch_loader(settings)
    try:
        # the workers start reading the first documents while the reference graphs are written
        loader.start_workers(documents, sources)
        loader.ensure_reference()
        with tqdm(total=entries, file=sys.stderr, unit="doc", disable=documents < 20 or None,
                  leave=False) as bar:
            def show(outcome) -> None:
                with bar.external_write_mode():
                    click.echo(outcome.line())
                    for warning in outcome.warnings:
                        click.echo(f"          warning: {warning}")
                bar.update()

            report = loader.run_sources(sources, write=write, progress=show, keep=False)  # lines printed, not kept
    finally:
        loader.stop_workers()
        store.close()
    verb = "loaded" if write else "validated"
    click.echo(f"{verb}: {report.summary()}")
    if report.rejected:
        sys.exit(1)


def _scratch_loader(settings: Settings):
    """A loader over an in-memory store: ``validate`` writes nothing anywhere."""
    from osce_kg.loader.iri import Minter
    from osce_kg.loader.pipeline import Loader
    from osce_kg.loader.store import EmbeddedStore

    store = EmbeddedStore(None)
    return store, Loader(store, Minter(settings.base), shapes=_shapes(settings))


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
@click.option("--server", metavar="URL",
              help="Send the documents through a running server's gate (PUT /store) instead of opening the store.")
@click.option("--token", metavar="TOKEN", help="Bearer token for --server.")
@shapes_options
@store_options
def load(paths: tuple[Path, ...], server: str | None, token: str | None, settings: Settings) -> None:
    """Load documents (files or folders) into the store.

    One line per document, then a summary. Folders are searched for *.txt, *.text, *.html and *.htm;
    there, entries that are not regular files (FIFOs, sockets, symlink loops, symlinked
    folders) are reported as skipped. Each document is its own named graph, keyed by its
    file name: two files whose names give the same key (a.txt, A.txt, a b.txt, a-b.txt,
    or the same name in two folders) cannot share it, and the later one is rejected.
    Only relative names (to the folder or the file argument) are recorded, never an
    absolute path.

    \b
    Exit codes:
      0  every document was accepted
      1  a document was rejected (the others are still written)
      2  usage error
      3  the store is in use by another process (osce-kg serve?); nothing was written
    """
    if server:
        _send_documents(settings, paths, server, token)
        return
    _run_documents(settings, paths, write=True)


def _send_documents(settings: Settings, paths: tuple[Path, ...], server: str, token: str | None) -> None:
    """``load --server``: the same lines and summary, the writes done by the server's gate."""
    from osce_kg.loader.client import send_documents
    from osce_kg.loader.iri import Minter

    if not token:
        raise click.UsageError("--server needs --token (a write token the server accepts)")
    report = send_documents(server, token, paths, Minter(settings.base),
                            progress=lambda outcome: click.echo(outcome.line()))
    click.echo(f"loaded: {report.summary()}")
    if report.rejected:
        sys.exit(1)


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
@shapes_options
@store_options
def validate(paths: tuple[Path, ...], settings: Settings) -> None:
    """Run documents through the whole pipeline, writing nothing. Exit 0 if all conform."""
    _run_documents(settings, paths, write=False)


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
@click.option("--format", "fmt", type=click.Choice(["json", "jsonl"]), default="json", show_default=True)
def extract(paths: tuple[Path, ...], fmt: str) -> None:
    """Print what the loader reads from each document (one object per record)."""
    import json

    from osce_kg.loader.sources import iter_extracted

    items = list(iter_extracted(paths))
    if fmt == "jsonl":
        for item in items:
            click.echo(json.dumps(item, ensure_ascii=False))
    else:
        click.echo(json.dumps(items, ensure_ascii=False, indent=2))


@main.command(name="eval")
@click.argument("gold", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
@click.option("--split", type=click.Choice(["dev", "holdout", "all"]), default="all", show_default=True,
              help="Score only the gold entries of this split.")
@click.option("--misses/--no-misses", default=True, show_default=True, help="List every disagreement.")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@click.option("--by", type=click.Choice(["kind", "site"]), default=None,
              help="Also score each group of pages (kind: file-name prefix; site: host in the folder's "
                   "index.tsv) and name the worst group.")
def eval_command(gold: Path, paths: tuple[Path, ...], split: str, misses: bool, fmt: str,
                 by: str | None) -> None:
    """Score the extractor against a gold file: accuracy, precision/recall/F1 per field, misses."""
    import json

    from osce_kg.loader.evaluation import evaluate_by, format_groups, format_report, worst_group

    try:
        report, groups = evaluate_by(gold, list(paths), split=split, by=by)
    except OsceKgError as exc:
        raise click.ClickException(exc.message) from exc
    if fmt == "json":
        data = report.as_dict()
        if not misses:
            data.pop("misses")
        if by is not None:
            data["by"] = by
            data["groups"] = {k: {f: v for f, v in g.as_dict().items() if f != "misses"}
                              for k, g in groups.items()}
            data["worst_group"] = worst_group(groups)
        click.echo(json.dumps(data, ensure_ascii=False, indent=2))
    else:
        click.echo(format_report(report, misses=misses))
        if by is not None:
            click.echo("")
            click.echo(format_groups(groups, by))


@main.command()
@click.argument("sparql")
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "tsv", "json"]), default="table",
              show_default=True, help="Result format for SELECT/ASK (CONSTRUCT/DESCRIBE print Turtle).")
@store_options
def query(sparql: str, fmt: str, settings: Settings) -> None:
    """Run a SPARQL query over the store (default graph = union of all graphs)."""
    from osce_kg.loader.query import run_query
    from osce_kg.loader.store import open_store

    store = open_store(_settled(settings), read_only=True)
    try:
        click.echo(run_query(store, sparql, fmt), nl=False)
    finally:
        store.close()


@main.command()
@click.option("--format", "fmt", type=click.Choice(["nquads", "trig"]), default="nquads", show_default=True)
@click.option("-o", "--output", type=click.File("wb"), default="-", help="Output file [default: stdout].")
@store_options
def export(fmt: str, output, settings: Settings) -> None:
    """Export every named graph of the store."""
    from osce_kg.loader.store import open_store

    store = open_store(_settled(settings), read_only=True)
    try:
        store.dump(output, fmt)
    finally:
        store.close()


@main.command(name="import")
@click.argument("files", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--format", "fmt", type=click.Choice(["nquads", "trig", "nt", "turtle", "rdfxml", "jsonld"]),
              help="Format of every FILE [default: from each file name; .gz is read through gzip].")
@click.option("--graph", metavar="IRI", help="The graph for triples (required for nt, turtle, rdfxml; "
                                            "default-graph triples of other formats go there too).")
@click.option("--restore", is_flag=True,
              help="Restore a dump into an EMPTY store: bulk load, one validation pass, one audit record.")
@click.option("--chunk", default=200, show_default=True, type=click.IntRange(1),
              help="Named graphs validated together by --restore's validation pass.")
@click.option("--workers", type=click.IntRange(1), default=None,
              help="Processes for --restore's validation pass [default: one per CPU].")
@store_options
def import_command(files: tuple[Path, ...], fmt: str | None, graph: str | None, restore: bool, chunk: int,
                   workers: int | None, settings: Settings) -> None:
    """Import RDF files (N-Quads, TriG, N-Triples, Turtle, RDF/XML, JSON-LD, gzipped too).

    Quads keep their graphs; triples go to --graph. Each file is parsed whole before any of it
    is written (a malformed line rejects the file, naming the line). Every graph then passes
    the write gate (SHACL, an audit record naming the file and the graph) and replaces its
    namesake whole, or is rejected. The server's own graphs (audit, tombstones) are refused.

    With --restore (a dump from `osce-kg export` or /dumps/all.nq.gz, into an empty store),
    the files are checked, bulk-loaded, the whole store is validated once, and one audit
    record is written; a dump that breaks a shape is undone.

    \b
    Exit codes:
      0  every graph was accepted (restored)
      1  a file or graph was rejected (other graphs are still written; a restore keeps nothing)
      2  usage error (unknown format, no --graph for triples, --restore into a store with data)
      3  the store is in use by another process (osce-kg serve?); nothing was written
    """
    from osce_kg.loader.importer import sources_for

    sources = sources_for(files, fmt, graph)
    settings = _settled(settings)
    if restore:
        _restore(settings, sources, graph, chunk, workers)
    else:
        _import(settings, sources, graph)


def _quad_bar(desc: str):
    from tqdm import tqdm

    return tqdm(total=None, file=sys.stderr, unit="quad", unit_scale=True, desc=desc, leave=False, disable=None)


def _import(settings: Settings, sources, graph: str | None) -> None:
    """``import`` through the gate: a line per graph, a summary, exit 1 on any rejection."""
    from rdflib import URIRef

    from osce_kg.loader.importer import import_files
    from osce_kg.loader.iri import Minter
    from osce_kg.loader.store import open_store

    store = open_store(settings)
    try:
        with _quad_bar("parsing") as bar:
            def show(outcome) -> None:
                with bar.external_write_mode():
                    click.echo(outcome.line())
                    for warning in outcome.warnings:
                        click.echo(f"          warning: {warning}")

            report = import_files(store, sources, Minter(settings.base),
                                  graph=URIRef(graph) if graph else None, parsed=bar.update, progress=show,
                                  reader_bytes=settings.import_reader_bytes,
                                  check_apart_bytes=settings.import_check_apart_bytes)
    finally:
        store.close()
    click.echo(f"imported: {report.summary()}")
    if report.rejected:
        sys.exit(1)


def _restore(settings: Settings, sources, graph: str | None, chunk: int, workers: int | None) -> None:
    """``import --restore``: check, bulk load, validate once; says which base to serve it with."""
    from rdflib import URIRef
    from tqdm import tqdm

    from osce_kg.loader.importer import restore
    from osce_kg.loader.iri import Minter
    from osce_kg.loader.store import open_store

    store = open_store(settings)
    try:
        with _quad_bar("checking") as parsing, _quad_bar("loading") as loading, \
                tqdm(total=None, file=sys.stderr, unit="graph", desc="validating", leave=False,
                     disable=None) as validating:
            def checked(done: int, total: int) -> None:
                validating.total = total
                validating.update(done - validating.n)

            report = restore(store, sources, Minter(settings.base), graph=URIRef(graph) if graph else None,
                             chunk=chunk, workers=workers, parsed=parsing.update, loaded=loading.update,
                             checked=checked)
    finally:
        store.close()
    if report.check is not None:
        for violation in report.check.violations:
            click.echo(str(violation))
    click.echo(f"imported: {report.summary()}")
    if not report.restored:
        sys.exit(1)
    if report.base and report.base != settings.base:
        click.echo(f"warning: the dump's IRIs are under {report.base} but --base is {settings.base}: "
                   f"serve this store with --base {report.base} (or OSCE_KG_BASE={report.base})", err=True)
    elif report.base:
        click.echo(f"the store's IRIs are under {report.base}: serve it with --base {report.base}", err=True)


@main.command()
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=8000, show_default=True, type=int)
@click.option("--query-timeout", type=float, default=None, help="Seconds before a query is stopped [default 30].")
@click.option("--threads", default=8, show_default=True, type=int,
              help="Threads for the Flask app (pages, updates); /sparql queries run on the event loop.")
@click.option("--cache-bytes", type=click.IntRange(min=0), default=None,
              help="Bytes of answers kept until the next write (env OSCE_KG_CACHE_BYTES; 0: off) [default 64 MiB].")
@click.option("--readers", type=click.IntRange(min=0), default=None,
              help="Processes that answer reads, each over its own read-only view of the store, beside one "
                   "process that owns it and does every write (env OSCE_KG_READERS; 1: one process does "
                   "everything; 0: one per CPU, at most 4) [default 0]. A remote store keeps 1.")
@shapes_options
@store_options
def serve(host: str, port: int, query_timeout: float | None, threads: int, cache_bytes: int | None,
          readers: int | None, settings: Settings) -> None:
    """Serve the store with a production server (Granian, ASGI on uvloop).

    With no store yet, it is first built from the bundled example corpus.
    """
    from osce_kg.server.readers import readers_for
    from osce_kg.server.serving import prepare_store, run_server

    settings = _settled_elsewhere(settings.replace(query_timeout=query_timeout, cache_bytes=cache_bytes,
                                                   readers=readers))
    _shapes(settings)  # a bad shapes file is a usage error now, not a server that fails its first write
    code = prepare_store(settings)  # first-run build and checks, in a child process (see there)
    if code:
        sys.exit(code)
    shown_host = f"[{host}]" if ":" in host else host
    processes = readers_for(settings)
    shown_readers = f", {processes} reader processes" if processes > 1 else ""
    click.echo(f"osce-kg {__version__}: serving {settings.store} on http://{shown_host}:{port}/ "
               f"(resource IRIs under {settings.base}{shown_readers}); Ctrl-C stops it", err=True)
    run_server(settings, host=host, port=port, threads=threads, readers=processes)


@main.command()
@click.option("--chunk", default=200, show_default=True, type=click.IntRange(1),
              help="Named graphs validated together.")
@shapes_options
@store_options
def check(chunk: int, settings: Settings) -> None:
    """Revalidate the whole store against the current shapes (run it when the shapes change).

    Prints every violation and warning, then a summary. Exit 0 when the store conforms,
    1 when any violation was found.
    """
    from tqdm import tqdm

    from osce_kg.loader import mapping
    from osce_kg.loader.audit import AuditLog
    from osce_kg.loader.gate import Gate, check_store
    from osce_kg.loader.iri import Minter
    from osce_kg.loader.store import open_store

    settings = _settled(settings)
    minter = Minter(settings.base)
    shapes = _shapes(settings)  # before the store: a bad shapes file is a usage error
    store = open_store(settings, read_only=True)
    try:
        gate = Gate(store, shapes, mapping.ontology_graph(minter), audit=AuditLog(settings.base))
        with tqdm(total=None, file=sys.stderr, unit="graph", leave=False) as bar:
            def show(done: int, total: int) -> None:
                bar.total = total
                bar.update(done - bar.n)

            report = check_store(gate, chunk=chunk, progress=show)
    finally:
        store.close()
    for violation in report.violations:
        click.echo(str(violation))
    click.echo(f"checked: {report.summary()}")
    if not report.conforms:
        sys.exit(1)


@main.command()
@click.option("--merge", "merge", nargs=2, metavar="OLD KEPT", default=None,
              help="Merge OLD into KEPT through the gate: OLD owl:sameAs KEPT, its documents rewritten.")
@click.option("--reason", default="", help="Why the merge is right (kept with its evidence).")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@store_options
def dedupe(merge: tuple[str, str] | None, reason: str, fmt: str, settings: Settings) -> None:
    """List likely duplicate persons and organizations in the store, with the evidence for and against.

    With --merge OLD KEPT, merge two resources: every document graph naming OLD is rewritten to
    KEPT (OLD's names kept as skos:altLabel), the identity graph records OLD owl:sameAs KEPT with
    the evidence, and the whole change passes the gate and is audited like any write. OLD then
    answers with a redirect to KEPT, and later loads use KEPT. Exit 0; 1 when the gate refuses.
    """
    import json

    from rdflib import URIRef

    from osce_kg.loader import mapping
    from osce_kg.loader.audit import AuditLog
    from osce_kg.loader.gate import Gate
    from osce_kg.loader.identity import (duplicates, merge_change, organization_duplicates, organizations_in,
                                         persons_in)
    from osce_kg.loader.iri import Minter
    from osce_kg.loader.store import open_store

    settings = _settled(settings)
    minter = Minter(settings.base)
    store = open_store(settings, read_only=merge is None)
    try:
        if merge:
            old, kept = (URIRef(_expand(minter, x)) for x in merge)
            change = merge_change(store, minter, old, kept, reason=reason)
            gate = Gate(store, mapping.shapes_graph(minter), mapping.ontology_graph(minter),
                        audit=AuditLog(minter.base))
            gate.commit(change, file=None, via="dedupe")
            click.echo(f"merged <{old}> into <{kept}> ({len(change.replace)} document graph(s) rewritten)")
            return
        found = duplicates(persons_in(store, minter), minter.graph("reference"))
        found += organization_duplicates(organizations_in(store, minter))
    finally:
        store.close()
    if fmt == "json":
        click.echo(json.dumps([c.as_json() for c in found], ensure_ascii=False, indent=2))
        return
    for c in found:
        click.echo(f"{c.a}  {' | '.join(c.names_a)}\n{c.b}  {' | '.join(c.names_b)}")
        click.echo("  for:     " + "; ".join(c.evidence_for))
        click.echo("  against: " + ("; ".join(c.evidence_against) or "-"))
    click.echo(f"{len(found)} likely duplicate pair(s)")


def _expand(minter, text: str) -> str:
    """``person/x`` -> ``{base}id/person/x``; a full IRI as given."""
    return text if "://" in text else f"{minter.base}id/{text.lstrip('/')}"


if __name__ == "__main__":  # python -m osce_kg.server.cli
    main()
