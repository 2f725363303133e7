# xmlsec1, sourced by build.sh after pdf.sh: the signed Facturae tests' second verifier (the XML Security Library).
xmlsec_ensure() {
  command -v xmlsec1 >/dev/null 2>&1 || debian_package_ensure xmlsec1 /usr/bin/xmlsec1
}
