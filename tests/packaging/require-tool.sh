#!/usr/bin/env bash
# require-tool.sh DEBIAN_PACKAGE COMMAND [ARGS...]: runs COMMAND, or fails with
# an actionable message when it is not installed.
set -euo pipefail
package=$1 tool=$2
shift 2
if ! command -v "$tool" >/dev/null; then
    echo "$tool is missing: apt-get install $package" >&2
    exit 1
fi
exec "$tool" "$@"
