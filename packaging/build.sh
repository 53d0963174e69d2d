#!/usr/bin/env bash
# Build the one-folder app dist/albanera-desk/ with PyInstaller, then smoke-test the BUILT app.
#
#   make package            (installs the [package] extra, then runs this)
#   bash packaging/build.sh (the same, when .venv already has PyInstaller)
#
# The smoke test runs the built executable offscreen, in a throw-away HOME and data folder,
# with a passphrase (build machines have no system keyring): --version, init, check, then
# the main window up to its first paint. Any failure stops the script with a non-zero status.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

PY="$ROOT/.venv/bin/python"
PYINSTALLER="$ROOT/.venv/bin/pyinstaller"
SPEC="packaging/albanera-desk.spec"
WORK="$ROOT/build/pyinstaller"
DIST="$ROOT/dist"
APP_DIR="$DIST/albanera-desk"
APP="$APP_DIR/albanera-desk"
SMOKE_PASSPHRASE="Lavande-Quai-des-Orfevres-71"

step() { printf '\n== %s\n' "$*"; }
fail() {
    printf '\npackaging/build.sh: FAILED: %s\n' "$*" >&2
    exit 1
}

[ -x "$PYINSTALLER" ] || fail "no PyInstaller in .venv: run 'make package' (it installs the [package] extra)"
VERSION="$("$PY" -c 'import albanera_desk; print(albanera_desk.__version__)')" ||
    fail "cannot read albanera_desk.__version__ with $PY"

# --- icons: rendered from the SVG by packaging/render_icons.py, kept in the repo -------------
ICON_SIZES=(16 32 48 64 128 256)
for size in "${ICON_SIZES[@]}"; do
    if [ ! -f "resources/icons/albanera-desk-$size.png" ]; then
        step "rendering the icons from resources/icons/albanera-desk.svg"
        QT_QPA_PLATFORM=offscreen "$PY" packaging/render_icons.py || fail "rendering the icons"
        break
    fi
done

# --- build -----------------------------------------------------------------------------------
step "PyInstaller: albanera-desk $VERSION -> ${APP_DIR#"$ROOT"/}"
started=$(date +%s)
"$PYINSTALLER" --noconfirm --clean --log-level WARN \
    --workpath "$WORK" --distpath "$DIST" "$SPEC" || fail "PyInstaller did not build the app"
build_seconds=$(($(date +%s) - started))
[ -x "$APP" ] || fail "PyInstaller finished but $APP is missing"

# --- make the folder self-contained: desktop entry and icons under share/ -------------------
step "installing the desktop entry and icons under ${APP_DIR#"$ROOT"/}/share"
install -D -m 0644 packaging/albanera-desk.desktop "$APP_DIR/share/applications/albanera-desk.desktop"
for size in "${ICON_SIZES[@]}"; do
    install -D -m 0644 "resources/icons/albanera-desk-$size.png" \
        "$APP_DIR/share/icons/hicolor/${size}x${size}/apps/albanera-desk.png"
done
install -D -m 0644 resources/icons/albanera-desk.svg \
    "$APP_DIR/share/icons/hicolor/scalable/apps/albanera-desk.svg"

# --- what must never be in the bundle --------------------------------------------------------
step "checking that no plaintext keyring (keyrings.alt) is bundled"
if find "$APP_DIR" -ipath '*keyrings*alt*' -print -quit | grep -q .; then
    find "$APP_DIR" -ipath '*keyrings*alt*' | head >&2
    fail "the bundle contains keyrings.alt files"
fi
# Pure-Python modules live in the PYZ archive inside the executable: list it too, and make
# sure the modules that are only imported by name (Alembic scripts, keyring) made it in.
"$PY" - "$APP" <<'PYCHECK' || fail "the executable's module archive is wrong (see above)"
import sys

from PyInstaller.archive.readers import pkg_archive_contents

names = set(pkg_archive_contents(sys.argv[1], recursive=True))
bad = sorted(n for n in names if n == "keyrings" or n.startswith("keyrings."))
if bad:
    print("keyrings.alt is bundled:", ", ".join(bad[:10]), file=sys.stderr)
    sys.exit(1)
needed = [
    "sqlcipher3.dbapi2", "alembic.context", "alembic.op", "alembic.command",
    "alembic.runtime.migration", "alembic.script", "sqlalchemy.dialects.sqlite",
    "keyring.backends.SecretService", "keyring.backends.chainer", "albanera_desk.ui.app",
]
missing = [n for n in needed if n not in names]
if missing:
    print("missing from the module archive:", ", ".join(missing), file=sys.stderr)
    sys.exit(1)
print(f"{len(names)} entries in the executable's archive; no keyrings.alt")
PYCHECK

# --- smoke test of the built app --------------------------------------------------------------
SMOKE="$(mktemp -d "${TMPDIR:-/tmp}/albanera-desk-smoke.XXXXXX")"
trap 'rm -rf "$SMOKE"' EXIT
mkdir -p "$SMOKE/home" "$SMOKE/runtime" && chmod 700 "$SMOKE/runtime"

# A clean environment: no session bus (so no real keyring is touched), offscreen Qt.
run_app() {
    env -i \
        PATH=/usr/bin:/bin \
        HOME="$SMOKE/home" \
        LANG=C.UTF-8 \
        XDG_RUNTIME_DIR="$SMOKE/runtime" \
        XDG_CONFIG_HOME="$SMOKE/home/.config" \
        XDG_DATA_HOME="$SMOKE/home/.local/share" \
        XDG_CACHE_HOME="$SMOKE/home/.cache" \
        QT_QPA_PLATFORM=offscreen \
        ALBANERA_DESK_DATA_DIR="$SMOKE/data" \
        ALBANERA_DESK_LOG_DIR="$SMOKE/logs" \
        ALBANERA_DESK_STORE="$SMOKE/data/smoke.db" \
        ALBANERA_DESK_PASSPHRASE="$SMOKE_PASSPHRASE" \
        timeout 120 "$APP" "$@"
}

show_log() {
    if compgen -G "$SMOKE/logs/*.log" >/dev/null; then
        echo "--- app log:" >&2
        tail -n 40 "$SMOKE"/logs/*.log >&2
    fi
}

step "smoke: albanera-desk --version"
out="$(run_app --version 2>&1)" || { echo "$out" >&2; fail "'albanera-desk --version' exited non-zero"; }
echo "$out"
[ "$out" = "albanera-desk $VERSION" ] || fail "--version printed '$out', expected 'albanera-desk $VERSION'"

step "smoke: albanera-desk init"
status=0
run_app init || status=$?
[ "$status" -eq 0 ] || { show_log; fail "'albanera-desk init' exited $status"; }
[ -s "$SMOKE/data/smoke.db" ] || fail "'albanera-desk init' left no store at $SMOKE/data/smoke.db"

step "smoke: albanera-desk check"
set +e
out="$(run_app check 2>&1)"
status=$?
set -e
echo "$out"
if [ "$status" -ne 0 ] || ! grep -qx 'healthy' <<<"$out"; then
    show_log
    fail "'albanera-desk check' exited $status and did not report healthy"
fi

step "smoke: the main window, offscreen, up to its first paint"
if [ ! -f albanera_desk/ui/app.py ]; then
    fail "albanera_desk/ui/app.py is not in the tree yet: the GUI cannot be smoke-tested"
fi
set +e
run_app --exit-after-first-paint
status=$?
set -e
if [ "$status" -ne 0 ]; then
    show_log
    [ "$status" -eq 124 ] && fail "the window did not paint within 120 s (timeout)"
    fail "'albanera-desk --exit-after-first-paint' exited $status"
fi
echo "first paint reached, exit 0"

# Nothing the smoke run did may have written into the bundle.
if find "$APP_DIR" -name '__pycache__' -print -quit | grep -q .; then
    fail "the smoke run wrote __pycache__ into the bundle: $(find "$APP_DIR" -name __pycache__ | head -3)"
fi

step "done"
echo "built ${APP_DIR#"$ROOT"/} ($VERSION) in ${build_seconds}s; size $(du -sh "$APP_DIR" | cut -f1)"
