#!/usr/bin/env bash
# Called by ./mvnw as `eval "$(bash releng/scripts/build-env.sh $$)"`: prints the environment the build needs:
# JAVA_HOME of a Java 21+ when the current one is older or unset, and a DISPLAY (a private Xvfb that stops when
# process $1 ends) when there is none. Installs Xvfb and GTK 3 when they are missing and that needs no password;
# otherwise says on stderr which packages the UI tests lack. Prints nothing it cannot improve.
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
. "$here/jdk.sh"
. "$here/display.sh"
. "$here/ui-deps.sh"

current=""
[ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ] && current=$(heterostack_java_major "$JAVA_HOME/bin/java")
if [ -z "$current" ] || [ "$current" -lt 21 ]; then
  if home=$(heterostack_find_java_home); then
    printf 'JAVA_HOME=%q; export JAVA_HOME;\n' "$home"
  else
    echo "mvnw: $(heterostack_no_java_message)" >&2
  fi
fi
if ! heterostack_install_ui_packages; then
  echo "mvnw: the UI tests need the packages $(heterostack_missing_ui_packages | tr '\n' ' ')- install them" \
    "(apt-get install xvfb libgtk-3-0) or the build fails in org.heterostack.ui.tests" >&2
fi
if [ -z "${DISPLAY:-}" ] && heterostack_ensure_display "${1:-$PPID}" >/dev/null 2>&1; then
  printf 'DISPLAY=%q; export DISPLAY;\n' "$DISPLAY"
fi
