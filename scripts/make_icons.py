# ruff: noqa: E501
"""Writes resources/icons/ui/*.svg: one hand-drawn line icon set (24 px grid, 1.75 stroke)."""

from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "resources" / "icons" / "ui"
HEAD = (
    '<svg xmlns="http://www.w3.org/2000/svg" width="24" height="24" viewBox="0 0 24 24" '
    'fill="none" stroke="#3d5361" stroke-width="1.75" stroke-linecap="round" '
    'stroke-linejoin="round">'
)
ACCENT = "#2f7d8c"
ICONS = {
    # sections
    "today": '<rect x="3.5" y="5" width="17" height="15" rx="2"/><path d="M3.5 9.5h17M8 3v4M16 3v4"/>'
    f'<circle cx="12" cy="14.5" r="2.2" fill="{ACCENT}" stroke="{ACCENT}"/>',
    "people": '<circle cx="9" cy="8.5" r="3.2"/><path d="M3 19.5c.6-3.4 3-5.3 6-5.3s5.4 1.9 6 5.3"/>'
    f'<circle cx="16.8" cy="9.3" r="2.4" stroke="{ACCENT}"/><path d="M16.5 14.3c2.4.1 4 1.6 4.5 4.2" stroke="{ACCENT}"/>',
    "requests": '<rect x="3" y="5.5" width="18" height="13" rx="2"/><path d="M3.5 7l8.5 6 8.5-6"/>'
    f'<circle cx="19" cy="5.5" r="2.6" fill="{ACCENT}" stroke="{ACCENT}"/>',
    "register": '<path d="M5 4.5h11.5a2 2 0 0 1 2 2v13H7a2 2 0 0 1-2-2z"/><path d="M5 17.5a2 2 0 0 1 2-2h11.5"/>'
    f'<path d="M9 8.5h6M9 11.5h4" stroke="{ACCENT}"/>',
    "transfers": '<circle cx="12" cy="12" r="8.5"/><path d="M3.5 12h17M12 3.5c2.4 2.4 3.5 5.2 3.5 8.5s-1.1 6.1-3.5 8.5c-2.4-2.4-3.5-5.2-3.5-8.5S9.6 5.9 12 3.5z"/>',
    "audit": '<path d="M12 3l7.5 3v5.5c0 4.6-3.1 8-7.5 9.5-4.4-1.5-7.5-4.9-7.5-9.5V6z"/>'
    f'<path d="M8.7 12.2l2.3 2.3 4.4-4.6" stroke="{ACCENT}"/>',
    # actions
    "new": f'<path d="M12 5v14M5 12h14" stroke="{ACCENT}" stroke-width="2"/>',
    "open": '<path d="M4 19.5V6a1.5 1.5 0 0 1 1.5-1.5h4l2 2.5h7A1.5 1.5 0 0 1 20 8.5v2"/><path d="M4 19.5l2.6-7.2a1.5 1.5 0 0 1 1.4-1h12.4a1 1 0 0 1 .9 1.3L19 19.5z"/>',
    "edit": '<path d="M4.5 19.5l1-4.5L15.8 4.7a2 2 0 0 1 2.8 0l.7.7a2 2 0 0 1 0 2.8L9 18.5z"/><path d="M13.8 6.7l3.5 3.5"/>',
    "delete": '<path d="M4.5 7h15M9.5 7V4.8h5V7M6.5 7l.9 12a1.5 1.5 0 0 0 1.5 1.4h6.2a1.5 1.5 0 0 0 1.5-1.4l.9-12"/><path d="M10.2 11v5.5M13.8 11v5.5"/>',
    "export": '<path d="M12 14.5V3.5M8 7.5l4-4 4 4"/><path d="M5 12.5v6a2 2 0 0 0 2 2h10a2 2 0 0 0 2-2v-6"/>',
    "import": '<path d="M12 3.5v11M8 10.5l4 4 4-4"/><path d="M5 12.5v6a2 2 0 0 0 2 2h10a2 2 0 0 0 2-2v-6"/>',
    "print": '<path d="M7 9V3.5h10V9"/><rect x="3.5" y="9" width="17" height="7.5" rx="1.5"/><path d="M7 14h10v6.5H7z"/>'
    f'<circle cx="17" cy="12" r=".6" fill="{ACCENT}" stroke="{ACCENT}"/>',
    "save": '<path d="M5 3.5h11l3.5 3.5v12a1.5 1.5 0 0 1-1.5 1.5H6A1.5 1.5 0 0 1 4.5 19V5A1.5 1.5 0 0 1 6 3.5z"/><path d="M8 3.5v5h7v-5M8 20.5v-6h8v6"/>',
    "lock": '<rect x="5" y="10.5" width="14" height="10" rx="2"/><path d="M8 10.5V7.5a4 4 0 0 1 8 0v3"/>'
    f'<path d="M12 14.3v2.6" stroke="{ACCENT}" stroke-width="2"/>',
    "backup": '<path d="M7 18.5a4.5 4.5 0 0 1-.6-9A6 6 0 0 1 18 9.5a4 4 0 0 1-.5 9z"/>'
    f'<path d="M12 16v-5.5M9.6 12.6L12 10.2l2.4 2.4" stroke="{ACCENT}"/>',
    "restore": '<path d="M4.5 12a7.5 7.5 0 1 0 2.2-5.3L4.5 9"/><path d="M4.5 4.5V9H9"/>'
    f'<path d="M12 8v4.3l2.8 1.7" stroke="{ACCENT}"/>',
    "settings": '<circle cx="12" cy="12" r="3"/><path d="M12 2.8v2.4M12 18.8v2.4M2.8 12h2.4M18.8 12h2.4M5.5 5.5l1.7 1.7M16.8 16.8l1.7 1.7M5.5 18.5l1.7-1.7M16.8 7.2l1.7-1.7"/>'
    '<circle cx="12" cy="12" r="6.3"/>',
    "key": '<circle cx="8" cy="15.5" r="4"/><path d="M10.9 12.6L19.5 4M16 7.5l2.5 2.5M18.5 5l1.5 1.5"/>',
    "search": '<circle cx="10.5" cy="10.5" r="6"/><path d="M15 15l5 5"/>',
    "check": '<path d="M12 3l7.5 3v5.5c0 4.6-3.1 8-7.5 9.5-4.4-1.5-7.5-4.9-7.5-9.5V6z"/>'
    f'<path d="M12 8.5v4.5M12 16h.01" stroke="{ACCENT}" stroke-width="2"/>',
    "folder": '<path d="M3.5 18.5V6A1.5 1.5 0 0 1 5 4.5h4.5l2 2.5H19a1.5 1.5 0 0 1 1.5 1.5v10A1.5 1.5 0 0 1 19 20H5a1.5 1.5 0 0 1-1.5-1.5z"/>',
    "letter": '<path d="M6 3.5h8.5L18.5 7.5V19a1.5 1.5 0 0 1-1.5 1.5H6A1.5 1.5 0 0 1 4.5 19V5A1.5 1.5 0 0 1 6 3.5z"/><path d="M14 3.5V8h4.5"/>'
    f'<path d="M8 12h7.5M8 15h7.5M8 18h4.5" stroke="{ACCENT}"/>',
    "help": '<circle cx="12" cy="12" r="8.5"/><path d="M9.6 9.4a2.5 2.5 0 0 1 4.8 1c0 1.7-2.4 2.1-2.4 3.6"/>'
    f'<path d="M12 17h.01" stroke="{ACCENT}" stroke-width="2.2"/>',
    "quit": '<path d="M14 4.5h4a1.5 1.5 0 0 1 1.5 1.5v12a1.5 1.5 0 0 1-1.5 1.5h-4"/><path d="M10 8l-4 4 4 4M6 12h9"/>',
    "store": '<ellipse cx="12" cy="6" rx="7" ry="2.5"/><path d="M5 6v12c0 1.4 3.1 2.5 7 2.5s7-1.1 7-2.5V6M5 12c0 1.4 3.1 2.5 7 2.5s7-1.1 7-2.5"/>',
    "profile": '<rect x="3.5" y="4.5" width="17" height="15" rx="2"/><circle cx="9" cy="10.5" r="2.2"/><path d="M5.8 16.5c.5-1.8 1.7-2.8 3.2-2.8s2.7 1 3.2 2.8"/>'
    f'<path d="M14.5 9.5h3.5M14.5 13h3.5" stroke="{ACCENT}"/>',
    "go-previous": '<path d="M14.5 6l-6 6 6 6"/>',
    "go-next": '<path d="M9.5 6l6 6-6 6"/>',
    "zoom-in": '<circle cx="10.5" cy="10.5" r="6"/><path d="M15 15l5 5"/>'
    f'<path d="M8 10.5h5M10.5 8v5" stroke="{ACCENT}"/>',
    "zoom-out": '<circle cx="10.5" cy="10.5" r="6"/><path d="M15 15l5 5"/>'
    f'<path d="M8 10.5h5" stroke="{ACCENT}"/>',
    "fit-width": '<rect x="3.5" y="5.5" width="17" height="13" rx="1.5"/>'
    f'<path d="M7 12h10M9 10l-2 2 2 2M15 10l2 2-2 2" stroke="{ACCENT}"/>',
    "fit-page": '<rect x="6" y="3.5" width="12" height="17" rx="1.5"/>'
    f'<path d="M12 7v10M10 9l2-2 2 2M10 15l2 2 2-2" stroke="{ACCENT}"/>',
}
for name, body in ICONS.items():
    (OUT / f"{name}.svg").write_text(f"{HEAD}{body}</svg>\n", encoding="utf-8")
print(len(ICONS), "icons")

# Message boxes: the same line, in the colour of what they say.
BOXES = {
    "info": (
        "#2f6f8c",
        '<circle cx="12" cy="12" r="9"/><path d="M12 11v6M12 7.5h.01" stroke-width="2.2"/>',
    ),
    "warning": (
        "#b7791f",
        '<path d="M12 3.5l9 16H3z"/><path d="M12 10v4.5M12 17.2h.01" stroke-width="2.2"/>',
    ),
    "error": (
        "#b00020",
        '<circle cx="12" cy="12" r="9"/><path d="M9 9l6 6M15 9l-6 6" stroke-width="2.2"/>',
    ),
    "question": (
        "#2f6f8c",
        '<circle cx="12" cy="12" r="9"/><path d="M9.6 9.4a2.5 2.5 0 0 1 4.8 1c0 1.7-2.4 2.1-2.4 3.6M12 17h.01" stroke-width="2"/>',
    ),
}
for name, (colour, body) in BOXES.items():
    head = HEAD.replace('stroke="#3d5361"', f'stroke="{colour}"')
    (OUT / f"{name}.svg").write_text(f"{head}{body}</svg>\n", encoding="utf-8")
