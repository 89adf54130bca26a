"""A serving process's heap and threads once its app is built (``server/heap.py``, issue 14): start-up
objects frozen out of the collector, malloc arenas capped (``OSCE_KG_MALLOC_ARENAS``), a shorter switch
interval (``OSCE_KG_SWITCH_INTERVAL_MS``); each in a process of its own, as a serving process would be."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

CHECK = """
import gc, sys
from osce_kg.loader.settings import Settings
from osce_kg.server.heap import MALLOC_ARENAS, SWITCH_INTERVAL, limit_arenas, settle_heap
kept = [object() for _ in range(1000)]
assert sys.getswitchinterval() == 0.005 and gc.get_freeze_count() == 0
settle_heap(Settings(switch_interval_ms=SWITCH_INTERVAL * 1000))
assert sys.getswitchinterval() == SWITCH_INTERVAL < 0.005
assert gc.get_freeze_count() >= 1000
assert limit_arenas(MALLOC_ARENAS) is (sys.platform == "linux")
print("ok")
"""

#: glibc's own count of its arenas (``malloc_info``) while six threads hold memory from malloc at once,
#: in a process settled with the settings of its environment
ARENAS = """
import ctypes, ctypes.util, os, sys, tempfile, threading
from osce_kg.loader.settings import load_settings
from osce_kg.server.heap import settle_heap
settle_heap(load_settings())
libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
libc.fopen.restype = ctypes.c_void_p
libc.fopen.argtypes = [ctypes.c_char_p, ctypes.c_char_p]
libc.malloc_info.argtypes = [ctypes.c_int, ctypes.c_void_p]
libc.fclose.argtypes = [ctypes.c_void_p]
ready, done = threading.Barrier(7), threading.Event()
def work():
    kept = [bytes(2000) + bytes([i % 256]) for i in range(200)]  # over pymalloc's 512 bytes: malloc's
    ready.wait()
    done.wait()
threads = [threading.Thread(target=work) for _ in range(6)]
for t in threads:
    t.start()
ready.wait()
fd, path = tempfile.mkstemp()
os.close(fd)
fp = libc.fopen(path.encode(), b"w")
libc.malloc_info(0, fp)
libc.fclose(fp)
done.set()
for t in threads:
    t.join()
with open(path) as f:
    print(f.read().count("<heap nr="))
os.unlink(path)
"""

#: what Granian's worker runs for ``osce-kg serve`` (``asgi.create``), then the process's switch interval
SERVING = """
import sys
from osce_kg.server.asgi import create
app = create()
print(sys.getswitchinterval())
"""


def _env(**variables: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("OSCE_KG_")}
    return {**env, **variables}


def test_settling_freezes_the_start_up_objects_caps_arenas_and_shortens_gil_turns():
    out = subprocess.run([sys.executable, "-c", CHECK], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "ok"


@pytest.mark.skipif(sys.platform != "linux", reason="glibc's malloc_info")
def test_the_malloc_arenas_setting_caps_glibcs_arenas():
    """``OSCE_KG_MALLOC_ARENAS`` reaches ``mallopt(M_ARENA_MAX)``: glibc then makes no more arenas than
    that for six threads holding memory at once (the default setting 2; 0 leaves glibc's own limit of
    eight per core: an arena per thread here)."""
    counts = {}
    for value in ("", "0", "1", "3"):
        out = subprocess.run([sys.executable, "-c", ARENAS], capture_output=True, text=True, timeout=120,
                             env=_env(OSCE_KG_MALLOC_ARENAS=value))
        assert out.returncode == 0, out.stderr
        counts[value] = int(out.stdout)
    assert counts == {"": 2, "0": 7, "1": 1, "3": 3}


@pytest.mark.parametrize("value, interval", [("", 0.005), ("0", 0.005), ("1", 0.001), ("2.5", 0.0025)])
def test_a_started_serving_process_takes_the_switch_interval_setting(corpus_store_path: Path, value: str,
                                                                     interval: float):
    """The app ``osce-kg serve``'s worker builds (``asgi.create``, from its environment) runs with
    ``OSCE_KG_SWITCH_INTERVAL_MS`` as its GIL switch interval (unset or 0: CPython's 5 ms is left)."""
    out = subprocess.run([sys.executable, "-c", SERVING], capture_output=True, text=True, timeout=300,
                         env=_env(OSCE_KG_STORE=str(corpus_store_path), OSCE_KG_SWITCH_INTERVAL_MS=value,
                                  OSCE_KG_QUERY_WORKERS="1"))
    assert out.returncode == 0, out.stderr
    assert float(out.stdout.strip().splitlines()[-1]) == pytest.approx(interval)
