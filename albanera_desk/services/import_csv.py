"""Reading a CSV file for an import: streamed (never read whole, never copied).

``open_csv(path) -> CsvSource``: the encoding (UTF-8 with or without BOM, or
Windows-1252; a UTF-8 file with a stray byte names its line rather than being read as
Windows-1252) and the delimiter (comma, semicolon or tab) detected, or an
``ImportFileError`` saying in one sentence why the file cannot be read; then
``CsvSource.records()`` yields (line number, values). Lines up to 1 MB, up to 1,000
columns. Messages name lines and columns, never a cell's value.
"""

from __future__ import annotations

import codecs
import csv
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from albanera_desk.domain.errors import StoreError
from albanera_desk.domain.wording import QT_TRANSLATE_NOOP

MAX_COLUMNS = 1000
MAX_LINE_CHARS = 1024 * 1024
SAMPLE_BYTES = 64 * 1024


class ImportFileError(StoreError):
    """The file cannot be imported; the message says why in one sentence."""


@dataclass(slots=True)
class CsvSource:
    """An open CSV file: its encoding and delimiter, its header, and its records streamed."""

    path: Path
    encoding: str
    delimiter: str
    size: int
    handle: IO[str]
    header: tuple[str, ...] = ()
    _line: int = 0

    def close(self) -> None:
        self.handle.close()

    def __enter__(self) -> CsvSource:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def bytes_read(self) -> int:
        try:
            position: int = self.handle.buffer.tell()  # type: ignore[attr-defined]
            return min(self.size, position)
        except (OSError, ValueError, AttributeError):
            return 0

    def _lines(self) -> Iterator[str]:
        while True:
            try:
                line = self.handle.readline(MAX_LINE_CHARS + 1)
            except UnicodeDecodeError:
                raise ImportFileError(_not_text(self._line + 1, self.encoding)) from None
            if not line:
                return
            self._line += 1
            if len(line) > MAX_LINE_CHARS:
                raise ImportFileError(
                    QT_TRANSLATE_NOOP(
                        "Core", "Line {line} is longer than 1 MB: this is not a customer list."
                    ).format(line=self._line)
                )
            if "\x00" in line:
                raise ImportFileError(
                    QT_TRANSLATE_NOOP(
                        "Core", "{name} is not a CSV file (it holds binary data)."
                    ).format(name=self.path.name)
                )
            yield line

    def records(self) -> Iterator[tuple[int, list[str]]]:
        """(line number where the record starts, values); the header is read first."""
        reader = csv.reader(self._lines(), delimiter=self.delimiter)
        start = 1
        while True:
            try:
                values = next(reader)
            except StopIteration:
                return
            except csv.Error as exc:
                raise ImportFileError(
                    QT_TRANSLATE_NOOP(
                        "Core", "Line {line} cannot be read as CSV ({reason})."
                    ).format(line=start, reason=_csv_reason(exc))
                ) from None
            if len(values) > MAX_COLUMNS:
                raise ImportFileError(
                    QT_TRANSLATE_NOOP(
                        "Core",
                        "Line {line} has more than {limit} columns: this is not a customer list.",
                    ).format(line=start, limit=MAX_COLUMNS)
                )
            yield start, values
            start = reader.line_num + 1


_ENCODING_NAMES = {"utf-8": "UTF-8", "utf-8-sig": "UTF-8", "cp1252": "Windows-1252"}


def _csv_reason(exc: csv.Error) -> str:
    text = str(exc)
    if "field larger" in text:
        return QT_TRANSLATE_NOOP("Core", "a value is longer than 128 KB")
    if "new-line" in text or "newline" in text:
        return QT_TRANSLATE_NOOP("Core", "a line break inside a value that is not quoted")
    return QT_TRANSLATE_NOOP("Core", "a quote or delimiter out of place")


def open_csv(path: Path) -> CsvSource:
    """Open ``path`` for reading as CSV, or say in one sentence why it cannot be."""
    name = path.name
    try:
        size = path.stat().st_size
        with open(path, "rb") as raw:
            sample = raw.read(SAMPLE_BYTES)
    except FileNotFoundError:
        raise ImportFileError(
            QT_TRANSLATE_NOOP("Core", "There is no file at {path}.").format(path=str(path))
        ) from None
    except IsADirectoryError:
        raise ImportFileError(
            QT_TRANSLATE_NOOP("Core", "{path} is a folder, not a CSV file.").format(path=str(path))
        ) from None
    except OSError as exc:
        raise ImportFileError(_cannot_read(name, exc)) from None
    if not sample.strip():
        raise ImportFileError(QT_TRANSLATE_NOOP("Core", "{name} is empty.").format(name=name))
    if sample.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raise ImportFileError(
            QT_TRANSLATE_NOOP(
                "Core", "{name} is UTF-16 text: save it again as CSV UTF-8 or CSV."
            ).format(name=name)
        )
    if b"\x00" in sample or _binary_share(sample) > 0.05:
        raise ImportFileError(
            QT_TRANSLATE_NOOP("Core", "{name} is not a CSV file (it holds binary data).").format(
                name=name
            )
        )
    encoding = _encoding(sample, complete=len(sample) == size)
    delimiter = _delimiter(sample.decode(encoding, errors="replace"))
    try:
        handle = open(path, encoding=encoding, newline="", errors="strict")  # noqa: SIM115
    except OSError as exc:
        raise ImportFileError(_cannot_read(name, exc)) from None
    return CsvSource(path, encoding, delimiter, size, handle)


def _encoding(sample: bytes, *, complete: bool) -> str:
    """UTF-8 (with or without BOM) or Windows-1252, from the file's first bytes.

    A sample that is not UTF-8 is Windows-1252 when its other bytes do not read as UTF-8
    either; when most of it is UTF-8 (accents read as such) and a few bytes are not, the
    file is UTF-8 with a damaged line, which is named rather than read as Windows-1252.
    """
    if sample.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    decoder = codecs.getincrementaldecoder("utf-8")(errors="surrogateescape")
    text = decoder.decode(sample, final=complete)  # a character cut at the end waits
    bad = [i for i, ch in enumerate(text) if "\udc80" <= ch <= "\udcff"]
    if not bad:
        return "utf-8"
    accents = sum(1 for ch in text if ch >= "\x80" and not "\udc80" <= ch <= "\udcff")
    if accents >= len(bad):
        raise ImportFileError(_not_text(text.count("\n", 0, bad[0]) + 1, "utf-8"))
    return "cp1252"


def _not_text(line: int, encoding: str) -> str:
    return QT_TRANSLATE_NOOP(
        "Core", "Line {line} is not {encoding} text: save the file again as CSV UTF-8."
    ).format(line=line, encoding=_ENCODING_NAMES[encoding])


def _cannot_read(name: str, exc: OSError) -> str:
    """The system's own reason (``strerror``) is passed on as it is."""
    return QT_TRANSLATE_NOOP("Core", "Cannot read {name}: {reason}.").format(
        name=name, reason=exc.strerror
    )


def _binary_share(sample: bytes) -> float:
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 13, 12))
    return controls / max(1, len(sample))


def _delimiter(text: str) -> str:
    """The delimiter of the first line, counted outside quotes: ; or , or tab."""
    first = text.split("\n", 1)[0]
    outside = re.sub(r'"[^"]*"', "", first)
    counts = {d: outside.count(d) for d in (",", ";", "\t")}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] else ","
