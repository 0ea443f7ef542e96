#!/bin/sh
# Put the TensorFlow Intro Lab in the current user's application menu (~/.local/share).
#
#   install-desktop.sh [EXECUTABLE]
#
# Run it from an unpacked release archive (it sits next to the tfintro-gui executable) or
# from a source checkout as packaging/install-desktop.sh. EXECUTABLE defaults to the
# bundle's tfintro-gui next to this script, else the tfintro-gui on PATH (pip install).
# Nothing outside ~/.local/share is written; no root needed.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
data_home=${XDG_DATA_HOME:-$HOME/.local/share}

executable=${1:-}
if [ -z "$executable" ]; then
    if [ -x "$here/tfintro-gui" ]; then
        executable="$here/tfintro-gui"
    elif command -v tfintro-gui >/dev/null 2>&1; then
        executable=$(command -v tfintro-gui)
    else
        echo "No tfintro-gui executable next to this script or on PATH; pass its path." >&2
        exit 1
    fi
fi
case $executable in
    /*) ;;
    *) executable="$(cd "$(dirname "$executable")" && pwd)/$(basename "$executable")" ;;
esac

# The icons: inside a bundle they are under _internal/resources, in a checkout under resources.
icons=
for candidate in "$here/_internal/resources/icons" "$here/../resources/icons"; do
    if [ -f "$candidate/tfintro-gui.svg" ]; then
        icons=$candidate
        break
    fi
done
if [ -z "$icons" ]; then
    echo "The icons (resources/icons/tfintro-gui.svg) are missing next to $here." >&2
    exit 1
fi
desktop_file="$here/tfintro-gui.desktop"
[ -f "$desktop_file" ] || desktop_file="$here/../packaging/tfintro-gui.desktop"

mkdir -p "$data_home/applications" "$data_home/icons/hicolor/scalable/apps"
cp "$icons/tfintro-gui.svg" "$data_home/icons/hicolor/scalable/apps/tfintro-gui.svg"
for size in 16 32 48 64 128 256; do
    mkdir -p "$data_home/icons/hicolor/${size}x${size}/apps"
    cp "$icons/tfintro-gui-$size.png" "$data_home/icons/hicolor/${size}x${size}/apps/tfintro-gui.png"
done
# Exec takes the absolute path, quoted as the Desktop Entry spec asks for paths with spaces.
sed "s|^Exec=.*|Exec=\"$executable\"|" "$desktop_file" > "$data_home/applications/tfintro-gui.desktop"

echo "Installed $data_home/applications/tfintro-gui.desktop (runs $executable)."
