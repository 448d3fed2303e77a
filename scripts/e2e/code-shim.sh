#!/usr/bin/env bash
# Plays the `code` executable for @vscode/test-electron where no desktop VS Code can be had:
# takes the arguments runTests() passes (--extensionDevelopmentPath, --extensionTestsPath,
# --user-data-dir, --extensions-dir, a folder) and runs that suite in code-server through
# headless chromium instead. See code-shim.ts and test/e2e/README.md.
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
exec "$root/node_modules/.bin/tsx" "$root/scripts/e2e/code-shim.ts" "$@"
