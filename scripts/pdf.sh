# Debian packages for the invoice PDFs, sourced by build.sh: the fonts the API embeds
# (fonts-dejavu-core, for run, test and bench) and poppler's pdftoppm/pdffonts (the PDF tests' oracle).

# Installs Debian's package $1 when the file $2 is missing and this is root on Debian; never fails.
debian_package_ensure() {
  [ -e "$2" ] && return 0
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "» $2 missing: installing Debian's $1 package" >&2
    { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$1"; } >&2 \
      || echo "» Could not install $1" >&2
  fi
  [ -e "$2" ] || echo "» $2 is still missing: install Debian's $1 package" >&2
  return 0
}

# The DejaVu Sans faces every invoice PDF embeds (without them the PDF endpoints answer 503).
pdf_fonts_ensure() {
  local dir="${BLUEINDIC_PDF_FONTS:-/usr/share/fonts/truetype/dejavu}" face
  for face in DejaVuSans.ttf DejaVuSans-Bold.ttf; do debian_package_ensure fonts-dejavu-core "$dir/$face"; done
}

# pdftoppm and pdffonts: the tests render the PDFs and list their fonts with them.
poppler_ensure() {
  command -v pdftoppm >/dev/null 2>&1 || debian_package_ensure poppler-utils /usr/bin/pdftoppm
}
