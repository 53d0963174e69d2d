"""How the People list's tally cuts the list into stretches (``store.models.people_listing``),
readable without the models: the list's first page is read before the engine loads."""

# Characters of the last (then first) name that make a stretch; ids per block when both
# names are shorter than that.
STRETCH_CHARS = 4
ID_BLOCK = 1024
