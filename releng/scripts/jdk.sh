# shellcheck shell=bash
# Sourced by ./heterostack, ./mvnw and .ci/run: finds a Java runtime of version 21 or newer.
#   heterostack_find_java_home   prints the home of the first Java >= 21 found in $JAVA_HOME, on PATH, then under
#                                ${HETEROSTACK_JVM_DIRS:-/usr/lib/jvm} (newest first); returns 1 if there is none.
#   heterostack_locate_java_home the same into REPLY, without starting a process when JAVA_HOME or the JVM
#                                directories have a Java 21+ (./heterostack's start: each process costs milliseconds)
# The functions whose names say "read" or "locate" set REPLY and start no process (no command substitution).

# Sets REPLY to the value of KEY $2 in the `release` file of the Java runtime in $1 (JAVA_VERSION="21.0.2" ->
# 21.0.2), which every JDK since 9 carries; REPLY is empty and it returns 1 when there is none.
heterostack_read_release_value() {
  local line
  REPLY=""
  [ -r "$1/release" ] || return 1
  while IFS= read -r line || [ -n "$line" ]; do
    if [[ $line == "$2="* ]]; then
      REPLY=${line#*=}
      REPLY=${REPLY#\"}
      REPLY=${REPLY%\"}
      return 0
    fi
  done <"$1/release"
  return 1
}

# Sets REPLY to the major version of the java executable $1 ("1.8.0_402" -> 8, "21.0.2" -> 21), read from its
# runtime's `release` file so that no JVM is started (that costs a few tenths of a second); only a java without one
# is run with -version. REPLY is empty and it returns 1 when the version cannot be found.
heterostack_read_java_major() {
  local version="" home=${1%/bin/java}
  if [ "$home" != "$1" ] && heterostack_read_release_value "$home" JAVA_VERSION; then
    version=$REPLY
  else
    version=$("$1" -version 2>&1 | sed -n 's/.* version "\([0-9][0-9.]*\).*/\1/p' | head -n 1)
  fi
  REPLY=${version%%.*}
  [ "$REPLY" = 1 ] && { REPLY=${version#1.}; REPLY=${REPLY%%.*}; }
  [[ $REPLY =~ ^[0-9]+$ ]] || { REPLY=""; return 1; }
}

# Prints the major version of the java executable $1; empty if it does not run.
heterostack_java_major() {
  heterostack_read_java_major "$1" && printf '%s\n' "$REPLY"
  return 0
}

# Whether the java executable $1 runs and is version 21 or newer
heterostack_java_is_recent() {
  [ -x "$1" ] && heterostack_read_java_major "$1" && [ "$REPLY" -ge 21 ]
}

heterostack_locate_java_home() {
  local java dir best="" best_major=0
  if [ -n "${JAVA_HOME:-}" ] && heterostack_java_is_recent "$JAVA_HOME/bin/java"; then
    REPLY=${JAVA_HOME%/}
    return 0
  fi
  if java=$(command -v java 2>/dev/null) && java=$(readlink -f "$java") && heterostack_java_is_recent "$java"; then
    REPLY=${java%/bin/java}
    return 0
  fi
  # the newest runtime in the JVM directories (the later name among equal majors)
  for dir in ${HETEROSTACK_JVM_DIRS:-/usr/lib/jvm}; do
    for java in "$dir"/*/bin/java; do
      heterostack_java_is_recent "$java" && [ "$REPLY" -ge "$best_major" ] && best_major=$REPLY best=$java
    done
  done
  REPLY=${best%/bin/java}
  [ -n "$best" ]
}

heterostack_find_java_home() {
  heterostack_locate_java_home && printf '%s\n' "$REPLY"
}

heterostack_no_java_message() {
  echo "Heterostack needs Java 21 or newer and found none (looked at JAVA_HOME, PATH and ${HETEROSTACK_JVM_DIRS:-/usr/lib/jvm}); install a JDK 21+ (e.g. apt-get install openjdk-21-jdk) or set JAVA_HOME to one."
}
