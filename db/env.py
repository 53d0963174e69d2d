"""Alembic environment: runs only on the connection the store hands in.

Keys never go through alembic.ini or a URL string: ``albanera_desk.store``
opens the encrypted store and passes its connection in ``config.attributes``.
"""

from __future__ import annotations

from typing import Any

from alembic import context
from sqlalchemy.types import TypeDecorator

from albanera_desk.store.models import Base


def _render_item(kind: str, obj: Any, autogen_context: Any) -> str | bool:
    """Write the project's column types as their plain SQL type, so revisions stay frozen."""
    if kind == "type" and isinstance(obj, TypeDecorator):
        return f"sa.{obj.impl_instance!r}"
    return False


connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError(
        "Migrations run when a store is opened (albanera-desk check / init), not from alembic."
    )

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
    compare_type=True,
    render_item=_render_item,
)
with context.begin_transaction():
    context.run_migrations()
