#!/bin/sh
# Writes a man page (troff) for neurodyn or neurodyn-cli from the program's own --help, at build
# time (cmake/NeuroDynInstall.cmake), so the page never drifts from the help: help2man would be
# a new build dependency for what this does in a few lines. For neurodyn-cli every command named
# under "Commands:" in its help gets a subsection with that command's --help.
#   tools/manpage.sh OUTPUT PROGRAM NAME VERSION SUMMARY
# PROGRAM is the built executable, NAME the installed command name.
set -eu
out=$1 program=$2 name=$3 version=$4 summary=$5

# English help whatever the build machine's locale, and no user preferences (the GUI reads its
# language from them): a private, empty configuration folder. The program runs under its
# installed name (a link on PATH), so a usage line made from argv[0] shows no build folder.
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
ln -s "$program" "$scratch/$name"
help() {
    env -u LANGUAGE LC_ALL=C LANG=C XDG_CONFIG_HOME="$scratch" HOME="$scratch" \
        PATH="$scratch:$PATH" QT_QPA_PLATFORM=offscreen "$name" "$@" 2>/dev/null
}

# Help text to troff: a blank line starts a paragraph, indented lines (option tables, examples)
# keep their layout, other lines are filled but keep their line breaks. Backslashes, minus
# signs (options stay typeable when copied) and leading control characters are quoted.
to_troff() {
    sed -e 's/\\/\\e/g' -e 's/-/\\-/g' -e 's/^[.'"'"']/\\\&&/' | awk '
        /^$/ { if (nf) print ".fi"; nf = 0; print ".PP"; text = 0; next }
        /^[ \t]/ { if (!nf) print ".nf"; nf = 1; text = 0; print; next }
        { if (nf) print ".fi"; nf = 0; if (text) print ".br"; text = 1; print }
        END { if (nf) print ".fi" }'
}

main_help=$(help --help)
upper=$(printf '%s' "$name" | tr '[:lower:]' '[:upper:]')
{
    printf '.\\" Generated from "%s --help" by tools/manpage.sh; do not edit.\n' "$name"
    printf '.TH %s 1 "" "NeuroDyn %s" "User Commands"\n' "$upper" "$version"
    printf '.SH NAME\n%s \\- %s\n' "$name" "$summary"
    # Left-aligned and unhyphenated: command names and options must read as typed.
    printf '.nh\n.ad l\n'
    printf '.SH DESCRIPTION\n'
    printf '%s\n' "$main_help" | to_troff
    if [ "$name" = neurodyn-cli ]; then
        commands=$(printf '%s\n' "$main_help" |
            sed -n '/^Commands:/,/^$/s/^  \([a-z][a-z-]*\) .*/\1/p')
        [ -n "$commands" ] || { echo "manpage.sh: no commands in $name --help" >&2; exit 1; }
        printf '.SH COMMANDS\n'
        for c in $commands; do
            # Captured first: a command whose --help fails fails the build, not the page.
            command_help=$(help "$c" --help)
            printf '.SS %s\n' "$c"
            printf '%s\n' "$command_help" | to_troff
        done
        printf '.SH SEE ALSO\n.BR neurodyn (1)\n'
    else
        printf '.SH SEE ALSO\n.BR neurodyn-cli (1)\n'
    fi
} >"$out.tmp"
mv "$out.tmp" "$out"
