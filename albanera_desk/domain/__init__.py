"""Pure rules of the privacy office: no I/O, no imports from the rest of the project."""
