"""Bytes to text: binary detection, charset choice, size limits.

Every reader goes through here so that the same bad input gets the same
one-line reason whatever its format: binary content is refused by name
("binary content (PDF document)"), text that is not UTF-8 is decoded with a
legacy code page when the bytes clearly are one (cp1251, cp1252, KOI8-R …),
and otherwise recovered with U+FFFD and a warning.
"""

from __future__ import annotations

import codecs
import io
import os
import re
from pathlib import Path
from typing import BinaryIO

from charset_normalizer import from_bytes

MAX_INPUT_MB_ENV = "COMMUNIQUE_INGEST_MAX_INPUT_MB"
DEFAULT_MAX_INPUT_MB = 5.0
HEAD_BYTES = 65536

_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "PDF document"),
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"PK\x03\x04", "ZIP archive or Office document"),
    (b"7z\xbc\xaf\x27\x1c", "7-Zip archive"),
    (b"Rar!\x1a\x07", "RAR archive"),
    (b"\x7fELF", "ELF executable"),
    (b"SQLite format 3\x00", "SQLite database"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "MS Office (OLE) document"),
    (b"\xfd7zXZ\x00", "xz archive"),
    (b"\x28\xb5\x2f\xfd", "zstd archive"),
    (b"BZh", "bzip2 archive"),
    (b"OggS", "Ogg media"),
    (b"ID3", "MP3 audio"),
    (b"wOFF", "web font"),
    (b"wOF2", "web font"),
    (b"\x00asm", "WebAssembly module"),
    (b"{\\rtf", "RTF document"),
)
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_LEGACY = ["cp1252", "cp1251", "koi8_r", "cp1250", "iso8859_5", "cp866"]
_CONTROL = re.compile(rb"[\x00-\x08\x0e-\x1a\x1c-\x1f\x7f]")
_GZIP = b"\x1f\x8b"


def max_input_bytes() -> int:
    """The largest document read whole: ``COMMUNIQUE_INGEST_MAX_INPUT_MB`` or 5 MB."""
    raw = os.environ.get(MAX_INPUT_MB_ENV, "")
    try:
        megabytes = float(raw) if raw else DEFAULT_MAX_INPUT_MB
    except ValueError:
        megabytes = DEFAULT_MAX_INPUT_MB
    return int(megabytes * 1024 * 1024)


def is_gzip(head: bytes) -> bool:
    return head.startswith(_GZIP)


def binary_kind(head: bytes) -> str | None:
    """What binary format ``head`` starts, or None when it looks like text."""
    if any(head.startswith(bom) for bom, _ in _BOMS):
        return None
    for magic, kind in _MAGIC:
        if head.startswith(magic):
            return kind
    if head[4:8] == b"ftyp":
        return "MP4/MOV media"
    sample = head[:8192]
    if not sample:
        return None
    if b"\x00" in sample and _utf16_codec(sample) is None:
        return "unknown binary data with NUL bytes"
    share = len(_CONTROL.findall(sample)) / len(sample)
    if share > 0.1:
        return f"unknown binary data, {share:.0%} control bytes"
    return None


def _utf16_codec(sample: bytes) -> str | None:
    """UTF-16 without a BOM: every other byte is NUL in ASCII-heavy text."""
    even, odd = sample[0::2], sample[1::2]
    if odd and odd.count(0) / len(odd) > 0.6 and even.count(0) / max(len(even), 1) < 0.1:
        return "utf-16-le"
    if even and even.count(0) / len(even) > 0.6 and odd.count(0) / max(len(odd), 1) < 0.1:
        return "utf-16-be"
    return None


def decode(data: bytes, declared: str | None = None) -> tuple[str, list[str]]:
    """Decode bytes to text; returns the text and warnings about how.

    Order: byte-order mark, strict UTF-8, the declared charset, a legacy code
    page when no valid UTF-8 multi-byte sequence is present, and last UTF-8
    with U+FFFD replacement characters.
    """
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return data.decode(codec, errors="replace"), []
    utf16 = _utf16_codec(data[:8192]) if b"\x00" in data[:8192] else None
    if utf16:
        return data.decode(utf16, errors="replace"), [f"decoded as {utf16} (no byte-order mark)"]
    try:
        return data.decode("utf-8"), []
    except UnicodeDecodeError as exc:
        first_bad = exc.start
    declared_text = _decode_declared(data, declared)
    if declared_text is not None:
        return declared_text, []
    legacy = _guess_legacy(data)
    if legacy is not None:
        text, codec = legacy
        return text, [f"not valid UTF-8: decoded as {codec}"]
    bad = data.decode("utf-8", errors="replace").count("\ufffd")
    return data.decode("utf-8", errors="replace"), [
        f"invalid UTF-8 from byte {first_bad}: {bad} bytes replaced by U+FFFD; "
        "re-save the file as UTF-8 to keep them"]


def _decode_declared(data: bytes, declared: str | None) -> str | None:
    if not declared:
        return None
    try:
        codec = codecs.lookup(declared.strip().strip("\"'")).name
    except LookupError:
        return None
    if codec == "utf-8":
        return None
    try:
        return data.decode(codec)
    except UnicodeDecodeError:
        return None


def _guess_legacy(data: bytes) -> tuple[str, str] | None:
    """A single-byte code page, when the bytes hold no UTF-8 multi-byte text at all."""
    replaced = data.decode("utf-8", errors="replace")
    if any(ord(ch) > 0x7F and ch != "\ufffd" for ch in replaced):
        return None  # valid UTF-8 sequences present: damaged UTF-8, not a code page
    match = from_bytes(data[:HEAD_BYTES], cp_isolation=_LEGACY).best()
    if match is None or match.encoding not in _LEGACY:
        return None
    text = data.decode(match.encoding, errors="replace")
    if match.encoding != "cp1252" and data.decode("cp1252", errors="replace") == text:
        return text, "cp1252"  # the same text: name the common Western code page
    return text, match.encoding


def read_limited(source: Path | bytes, limit: int) -> tuple[bytes, int | None]:
    """At most ``limit`` bytes of ``source``; the full size when it was cut."""
    if isinstance(source, bytes):
        return (source, None) if len(source) <= limit else (source[:limit], len(source))
    with source.open("rb") as handle:
        data = handle.read(limit + 1)
    if len(data) <= limit:
        return data, None
    return data[:limit], source.stat().st_size


def cut_at_line(data: bytes) -> bytes:
    """Drop a partial last line (and a split multi-byte character) after truncation."""
    newline = data.rfind(b"\n", max(0, len(data) - HEAD_BYTES))
    return data[: newline + 1] if newline > 0 else data


def size_text(size: int) -> str:
    """A byte count for people: "50.0 MB", "5 KB"."""
    if size >= 1048576:
        return f"{size / 1048576:.1f} MB"
    return f"{-(-size // 1024)} KB"


def truncation_warning(limit: int, size: int) -> str:
    return (f"truncated: the input is {size_text(size)}, only the first {size_text(limit)} "
            f"were read; set {MAX_INPUT_MB_ENV} to read more")


def too_large_reason(what: str, limit: int, size: int | None) -> str:
    """Why an input over the limit is refused; "more than" where the size is unknown
    (``None``: reading stopped at the limit) or rounds to the limit's figure."""
    if size is None or size_text(size) == size_text(limit):
        return (f"{what} too large: more than {size_text(limit)}, the limit; "
                f"set {MAX_INPUT_MB_ENV} to read it")
    return (f"{what} too large: {size_text(size)}, the limit is {size_text(limit)}; "
            f"set {MAX_INPUT_MB_ENV} to read it")


def open_binary(source: Path | bytes) -> BinaryIO:
    """A binary stream over a path or bytes."""
    return io.BytesIO(source) if isinstance(source, bytes) else source.open("rb")


def load_text(source: Path | bytes, limit: int,
              declared: str | None = None) -> tuple[str, list[str]]:
    """Read, cut to the limit and decode ``source``; returns text and warnings."""
    data, size = read_limited(source, limit)
    warnings: list[str] = []
    if size is not None:
        data = cut_at_line(data)
        warnings.append(truncation_warning(limit, size))
    text, decode_warnings = decode(data, declared)
    return text, warnings + decode_warnings
