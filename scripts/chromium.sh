# Chromium for the browser tests, sourced by build.sh: Debian's package, never a downloaded browser.

chromium_path() {
  local c
  for c in chromium chromium-browser; do
    command -v "$c" >/dev/null 2>&1 && { command -v "$c"; return 0; }
  done
  return 1
}

# Exports BLUEINDIC_CHROMIUM (kept when already set), installing Debian's chromium when missing and root.
chromium_ensure() {
  [ -n "${BLUEINDIC_CHROMIUM:-}" ] && { export BLUEINDIC_CHROMIUM; return 0; }
  if ! chromium_path >/dev/null && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "» Chromium missing: installing Debian's chromium package" >&2
    { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium fonts-dejavu-core; } >&2 \
      || echo "» Could not install chromium: the browser tests will fail" >&2
  fi
  BLUEINDIC_CHROMIUM=$(chromium_path || true)
  export BLUEINDIC_CHROMIUM
}
