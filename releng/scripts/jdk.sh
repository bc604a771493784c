# shellcheck shell=bash
# Sourced by ./heterostack, ./mvnw and .ci/run: finds a Java runtime of version 21 or newer.
#   heterostack_find_java_home   prints the home of the first Java >= 21 found in $JAVA_HOME, on PATH, then under
#                                ${HETEROSTACK_JVM_DIRS:-/usr/lib/jvm} (newest first); returns 1 if there is none.

# The value of KEY $2 in the `release` file of the Java runtime in $1 (JAVA_VERSION="21.0.2" -> 21.0.2), which every
# JDK since 9 carries; empty when there is none.
heterostack_java_release_value() {
  [ -r "$1/release" ] && sed -n "s/^$2=\"\{0,1\}\([^\"]*\)\"\{0,1\}\$/\1/p" "$1/release" | head -n 1
}

# Version of the Java runtime whose bin/java is $1 ("21.0.2", "1.8.0_402"): read from its `release` file, so that
# no JVM is started (that costs a few tenths of a second); only a java without one is run with -version.
heterostack_java_version() {
  local version
  version=$(heterostack_java_release_value "$(dirname "$(dirname "$1")")" JAVA_VERSION)
  if [ -n "$version" ]; then
    echo "$version"
  else
    "$1" -version 2>&1 | sed -n 's/.* version "\([0-9][0-9.]*\).*/\1/p' | head -n 1
  fi
}

# Major version of the java executable $1 ("1.8.0_402" -> 8, "21.0.2" -> 21); empty if it does not run.
heterostack_java_major() {
  heterostack_java_version "$1" | awk -F. '{ print ($1 == 1 ? $2 : $1) }'
}

heterostack_find_java_home() {
  local candidates=() java major dir
  [ -n "${JAVA_HOME:-}" ] && candidates+=("$JAVA_HOME/bin/java")
  java=$(command -v java 2>/dev/null) && candidates+=("$(readlink -f "$java")")
  for dir in ${HETEROSTACK_JVM_DIRS:-/usr/lib/jvm}; do
    [ -d "$dir" ] || continue
    while IFS= read -r java; do candidates+=("$java"); done \
      < <(ls -d "$dir"/*/bin/java 2>/dev/null | sort -V -r)
  done
  for java in "${candidates[@]}"; do
    [ -x "$java" ] || continue
    major=$(heterostack_java_major "$java")
    if [ -n "$major" ] && [ "$major" -ge 21 ]; then
      dirname "$(dirname "$java")"
      return 0
    fi
  done
  return 1
}

heterostack_no_java_message() {
  echo "Heterostack needs Java 21 or newer and found none (looked at JAVA_HOME, PATH and ${HETEROSTACK_JVM_DIRS:-/usr/lib/jvm}); install a JDK 21+ (e.g. apt-get install openjdk-21-jdk) or set JAVA_HOME to one."
}
