"""Start OpenLink Virtuoso 7 (Debian's ``virtuoso-opensource-7``) for the tests, as a user would.

:func:`start_virtuoso` writes an ini file of ours into a temporary folder (its own database
files, free loopback ports, the SPARQL result limit raised), runs ``virtuoso-t +foreground``,
waits for its HTTP port, grants SPARQL Update to the ``SPARQL`` user (loopback only: the test
server listens on 127.0.0.1), and :meth:`Virtuoso.stop` stops it. Tests that need it are marked
``@pytest.mark.virtuoso`` and skipped when ``virtuoso-t`` is not installed.
"""
from __future__ import annotations

import shutil
import signal
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path

import requests

from ports import listening_ports, probe_port

VIRTUOSO = shutil.which("virtuoso-t")
ISQL = shutil.which("isql-vt")

INI = """\
[Database]
DatabaseFile       = {db}/virtuoso.db
ErrorLogFile       = {db}/virtuoso.log
LockFile           = {db}/virtuoso.lck
TransactionFile    = {db}/virtuoso.trx
xa_persistent_file = {db}/virtuoso.pxa
ErrorLogLevel      = 7
FileExtend         = 200
MaxCheckpointRemap = 2000
Striping           = 0
TempStorage        = TempDatabase

[TempDatabase]
DatabaseFile       = {db}/virtuoso-temp.db
TransactionFile    = {db}/virtuoso-temp.trx
MaxCheckpointRemap = 2000
Striping           = 0

[Parameters]
ServerPort               = 127.0.0.1:{sql_port}
LiteMode                 = 0
DisableUnixSocket        = 1
DisableTcpSocket         = 0
MaxClientConnections     = 10
CheckpointInterval       = 60
O_DIRECT                 = 0
CaseMode                 = 2
DirsAllowed              = ., {db}
ThreadsPerQuery          = 2
AsyncQueueMaxThreads     = 4
NumberOfBuffers          = 20000
MaxDirtyBuffers          = 12000
MaxQueryMem              = 512M
SingleCPU                = 0

[HTTPServer]
ServerPort                  = 127.0.0.1:{http_port}
ServerRoot                  = /var/lib/virtuoso-opensource-7/vsp
MaxClientConnections        = 10
EnabledDavVSP               = 0
ServerThreads               = 10
MaxKeepAlives               = 10
KeepAliveTimeout            = 10
Charset                     = UTF-8
EnabledGzipContent          = 0

[SPARQL]
ResultSetMaxRows           = 1000000
MaxQueryCostEstimationTime = 400
MaxQueryExecutionTime      = 120
"""

#: the setup README gives a user (SPARQL Update for the endpoint's user, Virtuoso's own graphs private), run as is
SETUP = Path(__file__).parents[1] / "loader" / "data" / "virtuoso-setup.sql"


#: Virtuoso's free-text index over every literal (off by default), built now for what is stored
FREE_TEXT = [
    "DB.DBA.RDF_OBJ_FT_RULE_ADD(null, null, 'All');",
    "DB.DBA.VT_INC_INDEX_DB_DBA_RDF_OBJ();",
]


@dataclass
class Virtuoso:
    """A running Virtuoso: its ``/sparql`` URL, its Graph Store URL, its SQL port, its process."""

    folder: Path
    http_port: int
    sql_port: int
    process: subprocess.Popen

    @property
    def sparql_url(self) -> str:
        return f"http://127.0.0.1:{self.http_port}/sparql"

    def isql(self, *statements: str) -> str:
        """Run SQL statements as ``dba`` (the default password of a new database)."""
        run = subprocess.run([ISQL or "isql-vt", str(self.sql_port), "dba", "dba", "VERBOSE=OFF",
                              "BANNER=OFF", "PROMPT=OFF", "ERRORS=STDOUT"],
                             input="\n".join(statements) + "\nexit;\n", capture_output=True, text=True,
                             timeout=120)
        if "*** Error" in run.stdout or run.returncode:
            raise RuntimeError(f"isql failed: {run.stdout}{run.stderr}")
        return run.stdout

    def index_text(self) -> None:
        """Add what was written since to Virtuoso's free-text index now (it does so in batches)."""
        self.isql("DB.DBA.VT_INC_INDEX_DB_DBA_RDF_OBJ();")

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=10)

    def clear(self) -> None:
        """Drop every graph the tests wrote (the system graphs Virtuoso keeps for itself stay)."""
        rows = requests.post(self.sparql_url, data={"query": "SELECT ?g WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g"},
                             headers={"Accept": "application/sparql-results+json"}, timeout=60).json()
        graphs = [b["g"]["value"] for b in rows["results"]["bindings"]]
        mine = [g for g in graphs if not g.startswith(SYSTEM_GRAPHS)]
        for g in mine:
            r = requests.post(self.sparql_url, data={"update": f"DROP SILENT GRAPH <{g}>"}, timeout=60)
            r.raise_for_status()


#: graphs a fresh Virtuoso holds for itself
SYSTEM_GRAPHS = ("http://www.openlinksw.com/", "http://localhost:8890/", "http://www.w3.org/ns/ldp",
                 "urn:", "http://www.w3.org/2002/07/owl", "virtrdf:", "http://www.w3.org/ns/",
                 "http://www.w3.org/2000/01/rdf-schema", "http://www.w3.org/1999/02/22-rdf-syntax-ns")


#: what ``virtuoso-t`` writes before it exits when one of its ports is taken
BIND_FAILED = ("Failed HTTP listen at", "Failed to start listening")
#: starts on new ports after a bind failure, at most
START_ATTEMPTS = 5


def start_virtuoso(folder: Path, *, timeout: float = 120.0) -> Virtuoso:
    """Start ``virtuoso-t`` in ``folder`` on free loopback ports and grant SPARQL Update.

    Virtuoso binds its ports itself, without ``SO_REUSEPORT`` (see ``ports``): ports picked free can be taken
    before it binds them. It then exits saying so, and is started again on new ones (at most
    :data:`START_ATTEMPTS` times); it is up once its HTTP port answers and *its* process listens on both ports
    (not another process that took one and answered meanwhile).

    :raises RuntimeError: it did not come up within ``timeout`` seconds.
    """
    db = folder / "db"
    db.mkdir(parents=True, exist_ok=True)
    deadline = time.monotonic() + timeout
    for attempt in range(1, START_ATTEMPTS + 1):
        server = _start_once(folder, db, deadline)
        if server is not None:
            break
        if attempt == START_ATTEMPTS:
            raise RuntimeError(f"virtuoso-t found its ports taken {START_ATTEMPTS} times")
    try:
        server.isql(SETUP.read_text(encoding="utf-8"))
    except Exception:
        server.stop()
        raise
    return server


def _start_once(folder: Path, db: Path, deadline: float) -> Virtuoso | None:
    """``virtuoso-t`` on two ports free now, once it answers on them; None when it exited because one was
    taken meanwhile (the caller tries new ones).

    :raises RuntimeError: it exited for another reason, or did not answer before ``deadline``.
    """
    http_port, sql_port = probe_port(), probe_port()
    while sql_port == http_port:
        sql_port = probe_port()
    ini = folder / "virtuoso.ini"
    ini.write_text(INI.format(db=db, http_port=http_port, sql_port=sql_port))
    log = open(folder / "stdout.log", "wb")
    process = subprocess.Popen([VIRTUOSO or "virtuoso-t", "+foreground", "+configfile", str(ini)],
                               cwd=db, stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
    log.close()
    server = Virtuoso(folder, http_port, sql_port, process)
    while True:
        if process.poll() is not None:
            said = (folder / "stdout.log").read_text(errors="replace")
            if any(failure in said for failure in BIND_FAILED):
                return None
            raise RuntimeError(f"virtuoso-t exited {process.returncode}: {said[-2000:]}")
        try:
            r = requests.post(server.sparql_url, data={"query": "ASK {}"}, timeout=5,
                              headers={"Accept": "application/sparql-results+json"})
            if r.status_code == 200 and {http_port, sql_port} <= listening_ports(process.pid):
                return server
        except requests.RequestException:
            pass
        if time.monotonic() > deadline:
            server.stop()
            raise RuntimeError("virtuoso-t did not answer on its HTTP port in time")
        time.sleep(0.3)
