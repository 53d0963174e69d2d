#!/usr/bin/env bash
# Screenshots of every section (and a few dialogs) at 1366x850 and 1024x700, in French and
# English, into docs/screenshots/: NAME-LANG-SIZE.png. A fictional demo store is made in a
# temporary folder first; nothing of a real store is shown.
#   scripts/screenshots.sh            (from the repository; needs .venv: make .venv/.installed)
#   WAIT=15 scripts/screenshots.sh    (seconds given to each window to appear; default 12)
#   ONLY="preview restore" scripts/screenshots.sh   (only these sections or dialogs)
set -eu
cd "$(dirname "$0")/.."
tool=""
for candidate in "${SCREENSHOT_TOOL:-}" ../shared/tools/screenshot ../../shared/tools/screenshot; do
  if [ -n "$candidate" ] && [ -x "$candidate" ]; then tool=$candidate; break; fi
done
[ -n "$tool" ] || { echo "screenshots: ../shared/tools/screenshot not found (set SCREENSHOT_TOOL)" >&2; exit 1; }
wait_s=${WAIT:-12}
out=${OUT:-docs/screenshots}  # OUT=/tmp/shots: a look without touching the kept ones
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export ALBANERA_DESK_DATA_DIR="$work/data" ALBANERA_DESK_LOG_DIR="$work/logs"
export PYTHON_KEYRING_BACKEND=keyring.backends.fail.Keyring  # a passphrase store, no keyring
export ALBANERA_DESK_PASSPHRASE='screenshots of a fictional desk 42'
store="$work/demo.db"
.venv/bin/albanera-desk --store "$store" demo >/dev/null
mkdir -p "$out"
for lang in fr en; do
  for size in 1366x850 1024x700; do
    for section in today people requests register transfers audit; do
      case " ${ONLY:-$section} " in *" $section "*) ;; *) continue ;; esac
      rm -f "$ALBANERA_DESK_DATA_DIR/window.ini"  # each shot opens at the size of its screen
      SCREEN=$size "$tool" "$out/$section-$lang-$size.png" "$wait_s" -- \
        .venv/bin/albanera-desk --store "$store" --lang "$lang" --section "$section" >/dev/null
    done
    for scene in processor transfer preview restore; do
      case " ${ONLY:-$scene} " in *" $scene "*) ;; *) continue ;; esac
      SCREEN=$size "$tool" "$out/$scene-$lang-$size.png" "$wait_s" -- \
        .venv/bin/python scripts/screenshot_scene.py "$scene" "$lang" "$store" >/dev/null
    done
    echo "screenshots: $lang $size done"
  done
done
ls "$out"/*.png | wc -l | xargs echo "screenshots: pictures in $out:"
