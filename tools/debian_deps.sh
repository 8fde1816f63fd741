#!/usr/bin/env bash
# Install the Debian packages listed in the given files when they are missing.
# As root on Debian: apt-get installs them. Otherwise: print the exact apt-get line to run.
set -euo pipefail
pkgs=()
for list in "$@"; do
  while read -r line; do
    line=${line%%#*}; line=${line//[[:space:]]/}
    [ -n "$line" ] && pkgs+=("$line")
  done < "$list"
done
command -v dpkg-query >/dev/null 2>&1 || { echo "makersquare: not a Debian system; install the equivalents of: ${pkgs[*]}" >&2; exit 0; }
missing=()
for p in "${pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing Debian packages: ${missing[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
else
  echo "makersquare: some Debian packages are missing. Run:" >&2
  echo "  sudo apt-get install -y --no-install-recommends ${missing[*]}" >&2
fi
