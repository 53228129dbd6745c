# Sourced by scripts: makes Debian's chromium and chromedriver available for browser tests.
# Installs them with apt-get when missing and we are root; otherwise says loudly that the
# browser tests will be skipped.
bw_browser() {
  if command -v chromium >/dev/null 2>&1 && command -v chromedriver >/dev/null 2>&1; then
    return 0
  fi
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "installing Debian's chromium and chromium-driver for browser tests (first run only)"
    if ! { apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >/dev/null; }; then
      echo "WARNING: could not install chromium: browser tests will be SKIPPED" >&2
      return 0
    fi
  else
    echo "WARNING: chromium/chromedriver missing and not root: browser tests will be SKIPPED" >&2
    echo "         install them with: sudo apt-get install chromium chromium-driver" >&2
  fi
}
