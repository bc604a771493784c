# shellcheck shell=bash
# Sourced by build-env.sh and .ci/run: when there is no X display, starts Xvfb (if installed) for the UI tests
# and stops it again when process $1 (default: the sourcing shell) ends.
heterostack_ensure_display() {
  [ -n "${DISPLAY:-}" ] && return 0
  command -v Xvfb >/dev/null 2>&1 || return 1
  local n owner=${1:-$$}
  for n in $(seq 90 119); do
    [ -e "/tmp/.X11-unix/X$n" ] || [ -e "/tmp/.X$n-lock" ] && continue
    Xvfb ":$n" -screen 0 1600x1000x24 -nolisten tcp >/dev/null 2>&1 &
    local xvfb=$!
    sleep 1
    if kill -0 "$xvfb" 2>/dev/null; then
      export DISPLAY=":$n"
      # watchdog: the owner may exec into Maven, so watch its PID rather than trapping EXIT
      # (a separate bash, so that it does not inherit the caller's saved descriptors, e.g. a $(...) pipe)
      bash -c 'while kill -0 "$1" 2>/dev/null; do sleep 5; done; kill "$2" 2>/dev/null' watchdog "$owner" "$xvfb" \
        </dev/null >/dev/null 2>&1 &
      return 0
    fi
  done
  return 1
}
