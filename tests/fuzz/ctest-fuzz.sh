#!/bin/sh
# The fuzzing step of the test suite: builds the libFuzzer targets with clang
# (the "fuzz" preset, in its own build directory) and runs each of them for a
# bounded time on the seed corpus (run-fuzzers.sh). Fails on any crash, leak,
# time-out or broken invariant.
#   tests/fuzz/ctest-fuzz.sh SOURCE_DIR BUILD_DIR [SECONDS_PER_TARGET]
set -eu
source_dir=${1:?usage: ctest-fuzz.sh SOURCE_DIR BUILD_DIR [SECONDS_PER_TARGET]}
build_dir=${2:?usage: ctest-fuzz.sh SOURCE_DIR BUILD_DIR [SECONDS_PER_TARGET]}
seconds=${3:-20}
if ! command -v clang++ >/dev/null 2>&1; then
    echo "ctest-fuzz: clang++ is missing (Debian package clang); the fuzz targets need it." >&2
    exit 1
fi
cd "$source_dir"
if [ ! -f "$build_dir/build.ninja" ]; then
    cmake --preset fuzz -B "$build_dir" >"$build_dir.configure.log" 2>&1 || {
        cat "$build_dir.configure.log" >&2
        exit 1
    }
fi
echo "== building the fuzz targets in $build_dir"
cmake --build "$build_dir" --target fuzzers -- -j2 >"$build_dir.build.log" 2>&1 || {
    tail -n 60 "$build_dir.build.log" >&2
    exit 1
}
exec "$source_dir/tests/fuzz/run-fuzzers.sh" "$build_dir" "$seconds"
