"""Open one dialog of the desk on a store, for scripts/screenshots.sh (not part of the app).

    python scripts/screenshot_scene.py SCENE LANG STORE

SCENE: processor (a third party's form), transfer (a transfer's form), preview (a letter in
the print preview), restore (the backups of the store). The store's passphrase comes from
ALBANERA_DESK_PASSPHRASE, as for the window.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication

from albanera_desk.services.desk import Desk
from albanera_desk.services.opening import open_store
from albanera_desk.settings import passphrase_from_env
from albanera_desk.store.keys import KeyringKeys
from albanera_desk.ui.app import install_translators
from albanera_desk.ui.theme import apply_theme


def main(scene: str, lang: str, store_path: Path) -> int:
    app = QApplication(sys.argv[:1])
    app.setApplicationName("Alba Nera Desk")
    install_translators(app, lang)
    apply_theme(app)
    desk = Desk.for_store(open_store(store_path, KeyringKeys(), passphrase_from_env()))
    register = desk.register
    if scene == "processor":
        from albanera_desk.ui.processor_form import ProcessorDialog
        from albanera_desk.ui.register_view import checks_for

        # The third party with an art. 28(3) term missing: the form says so at the top.
        chosen = next(
            (p for p in register.list_processors() if p.dpa_signed_on and p.missing_art28_terms),
            register.list_processors()[0],
        )
        dialog = ProcessorDialog(register, register.get_processor(chosen.id))  # type: ignore[arg-type]
        dialog.show_checks(checks_for(desk, "processor", chosen.id))
    elif scene == "transfer":
        from albanera_desk.ui.transfer_form import TransferDialog

        dialog = TransferDialog(register, register.list_transfers()[0])
    elif scene == "preview":
        from albanera_desk.services.letters import RequestLetter
        from albanera_desk.ui.print_preview import PrintPreviewDialog

        reference = desk.requests.list()[0].reference
        pdf = desk.letters.prepare([reference], RequestLetter.ACKNOWLEDGEMENT).pdf
        dialog = PrintPreviewDialog(pdf, reference, f"{reference}.pdf")
    elif scene == "restore":
        from albanera_desk.services.backup import list_backups, make_backup
        from albanera_desk.settings import app_paths
        from albanera_desk.ui.restore_dialog import RestoreDialog

        folder = app_paths().backup_dir
        if not list_backups(folder, desk.store.path):
            make_backup(desk.store, folder)
        store = desk.store
        dialog = RestoreDialog([folder], store.path, [store.key], store.store_id)
    else:
        raise SystemExit(f"unknown scene {scene!r}")
    dialog.show()
    code = app.exec()
    desk.close()
    return code


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2], Path(sys.argv[3])))
