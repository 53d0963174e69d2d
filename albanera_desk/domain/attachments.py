"""What a scanned letter may be: its real type from its first bytes, never from its name."""

from __future__ import annotations

MAX_SCAN_BYTES = 20 * 1024 * 1024

_SIGNATURES = (
    (b"%PDF-", "application/pdf"),
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"\x89PNG\r\n\x1a\n", "image/png"),
)


def sniff_media_type(head: bytes) -> str | None:
    """The media type the content really has (PDF, JPEG, PNG), or ``None``."""
    for signature, media_type in _SIGNATURES:
        if head.startswith(signature):
            return media_type
    return None
