"""Start OpenLink Virtuoso 7 (Debian's ``virtuoso-opensource-7``) for the tests, as a user would.

:func:`start_virtuoso` writes an ini file of ours into a temporary folder (its own database
files, free loopback ports, the SPARQL result limit raised), runs ``virtuoso-t +foreground``,
waits for its HTTP port, grants SPARQL Update to the ``SPARQL`` user (loopback only: the test
server listens on 127.0.0.1), and :meth:`Virtuoso.stop` stops it. Tests that need it are marked
``@pytest.mark.virtuoso`` and skipped when ``virtuoso-t`` is not installed.
"""
from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path

import requests

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

GRANTS = [
    'grant SPARQL_UPDATE to "SPARQL";',
    "DB.DBA.RDF_DEFAULT_USER_PERMS_SET ('nobody', 7);",
]


#: Virtuoso's free-text index over every literal (off by default), built now for what is stored
FREE_TEXT = [
    "DB.DBA.RDF_OBJ_FT_RULE_ADD(null, null, 'All');",
    "DB.DBA.VT_INC_INDEX_DB_DBA_RDF_OBJ();",
]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


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


def start_virtuoso(folder: Path, *, timeout: float = 120.0) -> Virtuoso:
    """Start ``virtuoso-t`` in ``folder`` on free loopback ports and grant SPARQL Update.

    :raises RuntimeError: it did not come up within ``timeout`` seconds.
    """
    db = folder / "db"
    db.mkdir(parents=True, exist_ok=True)
    http_port, sql_port = free_port(), free_port()
    ini = folder / "virtuoso.ini"
    ini.write_text(INI.format(db=db, http_port=http_port, sql_port=sql_port))
    log = open(folder / "stdout.log", "wb")
    process = subprocess.Popen([VIRTUOSO or "virtuoso-t", "+foreground", "+configfile", str(ini)],
                               cwd=db, stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
    log.close()
    server = Virtuoso(folder, http_port, sql_port, process)
    deadline = time.monotonic() + timeout
    while True:
        if process.poll() is not None:
            raise RuntimeError(f"virtuoso-t exited {process.returncode}: {(folder / 'stdout.log').read_text()[-2000:]}")
        try:
            r = requests.post(server.sparql_url, data={"query": "ASK {}"}, timeout=5,
                              headers={"Accept": "application/sparql-results+json"})
            if r.status_code == 200:
                break
        except requests.RequestException:
            pass
        if time.monotonic() > deadline:
            server.stop()
            raise RuntimeError("virtuoso-t did not answer on its HTTP port in time")
        time.sleep(0.3)
    try:
        server.isql(*GRANTS)
    except Exception:
        server.stop()
        raise
    return server
