# Sourced by ./touchpoint and .ci/run: sets TOUCHPOINT_JAVA_HOME to a JDK 21 or newer.
# Order: $JAVA_HOME, the java on the PATH, then the JDKs in the system's usual folders.

touchpoint_java_major() { # prints the major version of the java binary $1, or 0
  local version
  version=$("$1" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/ {print $2; exit}')
  case "$version" in
    1.*) echo 1 ;;
    "") echo 0 ;;
    *) echo "${version%%.*}" ;;
  esac
}

touchpoint_find_jdk() {
  local candidate java_bin
  local candidates=()
  [ -n "${JAVA_HOME:-}" ] && candidates+=("$JAVA_HOME")
  if java_bin=$(command -v java 2>/dev/null); then
    java_bin=$(readlink -f "$java_bin" 2>/dev/null || echo "$java_bin")
    candidates+=("$(dirname "$(dirname "$java_bin")")")
  fi
  for candidate in /usr/lib/jvm/* /usr/java/* /opt/java/* /opt/jdk* /Library/Java/JavaVirtualMachines/*/Contents/Home "$HOME"/.sdkman/candidates/java/* "$HOME"/.jdks/*; do
    [ -d "$candidate" ] && candidates+=("$candidate")
  done
  # The first JDK 21+ in that order wins.
  for candidate in "${candidates[@]}"; do
    if [ -x "$candidate/bin/java" ] && [ -x "$candidate/bin/javac" ] && [ "$(touchpoint_java_major "$candidate/bin/java")" -ge 21 ]; then
      TOUCHPOINT_JAVA_HOME="$candidate"
      return 0
    fi
  done
  cat >&2 <<MSG
touchpoint: no JDK 21 or newer found.
  Looked at: \$JAVA_HOME (${JAVA_HOME:-unset}), the java on your PATH, and /usr/lib/jvm, /usr/java, /opt/java, /Library/Java/JavaVirtualMachines.
  Install one, for example:
    Debian/Ubuntu:  sudo apt-get install openjdk-21-jdk   (or temurin-21-jdk / temurin-25-jdk)
    macOS:          brew install openjdk@21
  or point JAVA_HOME at a JDK 21+ and run this again.
MSG
  return 1
}
