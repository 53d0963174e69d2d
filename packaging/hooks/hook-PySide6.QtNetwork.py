# PyInstaller's own hook for PySide6.QtNetwork, less the network-information plugins (the app
# never asks whether the computer is online; the GLib one would pull in the build machine's
# GIO). QtNetwork itself and its TLS backends stay.
from PyInstaller.utils.hooks.qt import add_qt6_dependencies, pyside6_library_info


def _wanted(entry):
    return "/Qt/plugins/networkinformation/" not in str(entry[0]).replace("\\", "/")


hiddenimports, binaries, datas = add_qt6_dependencies(__file__)
binaries += pyside6_library_info.collect_qtnetwork_files()
binaries = [entry for entry in binaries if _wanted(entry)]
