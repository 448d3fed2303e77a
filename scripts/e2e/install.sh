#!/usr/bin/env bash
# Installs what the end-to-end tests need, outside the checkout, and prints the folder that
# holds it (the only line on standard output; everything else goes to standard error).
#
#   - Debian packages: a compiler toolchain, python3, pkg-config and libkrb5-dev (code-server's
#     native modules build from source), ripgrep (its binary seeds @vscode/ripgrep, whose own
#     download host is unreachable here) and chromium (the headless browser);
#   - code-server (a real VS Code whose extension host runs on this machine's Node 20) and
#     playwright-core (drives chromium; downloads no browser), from the npm registry.
#
# A second run finds everything in place and returns at once. The npm part goes into a
# staging folder that is renamed only once it is complete, so an interrupted install is
# redone rather than half-used. See test/e2e/README.md.
#
# Where: $CABLEWRIGHT_E2E_HOME, else /opt/cablewright-e2e when writable (root), else
# $HOME/.cache/cablewright-e2e.
set -euo pipefail

# Everything below logs to standard error; the result goes to the saved standard output.
exec 3>&1 1>&2

CODE_SERVER_VERSION=4.100.3   # the newest code-server that runs on Node 20
PLAYWRIGHT_VERSION=1.65.1
# What code-server's bundled @vscode/ripgrep asks for, and where it looks before downloading.
RIPGREP_PACKAGE_VERSION=1.15.11
RIPGREP_VERSION=v13.0.0-10

if [ -n "${CABLEWRIGHT_E2E_HOME:-}" ]; then
  home="$CABLEWRIGHT_E2E_HOME"
elif mkdir -p /opt/cablewright-e2e 2>/dev/null && [ -w /opt/cablewright-e2e ]; then
  home=/opt/cablewright-e2e
else
  home="$HOME/.cache/cablewright-e2e"
fi
mkdir -p "$home"
target="$home/code-server-$CODE_SERVER_VERSION-playwright-$PLAYWRIGHT_VERSION"

# One install at a time (two runs started together share the folder).
exec 9>"$home/.install.lock"
flock 9

# --- Debian packages ---------------------------------------------------------------------
missing=()
for pkg in build-essential python3 pkg-config libkrb5-dev ripgrep chromium; do
  if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'ok installed'; then missing+=("$pkg"); fi
done
if [ "${#missing[@]}" -gt 0 ]; then
  if [ "$(id -u)" != 0 ]; then
    echo "e2e install: missing Debian packages (${missing[*]}); install them as root:" \
      "apt-get install -y --no-install-recommends ${missing[*]}"
    exit 1
  fi
  echo "e2e install: apt-get install ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

# --- code-server and playwright-core ------------------------------------------------------
if [ -f "$target/.complete" ] && [ -x "$target/node_modules/.bin/code-server" ]; then
  echo "e2e install: reusing $target"
  echo "$target" >&3
  exit 0
fi

case "$(uname -m)" in
  x86_64) rg_target=x86_64-unknown-linux-musl ;;
  aarch64) rg_target=aarch64-unknown-linux-musl ;;
  *) echo "e2e install: no ripgrep seed for $(uname -m)"; exit 1 ;;
esac

staging="$home/.staging-$$"
trap 'rm -rf "$staging"' EXIT
rm -rf "$staging"
mkdir -p "$staging/tmp" "$staging/pkg"

# @vscode/ripgrep's postinstall looks in $TMPDIR/vscode-ripgrep-cache-<its version>/ before it
# tries to download; Debian's rg is the same ripgrep 13.
export TMPDIR="$staging/tmp"
seed="$TMPDIR/vscode-ripgrep-cache-$RIPGREP_PACKAGE_VERSION"
mkdir -p "$seed"
tar czf "$seed/ripgrep-$RIPGREP_VERSION-$rg_target.tar.gz" -C "$(dirname "$(command -v rg)")" rg

# Root installs run lifecycle scripts only with unsafe-perm; node-pty's install calls npx,
# which must not stop to ask; node-gyp takes the headers of the Node that is installed
# instead of downloading them.
export npm_config_unsafe_perm=true npm_config_yes=true npm_config_nodedir="${npm_config_nodedir:-/usr}"
export npm_config_fund=false npm_config_audit=false npm_config_update_notifier=false
# Keep the builds' caches inside the staging folder too.
export XDG_CACHE_HOME="$staging/tmp/cache"

echo "e2e install: npm install code-server@$CODE_SERVER_VERSION playwright-core@$PLAYWRIGHT_VERSION into $target"
started=$(date +%s)
cd "$staging/pkg"
printf '{ "name": "cablewright-e2e-tools", "private": true }\n' > package.json
npm install --no-save --foreground-scripts --loglevel=error \
  "code-server@$CODE_SERVER_VERSION" "playwright-core@$PLAYWRIGHT_VERSION"

# The install must have produced a working ripgrep and the native modules VS Code loads.
vscode="$staging/pkg/node_modules/code-server/lib/vscode"
test -x "$vscode/node_modules/@vscode/ripgrep/bin/rg" || { echo "e2e install: ripgrep is missing"; exit 1; }
test -d "$vscode/node_modules/node-pty/build/Release" || { echo "e2e install: node-pty did not build"; exit 1; }
test -x "$staging/pkg/node_modules/.bin/code-server" || { echo "e2e install: code-server has no bin"; exit 1; }

touch "$staging/pkg/.complete"
rm -rf "$target"
mv "$staging/pkg" "$target"
# Installs of other versions are no longer used by this checkout.
for old in "$home"/code-server-*; do
  if [ "$old" != "$target" ] && [ -d "$old" ]; then rm -rf "$old"; fi
done
echo "e2e install: done in $(( $(date +%s) - started )) s"
echo "$target" >&3
