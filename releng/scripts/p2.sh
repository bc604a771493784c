# Headless installation of analysis engines (and any other feature) into the product's own p2 profile, through
# p2's director application (org.eclipse.equinox.p2.director, part of the product). Sourced by ./heterostack,
# which provides $java, $product, ensure_product and fail.
#   heterostack install REPOSITORY FEATURE_ID...   REPOSITORY: a URL or a local directory
#   heterostack uninstall FEATURE_ID...
#   heterostack installed [--json]                 the features installed in the product, with versions
# A feature id may be given with or without p2's ".feature.group" suffix. Errors are one line on standard error
# and exit code 2. The commands' own configuration area (see run_command) is made anew after an install because
# the installation's bundles.info changes.

# The product's p2 profile: the one profile a Tycho-materialised product has (DefaultProfile).
heterostack_p2_profile() {
  local profile
  for profile in "$product"/p2/org.eclipse.equinox.p2.engine/profileRegistry/*.profile; do
    [ -d "$profile" ] && { basename "$profile" .profile; return 0; }
  done
  return 1
}

# Runs the director on the product with the given arguments; its output is left in $p2_output.
heterostack_p2_director() {
  local profile log
  profile=$(heterostack_p2_profile) || fail "$product has no p2 profile, so nothing can be installed into it"
  local director_launcher
  director_launcher=$(compgen -G "$product/plugins/org.eclipse.equinox.launcher_*.jar" | head -n 1)
  p2_output=$("$java" -Xmx1g -jar "$director_launcher" -nosplash -application org.eclipse.equinox.p2.director \
    -destination "$product" -profile "$profile" "$@" 2>&1)
  local code=$?
  # the director leaves a log file in the product for every failure; its message is what the user sees instead
  log=$(printf '%s\n' "$p2_output" | sed -n 's/^There were errors\. See log file: \(.*\.log\)$/\1/p')
  [ -n "$log" ] && rm -f -- "$log"
  return "$code"
}

heterostack_p2_repository_url() {
  case "$1" in
    *://* | file:*) printf '%s' "$1" ;;
    *) [ -d "$1" ] || fail "no p2 repository at $1 (give a directory or a URL)"
       printf 'file:%s' "$(cd "$1" && pwd)" ;;
  esac
}

heterostack_p2_units() {
  local feature units=()
  for feature in "$@"; do
    [[ $feature =~ ^[A-Za-z0-9_.-]+$ ]] || fail "'$feature' is not a feature id (e.g. org.example.slme.feature)"
    units+=("${feature%.feature.group}.feature.group")
  done
  (IFS=,; printf '%s' "${units[*]}")
}

# The director's reason for a failure, in the user's terms.
heterostack_p2_failure() {
  local repository=$1 missing reason
  if printf '%s\n' "$p2_output" | grep -q -e "^Unable to load repositories" -e "No repository found at"; then
    fail "cannot read a p2 repository at $repository"
  fi
  missing=$(printf '%s\n' "$p2_output" | sed -n 's/^The installable unit \(.*\)\.feature\.group has not been found\.$/\1/p' | head -n 1)
  if [ -n "$missing" ]; then
    [ -n "$repository" ] && fail "$repository has no feature $missing"
    fail "$missing is not installed"
  fi
  reason=$(printf '%s\n' "$p2_output" | grep -v -e "^Installation failed" -e "^Uninstallation failed" \
    -e "^There were errors" -e "^!" -e "^\s*$" | head -n 1)
  fail "${reason:-the p2 director failed without a reason}"
}

heterostack_install() {
  [ $# -ge 2 ] || fail "usage: heterostack install REPOSITORY FEATURE_ID... (e.g. heterostack install file:/path/to/repository org.example.slme.feature)"
  local repository units
  repository=$(heterostack_p2_repository_url "$1")
  shift
  units=$(heterostack_p2_units "$@")
  ensure_product
  heterostack_p2_director -repository "$repository" -installIU "$units" || heterostack_p2_failure "$repository"
  printf '%s\n' "$p2_output" | sed -n 's/^Installing \(.*\)\.feature\.group \(.*\)\.$/installed \1 \2/p'
}

heterostack_uninstall() {
  [ $# -ge 1 ] || fail "usage: heterostack uninstall FEATURE_ID... ('heterostack installed' lists them)"
  local units
  units=$(heterostack_p2_units "$@")
  ensure_product
  heterostack_p2_director -uninstallIU "$units" || heterostack_p2_failure ""
  printf '%s\n' "$p2_output" | sed -n 's/^Uninstalling \(.*\)\.feature\.group \(.*\)\.$/uninstalled \1 \2/p'
}

heterostack_installed() {
  local json=false
  case "${1:-}" in
    "") ;;
    --json) json=true ;;
    *) fail "unexpected argument '$1'; usage: heterostack installed [--json]" ;;
  esac
  [ $# -le 1 ] || fail "unexpected argument '$2'; usage: heterostack installed [--json]"
  ensure_product
  heterostack_p2_director -listInstalledRoots || heterostack_p2_failure ""
  local roots
  roots=$(printf '%s\n' "$p2_output" | sed -n 's#^\([A-Za-z0-9_.-]*\)\.feature\.group/\(.*\)$#\1 \2#p')
  if $json; then
    printf '%s\n' "$roots" | awk 'BEGIN { printf "[" } NF == 2 { printf "%s{\"id\":\"%s\",\"version\":\"%s\"}", (n++ ? "," : ""), $1, $2 } END { print "]" }'
  elif [ -z "$roots" ]; then
    echo "no features installed besides the product's own"
  else
    printf '%s\n' "$roots"
  fi
}
