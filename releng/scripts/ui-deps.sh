# shellcheck shell=bash
# Sourced by build-env.sh (./mvnw) and .ci/run: the system libraries the UI tests and the workbench need.
#   heterostack_missing_ui_packages   prints the Debian packages that are missing (xvfb, libgtk-3-0), one a line
#   heterostack_install_ui_packages   installs the missing ones with apt-get when that is possible without asking
#                                     (root, or passwordless sudo); returns 1 and leaves the system as it is otherwise
heterostack_missing_ui_packages() {
  command -v Xvfb >/dev/null 2>&1 || echo xvfb
  { ldconfig -p 2>/dev/null || /sbin/ldconfig -p 2>/dev/null; } | grep -q 'libgtk-3\.so\.0' || echo libgtk-3-0
}

heterostack_install_ui_packages() {
  local missing sudo=""
  missing=$(heterostack_missing_ui_packages | tr '\n' ' ')
  [ -n "${missing// /}" ] || return 0
  command -v apt-get >/dev/null 2>&1 || return 1
  if [ "$(id -u)" -ne 0 ]; then
    sudo -n true 2>/dev/null || return 1
    sudo="sudo -n"
  fi
  echo "heterostack: installing $missing(needed by the UI tests)" >&2
  export DEBIAN_FRONTEND=noninteractive
  # shellcheck disable=SC2086
  { $sudo apt-get install -y --no-install-recommends $missing xauth \
      || { $sudo apt-get update && $sudo apt-get install -y --no-install-recommends $missing xauth; }; } >&2
}
