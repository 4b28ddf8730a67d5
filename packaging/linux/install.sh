#!/bin/sh
# Adds Abarona to your applications menu, for you alone (no administrator rights needed).
#
#   ./install.sh               add the menu entry and the icon
#   ./install.sh --uninstall   remove them again (your vaults are not touched)
#
# The program stays in this folder: move the folder first if you want it elsewhere, then
# run this script again from its new place.
set -eu

here=$(cd "$(dirname "$0")" && pwd -P)
data=${XDG_DATA_HOME:-"$HOME/.local/share"}
apps="$data/applications"
icons="$data/icons/hicolor/scalable/apps"
entry="$apps/abarona.desktop"
icon="$icons/abarona.svg"

refresh() {
    # Menus notice the change by themselves; these only make it quicker where they exist.
    command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q "$apps" 2>/dev/null || true
    command -v gtk-update-icon-cache >/dev/null 2>&1 && gtk-update-icon-cache -q -t "$data/icons/hicolor" 2>/dev/null || true
}

if [ "${1:-}" = "--uninstall" ]; then
    rm -f "$entry" "$icon"
    refresh
    echo "Abarona was removed from the applications menu. Your vaults were not touched."
    exit 0
fi
if [ $# -gt 0 ]; then
    echo "usage: $0 [--uninstall]" >&2
    exit 2
fi
if [ ! -x "$here/abarona" ] || [ ! -f "$here/abarona.desktop" ] || [ ! -f "$here/abarona.svg" ]; then
    echo "install.sh: run me from the Abarona folder (abarona, abarona.desktop and abarona.svg beside me)" >&2
    exit 1
fi

# Exec= needs the program's full path, quoted as the Desktop Entry specification says:
# inside double quotes, backslash-escape " ` $ and \; then the file format doubles every
# backslash, and a literal % is written %%.
quoted=$(printf '%s' "$here/abarona" | sed -e 's/[\\"`$]/\\&/g' -e 's/\\/\\\\/g' -e 's/%/%%/g')

tryexec=$(printf '%s' "$here/abarona" | sed -e 's/\\/\\\\/g')

mkdir -p "$apps" "$icons"
cp "$here/abarona.svg" "$icon.tmp" && mv -f "$icon.tmp" "$icon"
while IFS= read -r line || [ -n "$line" ]; do
    case $line in
        Exec=*) printf 'Exec="%s"\n' "$quoted" ;;
        TryExec=*) printf 'TryExec=%s\n' "$tryexec" ;;
        *) printf '%s\n' "$line" ;;
    esac
done < "$here/abarona.desktop" > "$entry.tmp"
chmod 644 "$entry.tmp"
mv -f "$entry.tmp" "$entry"
refresh
echo "Abarona is in your applications menu (under Office). To remove it: $0 --uninstall"
