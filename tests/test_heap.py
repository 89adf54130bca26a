"""A serving process's heap and threads once its app is built (``server/heap.py``, issue 14): start-up
objects frozen out of the collector, malloc arenas capped, a shorter switch interval; in a process of
its own, as a reader would be."""
from __future__ import annotations

import subprocess
import sys

CHECK = """
import gc, sys
from osce_kg.server.heap import MALLOC_ARENAS, SWITCH_INTERVAL, limit_arenas, settle_heap
kept = [object() for _ in range(1000)]
assert sys.getswitchinterval() == 0.005 and gc.get_freeze_count() == 0
settle_heap()
assert sys.getswitchinterval() == SWITCH_INTERVAL < 0.005
assert gc.get_freeze_count() >= 1000
assert limit_arenas(MALLOC_ARENAS) is (sys.platform == "linux")
print("ok")
"""


def test_settling_freezes_the_start_up_objects_caps_arenas_and_shortens_gil_turns():
    out = subprocess.run([sys.executable, "-c", CHECK], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "ok"
