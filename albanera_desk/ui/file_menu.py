"""The main window's File menu: the store (open another, lock), the office (profile,
settings) and the store's care (check, back up, restore, recovery sheet, key), then Quit.

Its words keep the main window's translation context, where they were first written.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence

from albanera_desk.ui.icons import icon

if TYPE_CHECKING:
    from albanera_desk.ui.main_window import MainWindow
    from albanera_desk.ui.store_actions import StoreActions


def quit_keys() -> QKeySequence:
    """The platform's Quit keys; Ctrl+Q where the platform has none (Windows, offscreen)."""
    keys = QKeySequence(QKeySequence.StandardKey.Quit)
    return keys if not keys.isEmpty() else QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_Q)


def _action(window: MainWindow, text: str, icon_name: str) -> QAction:
    action = QAction(icon(icon_name), text, window)
    window.addAction(action)  # its shortcut works wherever the focus is in the window
    return action


def build_file_menu(window: MainWindow) -> None:
    """Add the File menu to ``window``; its actions become ``window.<name>_action``."""
    menu = window.menuBar().addMenu(QCoreApplication.translate("MainWindow", "&File"))
    window.open_store_action = _action(
        window, QCoreApplication.translate("MainWindow", "&Open another store…"), "store"
    )
    window.open_store_action.setShortcut(QKeySequence.StandardKey.Open)
    window.lock_action = _action(
        window, QCoreApplication.translate("MainWindow", "&Lock now"), "lock"
    )
    window.lock_action.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_L))
    window.profile_action = _action(
        window, QCoreApplication.translate("MainWindow", "Organisation &profile…"), "profile"
    )
    window.profile_action.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_Comma))
    window.settings_action = _action(
        window, QCoreApplication.translate("MainWindow", "Office &settings…"), "settings"
    )
    window.check_action = _action(
        window, QCoreApplication.translate("MainWindow", "&Check the store"), "check"
    )
    window.check_action.setShortcut(
        QKeySequence(Qt.Modifier.CTRL | Qt.Modifier.SHIFT | Qt.Key.Key_K)
    )
    window.backup_action = _action(
        window, QCoreApplication.translate("MainWindow", "&Back up now"), "backup"
    )
    window.backup_action.setShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_B))
    window.restore_action = _action(
        window, QCoreApplication.translate("MainWindow", "&Restore from a backup…"), "restore"
    )
    window.sheet_action = _action(
        window, QCoreApplication.translate("MainWindow", "Recovery &sheet…"), "letter"
    )
    window.key_action = _action(
        window, QCoreApplication.translate("MainWindow", "Change the &key…"), "key"
    )
    window.quit_action = _action(window, QCoreApplication.translate("MainWindow", "&Quit"), "quit")
    window.quit_action.setShortcut(quit_keys())
    window.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
    for group in (
        (window.open_store_action, window.lock_action),
        (window.profile_action, window.settings_action),
        (
            window.check_action,
            window.backup_action,
            window.restore_action,
            window.sheet_action,
            window.key_action,
        ),
        (window.quit_action,),
    ):
        if not menu.isEmpty():
            menu.addSeparator()
        menu.addActions(list(group))

    def actions() -> StoreActions:  # made once the store is open (the window's attach)
        assert window.store_actions is not None
        return window.store_actions

    window.open_store_action.triggered.connect(lambda: actions().open_another_store())
    window.lock_action.triggered.connect(window.lock)
    window.profile_action.triggered.connect(window.edit_profile)
    window.settings_action.triggered.connect(window.edit_settings)
    window.check_action.triggered.connect(lambda: window.check_store())
    window.backup_action.triggered.connect(lambda: actions().back_up_now())
    window.restore_action.triggered.connect(lambda: actions().choose_restore())
    window.sheet_action.triggered.connect(lambda: actions().recovery_sheet())
    window.key_action.triggered.connect(lambda: actions().change_key())
    window.quit_action.triggered.connect(window.close)
