#!/usr/bin/env bash
# Builds the benchmarks and their peers, then prints every performance figure of the README
# beside the program a user would otherwise use, one line per figure:
#   name: median unit (min–max, n runs)
# Usage: tests/bench/run.sh [build-dir] [runs]   (default: build, 9 runs)
# Peers: botocore (python3-botocore) for the signature, Debian's AWS CLI (/usr/bin/aws) for the
# CLI, a bare Qt Widgets window (bench_barewindow) for the window. Not part of ctest: it only
# measures, and takes a few minutes.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
build="${1:-build}"
runs="${2:-9}"
cmake --build "$build" --target importdesk importdesk-cli importdesk-sandbox bench_sigv4 \
    bench_startup bench_barewindow
exec /usr/bin/python3 "$here/run_figures.py" "$build" "$runs"
