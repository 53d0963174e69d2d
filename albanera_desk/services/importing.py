"""Importing customers from a CSV file: the shop's customer export, or any CSV with a mapping.

The API the import dialog and ``albanera-desk import customers`` use:

* ``read_preview(path, mapping=None, rows=20) -> ImportPreview``: encoding and delimiter
  detected, the header, a mapping (guessed when none is given: the shop's columns are
  known, French and English names too), sample rows, and problems in words.
* ``shop_activity(store) -> ShopActivity`` (from ``import_activity``): the processing
  activity the imported items will serve, or the sentence saying the record of processing
  lacks it (shown before importing; see ``import_activity`` for why).
* ``import_people(store, actor, path, mapping, progress=None, cancelled=None,
  create_activity=False) -> ImportReport``: one transaction, all rows or none.
  ``create_activity`` adds the missing activity from the policy's starter in that same
  transaction; without it, the items are imported linked to no activity and the report
  counts them (``ImportReport.unlinked``; ``report_sentences`` words it).
  ``progress(done, total)`` is called with bytes read and the file's size;
  ``cancelled()`` is polled between batches and raises ``ImportCancelled`` (nothing
  saved). Bad rows are skipped and listed in ``ImportReport.rejected`` as (line number,
  reason); people already in the file are matched by customer ID, then by email, and
  updated instead of added again.
* ``ImportFileError`` (a ``StoreError``): the file cannot be imported at all; its message
  is one sentence. Messages name lines and columns, never a cell's value.
* ``StoreLocked``: another program held the store's write lock past ``busy_timeout``;
  nothing was imported.

The file is read by ``import_csv`` (streamed, never copied); the rows are written by
``import_writer``; what the columns mean is ``domain.customer_import``.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from albanera_desk.domain.customer_import import (
    KNOWN_COLUMNS,
    SHOP_MARKERS,
    ImportReport,
    header_key,
)
from albanera_desk.domain.errors import StoreError
from albanera_desk.domain.wording import QT_TRANSLATE_NOOP
from albanera_desk.services.busy import when_busy
from albanera_desk.services.import_activity import items_for_import
from albanera_desk.services.import_csv import CsvSource, ImportFileError, open_csv
from albanera_desk.services.import_writer import ImportWriter
from albanera_desk.store.store import Store

BATCH = 1000
IMPORT_BUSY = QT_TRANSLATE_NOOP(
    "Core",
    "Nothing was imported: another program (or another import) is writing to {name}; "
    "try again when it has finished.",
)


class ImportCancelled(StoreError):
    """The user stopped the import; nothing was saved."""


# --- what a column can be --------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ColumnMapping:
    """Which header column feeds which field: ``{"email": "E-mail", ...}``.

    Fields are the keys of ``KNOWN_COLUMNS``; a field left out is not imported.
    """

    columns: Mapping[str, str] = field(default_factory=dict)

    def indexes(self, header: Sequence[str]) -> dict[str, int]:
        position = {name: i for i, name in reversed(list(enumerate(header)))}
        found: dict[str, int] = {}
        for target, column in self.columns.items():
            if target not in KNOWN_COLUMNS:
                raise ImportFileError(
                    QT_TRANSLATE_NOOP(
                        "Core", "There is no field called {field} to import into."
                    ).format(field=repr(target))
                )
            if column not in position:
                # The header may be a first row of data: its cells are never echoed.
                raise ImportFileError(
                    QT_TRANSLATE_NOOP(
                        "Core",
                        "The column chosen for {field} is not in the file; check the mapping.",
                    ).format(field=target)
                )
            found[target] = position[column]
        return found


@dataclass(frozen=True, slots=True)
class ImportPreview:
    encoding: str  # "utf-8", "utf-8-sig" (with BOM) or "cp1252"
    delimiter: str
    header: tuple[str, ...]
    mapping: ColumnMapping
    sample: tuple[tuple[str, ...], ...]
    problems: tuple[str, ...]
    shop_export: bool  # the header is the shop's customer export


def guess_mapping(header: Sequence[str]) -> ColumnMapping:
    """The fields recognised in ``header`` (first column of each name wins)."""
    by_key: dict[str, str] = {}
    for name in header:
        by_key.setdefault(header_key(name), name)
    columns: dict[str, str] = {}
    for target, names in KNOWN_COLUMNS.items():
        for candidate in names:
            if candidate in by_key and by_key[candidate] not in columns.values():
                columns[target] = by_key[candidate]
                break
    return ColumnMapping(columns)


def read_preview(path: Path, mapping: ColumnMapping | None = None, rows: int = 20) -> ImportPreview:
    """What the import dialog shows before anything is written."""
    with open_csv(path) as source:
        records = source.records()
        first = next(records, None)
        if first is None:
            raise ImportFileError(
                QT_TRANSLATE_NOOP("Core", "{name} is empty.").format(name=path.name)
            )
        header = tuple(_header_name(v, i) for i, v in enumerate(first[1]))
        chosen = mapping if mapping is not None else guess_mapping(header)
        indexes = chosen.indexes(header)
        sample: list[tuple[str, ...]] = []
        problems: list[str] = []
        for line, values in records:
            if len(sample) >= rows:
                break
            if not any(v.strip() for v in values):
                continue
            if len(values) != len(header):
                problems.append(
                    QT_TRANSLATE_NOOP(
                        "Core", "Line {line} has {values} values where the header has {columns}."
                    ).format(line=line, values=len(values), columns=len(header))
                )
            sample.append(tuple(_strip_apostrophe(v) for v in values))
    keys = {header_key(h) for h in header}
    if not {"first_name", "last_name", "email", "customer_id"} & set(indexes):
        problems.insert(
            0,
            QT_TRANSLATE_NOOP(
                "Core",
                "No column is recognised as a name, email or customer ID: choose the columns "
                "by hand (is this the shop's customer export?).",
            ),
        )
    if len(header) == 1 and len(keys) == 1 and indexes == {}:
        problems.append(
            QT_TRANSLATE_NOOP("Core", "The file has a single column: is it a CSV file?")
        )
    return ImportPreview(
        encoding=source.encoding,
        delimiter=source.delimiter,
        header=header,
        mapping=chosen,
        sample=tuple(sample),
        problems=tuple(problems),
        shop_export=sum(marker in keys for marker in SHOP_MARKERS) >= 3,
    )


def _header_name(value: str, index: int) -> str:
    name = value.strip().lstrip("\ufeff").strip()
    return name or f"column {index + 1}"


def _strip_apostrophe(value: str) -> str:
    return value[1:] if value.startswith("'") else value


def import_people(
    store: Store,
    actor: str,
    path: Path,
    mapping: ColumnMapping | None = None,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    create_activity: bool = False,
) -> ImportReport:
    """Import ``path`` in one transaction; see the module's docstring."""
    with open_csv(path) as source:
        records = source.records()
        first = next(records, None)
        if first is None:
            raise ImportFileError(
                QT_TRANSLATE_NOOP("Core", "{name} is empty.").format(name=path.name)
            )
        header = tuple(_header_name(v, i) for i, v in enumerate(first[1]))
        chosen = mapping if mapping is not None else guess_mapping(header)
        indexes = chosen.indexes(header)
        if not {"first_name", "last_name", "email", "customer_id"} & set(indexes):
            raise ImportFileError(
                QT_TRANSLATE_NOOP(
                    "Core",
                    "No column of {name} is a name, email or customer ID: "
                    "choose the columns to import.",
                ).format(name=path.name)
            )
        with when_busy(store, IMPORT_BUSY), store.writer.begin() as session:
            items = items_for_import(session, actor, create_activity)
            writer = ImportWriter(session, actor, indexes, len(header), items)
            batch: list[tuple[int, list[str]]] = []
            for record in records:
                batch.append(record)
                if len(batch) >= BATCH:
                    _step(writer, batch, source, progress, cancelled)
                    batch = []
            _step(writer, batch, source, progress, cancelled)
            return writer.finish(sorted(indexes))


def _step(
    writer: ImportWriter,
    batch: list[tuple[int, list[str]]],
    source: CsvSource,
    progress: Callable[[int, int], None] | None,
    cancelled: Callable[[], bool] | None,
) -> None:
    if cancelled is not None and cancelled():
        raise ImportCancelled(
            QT_TRANSLATE_NOOP("Core", "The import was cancelled: nothing was saved.")
        )
    writer.add_batch(batch)
    if progress is not None:
        progress(source.bytes_read(), source.size)
