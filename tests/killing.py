"""Kill tests' one step: start ``osce-kg load`` (or ``import``), let it report some graphs, SIGKILL it."""
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
    return len(killed_after([sys.executable, "-m", "osce_kg.server.cli", "load", *args], env, after_lines, delay))


def killed_after(argv: list[str], env: dict[str, str], after_lines: int, delay: float) -> list[str]:
    """Run ``argv`` until it has printed ``after_lines`` accepted/rejected lines, wait ``delay`` seconds
    more, then SIGKILL its whole process group and reap it. Returns those lines (every one printed
    before the kill; fewer when it ended first)."""
    process = subprocess.Popen(argv, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                               start_new_session=True, text=True)
    assert process.stdout is not None
    seen: list[str] = []
    while len(seen) < after_lines:
        line = process.stdout.readline()
        if not line:
            break
        if line.startswith(("accepted", "rejected")):
            seen.append(line)
    time.sleep(delay)
    os.killpg(process.pid, signal.SIGKILL)
    process.wait()
    seen.extend(line for line in process.stdout.read().splitlines(keepends=True)
                if line.startswith(("accepted", "rejected")))  # printed before the kill, still in the pipe
    process.stdout.close()
    return seen
