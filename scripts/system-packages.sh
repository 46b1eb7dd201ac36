# Sourced by scripts/test and ./touchpoint: installs the Debian packages the tests and the speech
# and dashboard features use, when they are missing. Nothing else on the machine is changed.
#   chromium                       the dashboard's browser tests (Playwright drives it)
#   libpocketsphinx3 libsphinxbase3 offline speech-to-text (called through JNA)
#   espeak-ng                      synthesized calls for the speech tests and the demo
# Set TOUCHPOINT_SKIP_SYSTEM_PACKAGES=1 to skip (the tests that need a package then skip).

touchpoint_system_packages_missing() {
    local missing=()
    [ -x /usr/bin/chromium ] || missing+=(chromium)
    ls /usr/lib/*/libpocketsphinx.so.3 >/dev/null 2>&1 || missing+=(libpocketsphinx3)
    ls /usr/lib/*/libsphinxbase.so.3 >/dev/null 2>&1 || missing+=(libsphinxbase3)
    command -v espeak-ng >/dev/null 2>&1 || missing+=(espeak-ng)
    echo "${missing[@]}"
}

touchpoint_install_system_packages() {
    if [ "${TOUCHPOINT_SKIP_SYSTEM_PACKAGES:-0}" = "1" ]; then
        return 0
    fi
    local missing
    missing="$(touchpoint_system_packages_missing)"
    [ -z "$missing" ] && return 0
    local sudo=""
    if [ "$(id -u)" != "0" ]; then
        if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
            sudo="sudo -n"
        else
            echo "touchpoint: the Debian packages '$missing' are missing and this user cannot install them;" >&2
            echo "touchpoint: run 'sudo apt-get install $missing' (tests that need them are skipped)." >&2
            return 0
        fi
    fi
    if ! command -v apt-get >/dev/null 2>&1; then
        echo "touchpoint: missing '$missing' and no apt-get here; install them with your package manager" >&2
        echo "touchpoint: (tests that need them are skipped)." >&2
        return 0
    fi
    echo "touchpoint: installing Debian packages: $missing" >&2
    # The package lists may be stale on a fresh machine: refresh once, then install.
    if ! DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q --no-install-recommends $missing >&2; then
        DEBIAN_FRONTEND=noninteractive $sudo apt-get update -q >&2 || true
        DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q --no-install-recommends $missing >&2 \
            || echo "touchpoint: could not install '$missing'; tests that need them are skipped" >&2
    fi
}
