"""``osce-kg extract`` on hostile input shapes: this code against a peer commit, same run, alternated.

A page a user loads may be anything: a scraper's loop that wrote one line 40,000 times, a page without a single
line break, markup nested thousands deep. Each shape below is a file this script writes (an ordinary English
headline and paragraph first, so the page is read at all, then the hostile part); each is read by
``osce-kg extract FILE --format jsonl`` in a fresh process, at two commits:

* **head**: ``--head REV`` (default ``HEAD``), or ``--head .`` for the code this Python imports (a working tree
  with uncommitted changes);
* **peer**: ``--peer REV`` (default ``409c659``, session 11's first commit).

Each commit runs from a ``git worktree`` of it, through a folder holding an ``osce_kg`` package of symlinks into the
worktree (``loader``, ``server``, ``ontology``, ``shapes``, ``corpus``; ``osce_kg`` is a namespace package) put first
on ``PYTHONPATH``, with its own ``OSCE_KG_CACHE_DIR``; worktrees are removed at the end. For each shape: one
warm-up run of each (not counted), then ``--rounds`` rounds of one run each, the order alternating from round to
round (head first, then peer first, ...). A run's CPU (user + system) and peak resident memory are the kernel's
accounting of the finished child (``os.wait4``); a run over ``--timeout`` seconds is killed and shown as ``>T``.
Reported per shape: median CPU of each commit, the median of the round-by-round ratios head / peer and their
spread, peak memory, and whether the two commits printed the same records (rules change between commits, so a
difference is not an error; it says the ratio compares two different readings).

    python bench/hostile_input.py                          # HEAD against 409c659, 3 rounds
    python bench/hostile_input.py --peer dbf5e49 --rounds 5 --only vienna lines
    python bench/hostile_input.py --head . --peer HEAD     # uncommitted changes against the last commit
"""
from __future__ import annotations

import argparse
import hashlib
import os
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("loader", "server", "ontology", "shapes", "corpus")

HEAD = ("OSCE Mission holds a workshop on the rule of law for judges and prosecutors\n\n"
        "The OSCE Mission said on Monday that the workshop was held in the capital and that it was attended by "
        "judges, prosecutors and lawyers from all regions of the country, who discussed the new law with experts.\n\n")
SENTENCE = ("The participants discussed how the courts of the country apply the law on free trials and what the "
            "Mission can do to help them in the next year. ")


def _lines() -> str:
    """40,000 copies of one short capitalised line (a share bar printed by a scraper's loop)."""
    return HEAD + "Share on Facebook\nAnna Novak\n" * 20_000


def _one_line() -> str:
    """1 MB of sentences and no line break."""
    return HEAD + SENTENCE * (1_000_000 // len(SENTENCE)) + "\n"


def _vienna() -> str:
    """220 KB of "Vienna, 12 " on one line: 20,000 mentions of a known city, each followed by a number."""
    return HEAD + "Vienna, 12 " * (220 * 1024 // 11) + "\n"


def _dates() -> str:
    """20,000 lines of a city and a date ("Vienna, 12 May 2022"), as a dateline repeated."""
    months = ("January", "March", "May", "July", "September", "November")
    return HEAD + "".join(f"Vienna, {1 + i % 28} {months[i % 6]} {2000 + i % 25}\n" for i in range(20_000))


def _nested() -> str:
    """An HTML page whose paragraph sits inside 20,000 nested ``div`` elements."""
    depth = 20_000
    return ("<!doctype html><html><head><title>OSCE Mission holds a workshop on the rule of law</title></head><body>"
            "<h1>OSCE Mission holds a workshop on the rule of law for judges and prosecutors</h1>"
            + "<div>" * depth + f"<p>{HEAD.splitlines()[2]}</p><p>{SENTENCE}</p>" + "</div>" * depth
            + "</body></html>\n")


def _control() -> str:
    """An ordinary short page: the fixed cost of a run (start-up, reference data)."""
    return HEAD + SENTENCE * 3 + "\n"


@dataclass
class Shape:
    name: str
    suffix: str
    make: Callable[[], str]


SHAPES = [Shape("control", ".txt", _control), Shape("lines", ".txt", _lines), Shape("one-line", ".txt", _one_line),
          Shape("vienna", ".txt", _vienna), Shape("dates", ".txt", _dates), Shape("nested", ".html", _nested)]


@dataclass
class Code:
    label: str
    pythonpath: str | None
    cache: Path
    tree: Path | None = None


@dataclass
class Run:
    cpu: float
    peak_mib: float
    digest: str
    timed_out: bool


def _git(*args: str) -> str:
    return subprocess.run(["git", "-C", str(ROOT), *args], check=True, capture_output=True, text=True).stdout.strip()


def prepare(rev: str, folder: Path, label: str) -> Code:
    """A worktree of ``rev`` and a PYTHONPATH folder whose ``osce_kg`` links into it; ``.``: this Python's own code."""
    cache = folder / f"cache-{label}"
    cache.mkdir(parents=True)
    if rev == ".":
        return Code(label=f"{label} (this tree)", pythonpath=None, cache=cache)
    commit = _git("rev-parse", "--short", f"{rev}^{{commit}}")
    tree = folder / f"tree-{label}"
    _git("worktree", "add", "--detach", str(tree), commit)
    package = folder / f"pp-{label}" / "osce_kg"
    package.mkdir(parents=True)
    for name in PACKAGES:
        (package / name).symlink_to(tree / name)
    return Code(label=f"{label} {commit}", pythonpath=str(package.parent), cache=cache, tree=tree)


def run(code: Code, path: Path, out: Path, timeout: float) -> Run:
    env = dict(os.environ, OSCE_KG_CACHE_DIR=str(code.cache))
    if code.pythonpath:
        env["PYTHONPATH"] = code.pythonpath
    with open(out, "wb") as sink:
        proc = subprocess.Popen([sys.executable, "-c", "import sys; from osce_kg.server.cli import main; "
                                 "sys.argv[0] = 'osce-kg'; sys.exit(main())", "extract", str(path), "--format",
                                 "jsonl"], stdout=sink, stderr=subprocess.DEVNULL, env=env, cwd=path.parent)
        deadline, timed_out = time.monotonic() + timeout, False
        while True:
            pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
            if pid:
                break
            if time.monotonic() > deadline:
                proc.kill()
                timed_out = True
                pid, status, usage = os.wait4(proc.pid, 0)
                break
            time.sleep(0.02)
        proc.returncode = os.waitstatus_to_exitcode(status)
    digest = hashlib.sha256(out.read_bytes()).hexdigest()[:12] if not timed_out else "-"
    return Run(cpu=usage.ru_utime + usage.ru_stime, peak_mib=usage.ru_maxrss / 1024, digest=digest,
               timed_out=timed_out)


def _cpu(runs: list[Run], timeout: float) -> str:
    if any(r.timed_out for r in runs):
        return f">{timeout:.0f}"
    cpus = sorted(r.cpu for r in runs)
    return f"{statistics.median(cpus):.2f} ({cpus[0]:.2f}-{cpus[-1]:.2f})"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--head", default="HEAD", help="the code measured: a commit, or '.' for this Python's own")
    parser.add_argument("--peer", default="409c659", help="the commit it is compared with")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--timeout", type=float, default=120.0, help="seconds a run may take before it is killed")
    parser.add_argument("--only", nargs="+", choices=[s.name for s in SHAPES], help="these shapes only")
    args = parser.parse_args()
    shapes = [s for s in SHAPES if not args.only or s.name in args.only]
    with tempfile.TemporaryDirectory(prefix="hostile-") as tmp:
        folder = Path(tmp)
        codes: list[Code] = []
        try:
            codes = [prepare(args.head, folder, "head"), prepare(args.peer, folder, "peer")]
            rows = []
            for shape in shapes:
                path = folder / f"{shape.name}{shape.suffix}"
                path.write_text(shape.make(), encoding="utf-8")
                results: dict[str, list[Run]] = {c.label: [] for c in codes}
                for code in codes:                                          # warm-up, not counted
                    run(code, path, folder / "out.jsonl", args.timeout)
                for r in range(args.rounds):
                    for code in (codes if r % 2 == 0 else codes[::-1]):
                        results[code.label].append(run(code, path, folder / f"out-{r}.jsonl", args.timeout))
                head, peer = (results[c.label] for c in codes)
                ratios = sorted(h.cpu / p.cpu for h, p in zip(head, peer) if p.cpu and not (h.timed_out or p.timed_out))
                rows.append((shape, path.stat().st_size, head, peer, ratios))
                print(f"{shape.name}: done", file=sys.stderr, flush=True)
        finally:
            for code in codes:
                if code.tree is not None:
                    _git("worktree", "remove", "--force", str(code.tree))
    head_label, peer_label = (c.label for c in codes)
    print(f"`osce-kg extract FILE --format jsonl`, a fresh process per run; {args.rounds} rounds alternated, "
          f"1 warm-up each; CPU = user + system of the child (median, min-max); load average "
          f"{os.getloadavg()[0]:.1f} at the end\n")
    print(f"| shape | bytes | CPU s, {head_label} | CPU s, {peer_label} | ratio head/peer (rounds) | "
          "peak MiB head / peer | same records |")
    print("|---|---:|---:|---:|---:|---:|---|")
    for shape, size, head, peer, ratios in rows:
        ratio = (f"{statistics.median(ratios):.2f}x ({ratios[0]:.2f}-{ratios[-1]:.2f})" if ratios else "-")
        same = "yes" if {r.digest for r in head} == {r.digest for r in peer} and len({r.digest for r in head}) == 1 \
            else "no"
        print(f"| {shape.name} | {size:,} | {_cpu(head, args.timeout)} | {_cpu(peer, args.timeout)} | {ratio} | "
              f"{max(r.peak_mib for r in head):.0f} / {max(r.peak_mib for r in peer):.0f} | {same} |")


if __name__ == "__main__":
    main()
