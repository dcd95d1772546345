#!/usr/bin/env bash
# Create .venv (if missing) and install the full lock file into it.
# uv (from PyPI, kept in .local/uvtool) installs the ~190 pins in seconds; its cache
# stays inside the repo's ignored .local/ so nothing is cached elsewhere.
set -euo pipefail
cd "$(dirname "$0")/.."
PY="${PYTHON:-python3}"
"$PY" -c 'import sys; assert sys.version_info[:2] == (3, 11), f"Python 3.11 needed, found {sys.version}"' \
  || { echo "setup: this project needs Python 3.11 (set PYTHON=/path/to/python3.11)" >&2; exit 1; }
export UV_CACHE_DIR="${UV_CACHE_DIR:-$PWD/.local/uv-cache}"
mkdir -p .local
if [ ! -x .local/uvtool/bin/uv ]; then
  echo "setup: installing uv into .local/uvtool" >&2
  "$PY" -m venv .local/uvtool
  PIP_NO_CACHE_DIR=1 .local/uvtool/bin/pip install -q uv==0.13.9
fi
[ -x .venv/bin/python ] || "$PY" -m venv .venv
echo "setup: installing requirements.lock into .venv" >&2
.local/uvtool/bin/uv pip install -q --python .venv/bin/python -r requirements.lock
.local/uvtool/bin/uv pip install -q --python .venv/bin/python --no-deps -e .
echo "setup: done ($(.venv/bin/python --version))" >&2
