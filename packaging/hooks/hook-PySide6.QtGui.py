# PyInstaller's own hook for PySide6.QtGui, less the Qt plugins a desktop app does not use.
#
# Filtering here, before PyInstaller's binary dependency analysis, also keeps out the
# libraries only those plugins need: the GTK3 platform theme would drag in the build
# machine's cairo/pango/gdk-pixbuf (and then mix them with the user's own GTK), and the
# EGLFS/linuxfb/VNC platforms are for embedded screens. Kept: xcb and wayland for desktops,
# offscreen and minimal for headless runs, the xdg-desktop-portal theme, image formats,
# the SVG icon engine, input contexts.
from PyInstaller.utils.hooks.qt import add_qt6_dependencies

UNNEEDED_PLUGINS = (
    "platforms/libqeglfs.so",
    "platforms/libqlinuxfb.so",
    "platforms/libqminimalegl.so",
    "platforms/libqvnc.so",
    "platforms/libqvkkhrdisplay.so",
    "platformthemes/libqgtk3.so",
    "egldeviceintegrations/",
    "generic/",
)


def _wanted(entry):
    src = str(entry[0]).replace("\\", "/")
    marker = "/Qt/plugins/"
    return marker not in src or not src.split(marker, 1)[1].startswith(UNNEEDED_PLUGINS)


hiddenimports, binaries, datas = add_qt6_dependencies(__file__)
binaries = [entry for entry in binaries if _wanted(entry)]
