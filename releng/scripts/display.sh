# shellcheck shell=bash
# Sourced by build-env.sh and .ci/run: when there is no X display, starts Xvfb (if installed) for the UI tests
# and stops it again when process $1 (default: the sourcing shell) ends.
# Whether X display :$1 is taken: its lock file names a running process, or it has a socket but no lock. The lock
# and socket of an Xvfb that was killed (SIGKILL leaves them behind) do not count: Xvfb replaces a stale lock and
# socket itself, and skipping them would use up the display numbers over time.
heterostack_display_in_use() {
  local lock="/tmp/.X$1-lock" pid
  if [ -e "$lock" ]; then
    pid=$(tr -dc '0-9' <"$lock" 2>/dev/null)
    [ -z "$pid" ] || [ -d "/proc/$pid" ]
  else
    [ -e "/tmp/.X11-unix/X$1" ]
  fi
}

heterostack_ensure_display() {
  [ -n "${DISPLAY:-}" ] && return 0
  command -v Xvfb >/dev/null 2>&1 || return 1
  local n owner=${1:-$$}
  for n in $(seq 90 119); do
    heterostack_display_in_use "$n" && continue
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
