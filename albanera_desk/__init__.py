"""Alba Nera Desk: the privacy office's desk."""

__version__ = "0.1.0"
APP_NAME = "albanera-desk"
