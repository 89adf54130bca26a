"""What ``osce-kg load`` and ``osce-kg extract`` read, and the names they give it: files as given, folders
searched; and the extract flow (:func:`iter_extracted`), which reads pages without mapping or storing them.

Apart from :mod:`osce_kg.loader.pipeline` (which re-exports these names) so that ``osce-kg extract`` does not
import rdflib, the mapping, the gate and the store it never uses: 0.15-0.25 s of every run.
"""
from __future__ import annotations

import errno
import os
import re
import stat
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from .errors import DocumentError

#: what folders are searched for; explicit files are read whatever their name (HTML by its
#: suffix or its opening ``<!DOCTYPE html>``/``<html>``, see ``extract.html``)
DOCUMENT_SUFFIXES = (".txt", ".text", ".html", ".htm")


# ---------------------------------------------------------------- what to read, and its name


def printable(text: str) -> str:
    """``text`` fit for one output line: bytes of a file name that are not UTF-8 shown as ``\\xff``,
    line breaks and other control characters as escapes (``\\n``, ``\\r``, ``\\x1b``)."""
    try:
        raw = text.encode("utf-8", "surrogateescape")  # a name os.fsdecode made from bytes
    except UnicodeEncodeError:
        raw = text.encode("utf-8", "backslashreplace")
    text = raw.decode("utf-8", "backslashreplace")
    return _CONTROL.sub(lambda m: repr(m.group())[1:-1], text)


_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029]")


def is_utf8_name(name: str) -> bool:
    """Whether a file name (as ``os.fsdecode`` gives it) was valid UTF-8, so it can be recorded as text."""
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


@dataclass(frozen=True)
class Source:
    """One entry to read: a file named on the command line, or an entry found in a folder.

    ``name`` is what provenance and the audit log record: relative to the folder or file argument
    (see :func:`collect`), never absolute. ``problem`` says why the entry is not read at all; such
    an entry is *skipped* when it was found in a folder, *rejected* when it was named.
    """

    path: Path
    name: str
    problem: str | None = None
    found_in_folder: bool = False

    @property
    def skipped(self) -> bool:
        return self.problem is not None and self.found_in_folder


def collect(paths: Iterable[Path]) -> list[Source]:
    """Files as given, folders searched recursively for ``*.txt`` (sorted by name, so runs repeat).

    Nothing is opened here. In folders, only entries with a document suffix are looked at: one
    that is not a regular file (FIFO, socket, device), a symlink loop or a broken symlink comes back
    with its ``problem``; symlinks to folders are reported, not followed (no cycles).

    :raises DocumentError: a path does not exist.
    """
    return list(iter_sources(paths))


def iter_sources(paths: Iterable[Path]) -> Iterator[Source]:
    """:func:`collect` one entry at a time, for a load of any number of files (one folder's listing
    in memory at a time, never the whole list); every path is looked at before the first entry comes.

    :raises DocumentError: a path does not exist (before any entry).
    """
    paths = [Path(path) for path in paths]
    for path in paths:
        if not path.is_dir() and not os.path.lexists(path):
            raise DocumentError("no such file or folder", file=printable(str(path)))
    return _sources(paths)


def _sources(paths: list[Path]) -> Iterator[Source]:
    for path in paths:
        if path.is_dir():
            yield from _walk(path, _folder_prefix(path))
        else:
            yield Source(path, file_name(path), not_regular(path))


def expand_paths(paths: Iterable[Path]) -> list[Path]:
    """The document files under ``paths`` (see :func:`collect`), leaving out entries that cannot be read.

    :raises DocumentError: a path does not exist.
    """
    return [source.path for source in collect(paths) if source.problem is None]


def expand_named(paths: Iterable[Path]) -> list[tuple[Path, str]]:
    """Like :func:`expand_paths`, each file with the name its provenance records."""
    return [(source.path, source.name) for source in collect(paths) if source.problem is None]


def file_name(path: Path) -> str:
    """The recorded name of a file named on the command line: as given when relative and inside the
    working folder, else (absolute, or climbing out with ``..``) its file name alone."""
    if path.is_absolute() or ".." in path.parts:
        return path.name
    return path.as_posix()


def _folder_prefix(folder: Path) -> PurePosixPath:
    """Files found in a folder are named ``folder-name/relative/path``; the folder's own name is left
    out when it is the file system root or the user's home (it would name the user)."""
    resolved = folder.resolve()
    try:
        home = Path.home().resolve()
    except (RuntimeError, KeyError, OSError):
        home = None
    if resolved == resolved.parent or resolved == home:
        return PurePosixPath()
    return PurePosixPath(resolved.name)


def _walk(folder: Path, prefix: PurePosixPath, *, nested: bool = False) -> Iterator[Source]:
    try:
        with os.scandir(folder) as listing:
            entries = sorted(listing, key=lambda entry: entry.name)
    except OSError as exc:
        yield Source(folder, prefix.as_posix(), f"cannot read folder: {exc.strerror or exc}", nested)
        return
    for entry in entries:
        path, name = Path(entry.path), prefix / entry.name
        if entry.is_dir(follow_symlinks=False):
            yield from _walk(path, name, nested=True)
        elif entry.is_symlink() and path.is_dir():
            yield Source(path, name.as_posix(), "symlink to a folder, not followed", True)
        elif PurePosixPath(entry.name).suffix.lower() in DOCUMENT_SUFFIXES:
            yield Source(path, name.as_posix(), not_regular(path), True)


_KINDS = {stat.S_IFIFO: "a FIFO", stat.S_IFSOCK: "a socket", stat.S_IFCHR: "a character device",
          stat.S_IFBLK: "a block device", stat.S_IFDIR: "a folder"}


def not_regular(path: Path) -> str | None:
    """Why ``path`` cannot be read as a document without opening it (None: a regular file, after symlinks)."""
    try:
        mode = os.stat(path).st_mode
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            return "symlink loop"
        if exc.errno == errno.ENOENT:
            return "broken symlink" if os.path.islink(path) else "no such file"
        return f"cannot read file: {exc.strerror or exc}"
    if stat.S_ISREG(mode):
        return None
    return f"not a regular file: {_KINDS.get(stat.S_IFMT(mode), 'a special file')}"


def iter_extracted(paths: Iterable[Path]) -> Iterator[dict]:
    """What ``osce-kg extract`` prints: one object per record, or one with ``error`` per rejected file.

    File names are shown escaped (:func:`printable`); only regular files are opened.
    """
    from .extract import read_document

    for source in collect(paths):
        file = printable(str(source.path))
        problem = source.problem or not_regular(source.path)
        if problem:
            yield {"file": file, "error": problem}
            continue
        try:
            doc = read_document(source.path)
        except DocumentError as exc:
            yield {"file": file, "error": exc.reason}
            continue
        for record in doc.records:
            yield record.as_json(file)
