"""Kill tests' one step: start ``osce-kg load``, let it report some documents, SIGKILL it."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time


def load_killed_after(args: list[str], env: dict[str, str], after_lines: int, delay: float) -> int:
    """Run ``osce-kg load ARGS`` until it has printed ``after_lines`` accepted/rejected lines, wait
    ``delay`` seconds more, then SIGKILL its whole process group (workers too) and reap it.
    Returns how many such lines it printed (fewer when it ended first)."""
    process = subprocess.Popen([sys.executable, "-m", "osce_kg.server.cli", "load", *args], env=env,
                               stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, start_new_session=True, text=True)
    assert process.stdout is not None
    seen = 0
    while seen < after_lines:
        line = process.stdout.readline()
        if not line:
            break
        seen += line.startswith(("accepted", "rejected"))
    time.sleep(delay)
    os.killpg(process.pid, signal.SIGKILL)
    process.wait()
    process.stdout.close()
    return seen
