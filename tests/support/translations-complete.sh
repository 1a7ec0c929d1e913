#!/bin/sh
# Every tr() text in the sources has a finished Polish translation: lupdate reads the sources into a copy of
# kurier_pl.ts, and a text it had to add (type="unfinished") is one a Polish user would see in English.
# (tst_translations checks the .ts files as they are; it cannot see a text the sources have and they lack.)
#   translations-complete.sh LUPDATE SOURCE_DIR
set -eu
lupdate=$1
source=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp "$source/translations/kurier_pl.ts" "$work/kurier_pl.ts"
"$lupdate" -locations none -no-obsolete "$source/core" "$source/app" "$source/render" "$source/ui" \
    "$source/translations" -ts "$work/kurier_pl.ts" >"$work/lupdate.log" 2>&1 || {
    cat "$work/lupdate.log"
    exit 1
}
missing=$(grep -c 'type="unfinished"' "$work/kurier_pl.ts" || true)
if [ "$missing" -gt 0 ]; then
    echo "$missing text(s) of the sources have no Polish translation (run the update-translations target and translate them):"
    grep -B3 'type="unfinished"' "$work/kurier_pl.ts" | grep '<source>' | sed 's/^ *//'
    exit 1
fi
echo "every text of the sources has its Polish translation"
