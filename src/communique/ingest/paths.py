"""From command-line arguments to input files: files, folders, globs, stdin."""

from __future__ import annotations

import glob
import shutil
import tempfile
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO

from communique.document import ReadFailure

_GLOB_CHARS = set("*?[")


def expand(argument: str) -> Iterator[Path | ReadFailure]:
    """The files an argument names, in a stable (sorted) order.

    A folder is walked recursively, skipping hidden files and folders
    (``.git``, ``.DS_Store``); a pattern with ``*``, ``?`` or ``[`` is a glob
    (``**`` recurses).
    """
    if _GLOB_CHARS & set(argument):
        matches = sorted(glob.glob(argument, recursive=True))
        if not matches:
            yield ReadFailure(argument, "no file matches this pattern")
        for match in matches:
            yield from _walk(Path(match))
        return
    path = Path(argument)
    if not path.exists():
        yield ReadFailure(argument, "no such file or folder")
        return
    yield from _walk(path)


def _walk(path: Path) -> Iterator[Path | ReadFailure]:
    if path.is_file():
        yield path
        return
    if not path.is_dir():
        yield ReadFailure(str(path), "not a regular file or folder")
        return
    try:
        children = sorted(path.iterdir())
    except OSError as exc:
        yield ReadFailure(str(path), f"cannot list the folder: {exc.strerror or exc}")
        return
    for child in children:
        if not child.name.startswith("."):
            yield from _walk(child)


@contextmanager
def spooled(stream: BinaryIO) -> Iterator[Path]:
    """Standard input copied to a temporary file, so that it can be sniffed and streamed."""
    with tempfile.TemporaryDirectory(prefix="communique-stdin-") as folder:
        path = Path(folder) / "stdin"
        with path.open("wb") as out:
            shutil.copyfileobj(stream, out, 1 << 20)
        yield path


def arguments(paths: Sequence[str] | str) -> list[str]:
    """Accept one path as well as a list of them."""
    return [paths] if isinstance(paths, str) else list(paths)
