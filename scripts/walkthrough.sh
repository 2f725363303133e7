# What the README's walk-through runs with besides bash (tests/Blueindic.Readme.Tests runs it):
# curl, jq, and openssl for the test certificate; Debian's packages, installed when missing.
walkthrough_tools_ensure() {
  command -v curl >/dev/null 2>&1 || debian_package_ensure curl /usr/bin/curl
  command -v jq >/dev/null 2>&1 || debian_package_ensure jq /usr/bin/jq
  command -v openssl >/dev/null 2>&1 || debian_package_ensure openssl /usr/bin/openssl
}
