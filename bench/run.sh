#!/usr/bin/env bash
# bench/run.sh [--list] [MEASUREMENT...]
#
# Measures Latchkey against the budgets of DESIGN.md and prints a Markdown
# table; a full run also writes it to bench/results/latest.md. With names, only
# those measurements run (their table goes to bench/results/partial.md.tmp).
#
#   BUILD_DIR   the build to measure (default: build/release; make it with
#               `cmake --preset release && cmake --build --preset release`)
#   BENCH_RESULTS  where to write the table (overrides the defaults above)
#
# Everything runs inside tests/fixtures/test-env.sh (a private D-Bus session with
# a throw-away unlocked gnome-keyring and temporary HOME/XDG directories) and
# on a private Xvfb display, so no real user data, keychain or screen is used.
#
# Adding a row: write a function measure_NAME that calls `row` (and maybe
# `note`), add NAME to MEASUREMENTS with a one-line description, and describe
# it in bench/README.md. If it needs the local HTTP servers of test-env.sh
# (httpbin, the provider server), add NAME to NEEDS_SERVERS.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"

# Measurement name -> what it measures. Order = order of the rows.
MEASUREMENTS=(startup rss version keychain request throughput view tables)
declare -A DESCRIPTION=(
    [startup]="cold start to first painted window, latchkey vs an empty Qt Widgets window (hyperfine)"
    [rss]="idle memory (VmRSS) of the window with 20 tokens and 200 presets"
    [version]="latchkey --version (hyperfine)"
    [keychain]="keychain write + read round trip through KeychainSecretStore (QBENCHMARK)"
    [request]="a small request on loopback: Latchkey's HTTP layer vs curl, and whole latchkey send vs curl"
    [throughput]="a 50 MB JSON answer to /dev/null: latchkey send vs curl (hyperfine)"
    [view]="a 50 MB JSON answer in the response view: time until usable, longest UI stall, memory"
    [tables]="a 50 MB JSON list as a table: latchkey send --output csv vs curl | jq (hyperfine); sort and filter 100k rows"
)
# Measurements that need test-env.sh's HTTP servers (httpbin, provider server).
NEEDS_SERVERS=(request throughput view tables)

usage() {
    echo "usage: bench/run.sh [--list] [MEASUREMENT...]   (BUILD_DIR=... to pick the build)"
    echo "measurements:"
    for name in "${MEASUREMENTS[@]}"; do printf '  %-10s %s\n' "$name" "${DESCRIPTION[$name]}"; done
}

selected=()
for arg in "$@"; do
    case "$arg" in
        -h|--help|--list) usage; exit 0 ;;
        -*) usage >&2; exit 2 ;;
        *)
            [[ -n "${DESCRIPTION[$arg]:-}" ]] || { echo "bench: unknown measurement \"$arg\"" >&2; usage >&2; exit 2; }
            selected+=("$arg") ;;
    esac
done
partial=1
if [[ ${#selected[@]} -eq 0 ]]; then
    selected=("${MEASUREMENTS[@]}")
    partial=0
fi

BUILD_DIR="${BUILD_DIR:-$root/build/release}"
if [[ ! -d "$BUILD_DIR" ]]; then
    echo "bench: no build directory $BUILD_DIR; build the release preset first:
  cmake --preset release && cmake --build --preset release" >&2
    exit 2
fi
BUILD_DIR="$(cd "$BUILD_DIR" && pwd)"
LATCHKEY="$BUILD_DIR/app/latchkey"
EMPTY_WINDOW="$BUILD_DIR/bench/latchkey_bench_empty_window"
FIRST_PAINT_BENCH="$BUILD_DIR/bench/latchkey_bench_first_paint"
KEYCHAIN_BENCH="$BUILD_DIR/bench/latchkey_bench_keychain"
REQUEST_BENCH="$BUILD_DIR/bench/latchkey_bench_request"
VIEW_BENCH="$BUILD_DIR/bench/latchkey_bench_response_view"
TABLE_BENCH="$BUILD_DIR/bench/latchkey_bench_table"

# ---------------------------------------------------------------------------
# Outside the test environment: check the tools, then run this script again
# inside tests/fixtures/test-env.sh.
if [[ "${LATCHKEY_TEST_ENV:-}" != 1 ]]; then
    missing=()
    for tool in hyperfine:hyperfine Xvfb:xvfb jq:jq; do
        command -v "${tool%%:*}" >/dev/null || missing+=("${tool#*:}")
    done
    if [[ ${#missing[@]} -gt 0 ]]; then
        echo "bench: missing tools; apt-get install ${missing[*]}" >&2
        exit 2
    fi
    for binary in "$LATCHKEY" "$EMPTY_WINDOW" "$KEYCHAIN_BENCH" "$REQUEST_BENCH" "$VIEW_BENCH" "$TABLE_BENCH"; do
        [[ -x "$binary" ]] || { echo "bench: $binary is missing; build $BUILD_DIR (LATCHKEY_BUILD_BENCH=ON)" >&2; exit 2; }
    done
    servers=0
    for name in "${selected[@]}"; do
        for needy in "${NEEDS_SERVERS[@]}"; do [[ "$name" == "$needy" ]] && servers=1; done
    done
    export BUILD_DIR
    LATCHKEY_TEST_SERVERS=$servers exec "$root/tests/fixtures/test-env.sh" "$0" "$@"
fi

# ---------------------------------------------------------------------------
# Inside the test environment.
work="$(mktemp -d "${TMPDIR:-/tmp}/latchkey-bench.XXXXXX")"
xvfb_pid=""
cleanup() {
    [[ -n "$xvfb_pid" ]] && kill "$xvfb_pid" 2>/dev/null && wait "$xvfb_pid" 2>/dev/null
    rm -rf "$work"
}
trap cleanup EXIT

log() { echo "bench: $*" >&2; }

# A private X server on a free display (Xvfb picks it and tells us through fd 3).
start_xvfb() {
    Xvfb -displayfd 3 -screen 0 1920x1080x24 -nolisten tcp 3>"$work/display" >"$work/xvfb.log" 2>&1 &
    xvfb_pid=$!
    for _ in $(seq 1 100); do
        [[ -s "$work/display" ]] && break
        kill -0 "$xvfb_pid" 2>/dev/null || { cat "$work/xvfb.log" >&2; log "Xvfb did not start"; exit 1; }
        sleep 0.05
    done
    [[ -s "$work/display" ]] || { log "Xvfb did not report a display"; exit 1; }
    export DISPLAY=":$(tr -d '[:space:]' <"$work/display")"
    export QT_QPA_PLATFORM=xcb
    unset WAYLAND_DISPLAY
    # A plain X11 session: no desktop named, so Qt uses its own theme and
    # style rather than a desktop's platform theme (test-env.sh says GNOME,
    # which makes Qt load GTK). measure_rss shows the GNOME figure as well.
    unset XDG_CURRENT_DESKTOP DESKTOP_SESSION
    log "Xvfb on $DISPLAY"
}

# Each measurement gets its own empty Latchkey profile (data, settings, cache)
# so they do not depend on each other's tokens.
use_profile() {
    local dir="$work/profile-$1"
    mkdir -p "$dir/data" "$dir/config" "$dir/cache"
    export XDG_DATA_HOME="$dir/data" XDG_CONFIG_HOME="$dir/config" XDG_CACHE_HOME="$dir/cache"
}

ROWS=()
NOTES=()
# row WHAT RESULT BUDGET VERDICT
row() { ROWS+=("| $1 | $2 | $3 | $4 |"); }
note() { NOTES+=("- $*"); }
verdict() { # verdict OK?  -> "pass" / "**over budget**"
    if [[ "$1" == 1 ]]; then echo "pass"; else echo "**over budget**"; fi
}
# Floating point with awk: calc EXPR
calc() { awk "BEGIN { print $1 }"; }
ms() { awk -v s="$1" 'BEGIN { printf "%.1f", s * 1000 }'; }
quote() { printf '%q' "$1"; }

# hyperfine_mean JSON NAME -> mean seconds; hyperfine_stddev likewise
# cpu_mean NAME JSON... -> mean user + system seconds of NAME over the files (equal run counts)
cpu_mean() {
    local name=$1
    shift
    jq -rs --arg n "$name" '[.[].results[] | select(.command == $n) | .user + .system] | add / length' "$@"
}
# times_stats NAME JSON... -> "mean stddev" (seconds) over the runs of NAME in all the files
times_stats() {
    local name=$1
    shift
    jq -rs --arg n "$name" '[.[].results[] | select(.command == $n) | .times[]]
        | (add / length) as $m
        | "\($m) \((map((. - $m) * (. - $m)) | add) / (length - 1) | sqrt)"' "$@"
}
hyperfine_mean() { jq -r --arg n "$2" '.results[] | select(.command == $n) | .mean' "$1"; }
hyperfine_stddev() { jq -r --arg n "$2" '.results[] | select(.command == $n) | .stddev' "$1"; }

# ---------------------------------------------------------------------------
# Measurements: one function each.

measure_startup() {
    use_profile startup
    export LATCHKEY_BENCH_QUIT_AFTER_PAINT=1
    # Both must quit by themselves after their first paint, or hyperfine would wait forever.
    local binary
    for binary in "$LATCHKEY" "$EMPTY_WINDOW"; do
        if ! timeout 30 "$binary" >"$work/startup-check.log" 2>&1; then
            cat "$work/startup-check.log" >&2
            log "$binary did not quit after its first paint"
            row "Cold start to first painted window" "did not quit after its first paint" "≤ 1.5× empty window" "**failed**"
            unset LATCHKEY_BENCH_QUIT_AFTER_PAINT
            return
        fi
    done
    # 20 runs each, as two halves in opposite order (A B, then B A), so that a
    # change in machine load during the run does not favour one of the two.
    hyperfine -N --style basic --warmup 3 --runs 10 --export-json "$work/startup-1.json" \
        -n latchkey "$(quote "$LATCHKEY")" -n empty-window "$(quote "$EMPTY_WINDOW")" >&2
    hyperfine -N --style basic --warmup 3 --runs 10 --export-json "$work/startup-2.json" \
        -n empty-window "$(quote "$EMPTY_WINDOW")" -n latchkey "$(quote "$LATCHKEY")" >&2
    unset LATCHKEY_BENCH_QUIT_AFTER_PAINT

    # 20 more runs each, timed to the first paint alone: the process's whole run time
    # above includes its exit too, which is not part of "first painted window" (and an
    # empty window's exit happens to load the font configuration, which makes it longer).
    local paint_app paint_app_sd paint_empty paint_empty_sd paint_ratio figures
    if ! figures="$(first_paint)"; then
        row "Cold start to first painted window" "did not report its first paint" "≤ 1.5× empty window" "**failed**"
        return
    fi
    read -r paint_app paint_app_sd paint_empty paint_empty_sd paint_ratio <<<"$figures"

    local app empty app_sd empty_sd ratio
    read -r app app_sd < <(times_stats latchkey "$work"/startup-[12].json)
    read -r empty empty_sd < <(times_stats empty-window "$work"/startup-[12].json)
    ratio="$(awk -v a="$app" -v e="$empty" 'BEGIN { printf "%.2f", a / e }')"
    # CPU time (user + system) as well: it varies less with machine load than wall time.
    local app_cpu empty_cpu
    app_cpu="$(cpu_mean latchkey "$work"/startup-[12].json)"
    empty_cpu="$(cpu_mean empty-window "$work"/startup-[12].json)"
    row "Cold start to first painted window" \
        "to the first paint: $paint_app ms ± $paint_app_sd vs empty window $paint_empty ms ± $paint_empty_sd: **${paint_ratio}×**; whole process (hyperfine, exit included): $(ms "$app") ms ± $(ms "$app_sd") vs $(ms "$empty") ms ± $(ms "$empty_sd"): ${ratio}× (CPU time $(ms "$app_cpu") vs $(ms "$empty_cpu") ms: $(awk -v a="$app_cpu" -v e="$empty_cpu" 'BEGIN { printf "%.2f", a / e }')×)" \
        "≤ 1.5× empty window" "$(verdict "$(calc "$paint_ratio <= 1.5")")"

    # For information: a later start, with tokens. The window then shows the token list,
    # the selected token's details and the request editor instead of the welcome page.
    use_profile startup-tokens
    if add_bench_tokens && figures="$(first_paint)"; then
        read -r paint_app paint_app_sd paint_empty paint_empty_sd paint_ratio <<<"$figures"
        note "Start-up with 20 tokens (token list, details and request editor showing), to the first paint:" \
            "$paint_app ms ± $paint_app_sd vs empty window $paint_empty ms ± $paint_empty_sd: ${paint_ratio}×" \
            "(the budget's row above is the first start, with no token)."
    fi
}

# Latchkey and the empty window, 20 runs each, timed from start to their first paint
# (latchkey_bench_first_paint). Prints "LATCHKEY_MS SD EMPTY_MS SD RATIO"; fails when
# a program did not report its first paint.
first_paint() {
    local out
    out="$(LATCHKEY_BENCH_QUIT_AFTER_PAINT=1 "$FIRST_PAINT_BENCH" --runs 20 --warmup 3 \
        latchkey="$LATCHKEY" empty-window="$EMPTY_WINDOW")" || return 1
    awk '$1 == "latchkey" { a = $2; asd = $3 } $1 == "empty-window" { e = $2; esd = $3 }
         END { printf "%s %s %s %s %.2f\n", a, asd, e, esd, a / e }' <<<"$out"
}

# 20 tokens in the current profile, added the way a person would from the command
# line. Secrets are random and shaped like real GitHub / GitLab tokens.
add_bench_tokens() {
    local i secret
    for i in $(seq -w 1 20); do
        if ((10#$i % 2)); then
            secret="ghp_$(head -c 64 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' | head -c 36)"
        else
            secret="glpat-$(head -c 64 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' | head -c 20)"
        fi
        if ! printf '%s' "$secret" | "$LATCHKEY" tokens add "Bench token $i" >"$work/tokens-add.log" 2>&1; then
            cat "$work/tokens-add.log" >&2
            log "could not add token $i"
            return 1
        fi
    done
}

measure_rss() {
    use_profile rss
    if ! add_bench_tokens; then
        row "Idle window, 20 tokens, 200 presets (VmRSS)" "could not add the tokens" "≤ 60 MB" "**failed**"
        return
    fi
    # And 200 presets, brought in as one Postman collection (no network needed).
    jq -n '{info: {name: "Bench presets",
                   schema: "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
            item: [range(200) as $i | {name: "Bench preset \($i)",
                   request: {method: "GET", url: "https://api.github.com/user/repos?page=\($i)",
                             header: [{key: "Accept", value: "application/vnd.github+json"}]}}]}' \
        >"$work/rss-presets.json"
    if ! "$LATCHKEY" import "$work/rss-presets.json" --collection "Bench presets" >"$work/rss-import.log" 2>&1; then
        cat "$work/rss-import.log" >&2
        row "Idle window, 20 tokens, 200 presets (VmRSS)" "could not import the presets" "≤ 60 MB" "**failed**"
        return
    fi

    local app empty gnome
    app="$(idle_rss "$LATCHKEY")" || { row "Idle window, 20 tokens, 200 presets (VmRSS)" "the window exited early" "≤ 60 MB" "**failed**"; return; }
    empty="$(idle_rss "$EMPTY_WINDOW" --stay)" || empty=""
    gnome="$(XDG_CURRENT_DESKTOP=GNOME DESKTOP_SESSION=gnome idle_rss "$LATCHKEY")" || gnome=""
    row "Idle window, 20 tokens, 200 presets (VmRSS after 3 s)" \
        "**$(mib "$app") MiB**; empty Qt window $(mib "$empty") MiB; with GNOME's GTK theme $(mib "$gnome") MiB" \
        "≤ 60 MB" "$(verdict "$(calc "$app / 1024 <= 60")")"
    note "Idle memory: median VmRSS of 3 runs, in a plain X11 session (Qt's own Fusion style). Under" \
        "XDG_CURRENT_DESKTOP=GNOME, Qt loads its GTK 3 platform theme, and GTK initialises OpenGL: on Xvfb" \
        "that is Mesa's software renderer with libLLVM (~45 MB resident), which is why that figure is larger."
}

# idle_rss BINARY [ARGS...] -> median VmRSS in kB of 3 runs: start, settle 3 s, read, close.
idle_rss() {
    local samples=() run pid kb
    for run in 1 2 3; do
        "$@" >"$work/idle-window.log" 2>&1 &
        pid=$!
        sleep 3
        kb="$(awk '/^VmRSS:/ { print $2 }' "/proc/$pid/status" 2>/dev/null || true)"
        kill "$pid" 2>/dev/null || true
        wait "$pid" 2>/dev/null || true
        if [[ -z "$kb" ]]; then
            cat "$work/idle-window.log" >&2
            log "$1 exited before it could be measured"
            return 1
        fi
        samples+=("$kb")
    done
    printf '%s\n' "${samples[@]}" | sort -n | sed -n 2p
}
mib() { [[ -n "$1" ]] && awk -v k="$1" 'BEGIN { printf "%.1f", k / 1024 }' || echo "?"; }

measure_version() {
    use_profile version
    hyperfine -N --style basic --warmup 3 --runs 50 --export-json "$work/version.json" \
        -n version "$(quote "$LATCHKEY") --version" >&2
    local mean sd
    mean="$(hyperfine_mean "$work/version.json" version)"
    sd="$(hyperfine_stddev "$work/version.json" version)"
    row "\`latchkey --version\`" "**$(ms "$mean") ms** ± $(ms "$sd")" "≤ 30 ms" \
        "$(verdict "$(calc "$mean * 1000 <= 30")")"
}

measure_keychain() {
    use_profile keychain
    # Qt Test's QBENCHMARK (walltime, 50 iterations each); CSV: "function","tag","metric",value,total,iterations
    if ! "$KEYCHAIN_BENCH" -iterations 50 -o "$work/keychain.csv,csv" -o "$work/keychain.txt,txt" >/dev/null 2>"$work/keychain.err"; then
        cat "$work/keychain.txt" "$work/keychain.err" >&2 || true
        row "Keychain write + read (KeychainSecretStore)" "the benchmark failed" "—" "**failed**"
        return
    fi
    local round write_ms read_ms
    per_op() { awk -F, -v f="\"$1\"" '$1 == f { printf "%.2f", $4 }' "$work/keychain.csv"; }
    round="$(per_op writeReadRoundTrip)"
    write_ms="$(per_op writeOnly)"
    read_ms="$(per_op readOnly)"
    if [[ -z "$round" ]]; then
        cat "$work/keychain.txt" >&2 || true
        row "Keychain write + read (KeychainSecretStore)" "no result (skipped?)" "—" "**failed**"
        return
    fi
    row "Keychain write + read (KeychainSecretStore)" \
        "**${round} ms** per round trip (write ${write_ms} ms, read ${read_ms} ms)" "— (no budget)" "—"
    note "Keychain times are for gnome-keyring on a private D-Bus session (test-env.sh), not a desktop session's keyring."
}

measure_request() {
    use_profile request
    local url="$LATCHKEY_TEST_PROVIDER/health" ours curl_median i
    ours="$("$REQUEST_BENCH" "$url" 200)" || { row "Small request on loopback" "the benchmark failed" "≤ 2 ms over curl" "**failed**"; return; }
    # curl's own measure of the same request, 200 times (a new connection each time, as curl works).
    curl_median="$(for i in $(seq 1 205); do curl -s -o /dev/null -w '%{time_total}\n' "$url"; done | tail -n 200 | sort -n |
        awk '{ a[NR] = $1 } END { printf "%.3f", a[int(NR / 2) + 1] * 1000 }')"
    local median
    median="$(sed -n 's/.*median_ms=\([0-9.]*\).*/\1/p' <<<"$ours")"
    # Whole commands, start-up included.
    hyperfine -N --style basic --warmup 5 --runs 40 --export-json "$work/request.json" \
        -n latchkey "$(quote "$LATCHKEY") send $(quote "$url") --output raw --quiet" \
        -n curl "curl -s $(quote "$url")" >&2
    local cli curl_cli
    cli="$(hyperfine_mean "$work/request.json" latchkey)"
    curl_cli="$(hyperfine_mean "$work/request.json" curl)"
    row "Small request on loopback (GET, 2 bytes)" \
        "**${median} ms** per request in Latchkey's HTTP layer vs curl's ${curl_median} ms: $(awk -v a="$median" -v c="$curl_median" 'BEGIN { printf "%+.2f", a - c }') ms; whole \`latchkey send\` $(ms "$cli") ms vs \`curl\` $(ms "$curl_cli") ms" \
        "≤ 2 ms over curl" "$(verdict "$(calc "$median - $curl_median <= 2")")"
    note "Small request: the HTTP layer reuses its connection (one QNetworkAccessManager per session, as the app does); curl opens a new one each time (time_total). The whole-command figures include process start-up: Qt Core and Network loading, about 15 ms of the total."
}

measure_throughput() {
    use_profile throughput
    local url="$LATCHKEY_TEST_PROVIDER/big.json?count=200000" size
    size="$(curl -s "$url" | wc -c)"
    hyperfine -N --style basic --warmup 2 --runs 10 --export-json "$work/throughput.json" \
        -n latchkey-stdout "sh -c $(quote "$(quote "$LATCHKEY") send $(quote "$url") --output raw --quiet >/dev/null")" \
        -n curl "sh -c $(quote "curl -s $(quote "$url") >/dev/null")" >&2
    local ours curl ratio
    ours="$(hyperfine_mean "$work/throughput.json" latchkey-stdout)"
    curl="$(hyperfine_mean "$work/throughput.json" curl)"
    ratio="$(awk -v a="$ours" -v c="$curl" 'BEGIN { printf "%.2f", a / c }')"
    row "50 MB JSON answer to /dev/null ($(awk -v b="$size" 'BEGIN { printf "%.1f", b / 1e6 }') MB)" \
        "\`latchkey send -o raw\` $(ms "$ours") ms vs \`curl\` $(ms "$curl") ms: **${ratio}×**" \
        "≤ 1.5× curl" "$(verdict "$(calc "$ratio <= 1.5")")"
}

measure_view() {
    use_profile view
    local url="$LATCHKEY_TEST_PROVIDER/big.json?count=200000" out
    out="$("$VIEW_BENCH" "$url" 2>"$work/view.err")" || { cat "$work/view.err" >&2; row "50 MB JSON in the response view" "the benchmark failed" "UI stall ≤ 50 ms" "**failed**"; return; }
    local value
    value() { sed -n "s/.*$1=\([0-9]*\).*/\1/p" <<<"$out"; }
    row "50 MB JSON in the response view (200k objects)" \
        "Pretty view usable **$(value ready_ms) ms** after the answer arrived (indented off the UI thread in $(value digest_ms) ms); Table tab: first rows **$(value table_first_ms) ms**, all $(value table_rows) rows **$(value table_all_ms) ms**; longest UI stall **$(value max_stall_ms) ms** ($(value max_stall_showing_ms) ms after the answer arrived); $(mib "$(value rss_kb)") MiB RSS after viewing" \
        "UI thread never blocked > 50 ms" "$(verdict "$(calc "$(value max_stall_ms) <= 50")")"
}

measure_tables() {
    use_profile tables
    local url="$LATCHKEY_TEST_PROVIDER/big.json?count=200000" size
    size="$(curl -s "$url" | wc -c)"
    # The same list to CSV on stdout: Latchkey (download, table, CSV) vs curl piped into jq (one line per object).
    hyperfine -N --style basic --warmup 1 --runs 8 --export-json "$work/tables.json" \
        -n latchkey-csv "sh -c $(quote "$(quote "$LATCHKEY") send $(quote "$url") --output csv --quiet >/dev/null")" \
        -n curl-jq "sh -c $(quote "curl -s $(quote "$url") | jq -c '.[]' >/dev/null")" >&2
    local ours theirs
    ours="$(hyperfine_mean "$work/tables.json" latchkey-csv)"
    theirs="$(hyperfine_mean "$work/tables.json" curl-jq)"
    row "50 MB JSON list to CSV ($(awk -v b="$size" 'BEGIN { printf "%.1f", b / 1e6 }') MB, 200k objects)" \
        "\`latchkey send --output csv\` **$(ms "$ours") ms** vs \`curl | jq -c '.[]'\` $(ms "$theirs") ms" \
        "faster than curl + jq" "$(verdict "$(calc "$ours < $theirs")")"
    # Sort and filter on 100k rows, the window's path (core/data; FIGURE lines, median of three).
    local figures
    figures="$("$TABLE_BENCH" figures 2>"$work/tables.err")" || { cat "$work/tables.err" >&2; row "100k-row table: sort, filter" "the benchmark failed" "≤ 300 ms" "**failed**"; return; }
    figure() { awk -v w="$1" 'index($0, "FIGURE " w) == 1 { print $(NF - 1); exit }' <<<"$figures"; }
    local sort_text sort_number filter_all filter_one worst
    sort_text="$(figure "sort 100k by text")"
    sort_number="$(figure "sort 100k by number")"
    filter_all="$(figure "filter 100k, all columns ('crash')")"
    filter_one="$(figure "filter 100k, one column")"
    worst="$(printf '%s\n' "$sort_text" "$sort_number" "$filter_all" "$filter_one" | sort -n | tail -n 1)"
    row "100k-row table: sort, filter" \
        "sort by text **${sort_text} ms**, by number ${sort_number} ms; search all columns **${filter_all} ms**, one column ${filter_one} ms" \
        "≤ 300 ms" "$(verdict "$(calc "$worst <= 300")")"
    row "200k rows into the window's table (core path, no display)" \
        "first rows $(figure "window: time to first rows") ms, all rows $(figure "window: all 200k rows in the model") ms, longest UI-thread stall $(figure "window: longest UI event-loop stall") ms; peak RSS $(figure "peak RSS of this process") MB" \
        "UI thread never blocked > 50 ms" "$(verdict "$(calc "$(figure "window: longest UI event-loop stall") <= 50")")"
}

# ---------------------------------------------------------------------------

start_xvfb

for name in "${selected[@]}"; do
    log "measuring $name: ${DESCRIPTION[$name]}"
    "measure_$name"
done

build_type="$(sed -n 's/^CMAKE_BUILD_TYPE:[A-Z]*=//p' "$BUILD_DIR/CMakeCache.txt" 2>/dev/null || true)"
if [[ "$build_type" != Release ]]; then
    note "**This build is \"${build_type:-unknown}\", not Release: use the release preset for figures you quote.**"
fi
commit="$(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo unknown)"
if [[ -n "$(git -C "$root" status --porcelain --untracked-files=no -- . ":(exclude)bench/results" 2>/dev/null)" ]]; then
    commit="$commit + uncommitted changes"
fi
cpu="$(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo)"
load="$(cut -d' ' -f1-3 /proc/loadavg)"
qt="$(dpkg-query -W -f '${Version}' libqt6core6 2>/dev/null || echo unknown)"

report="$work/report.md"
{
    echo "# Latchkey benchmarks"
    echo
    # The build folder as seen from the repository, so no machine's own paths land in the results.
    echo "$(date -u '+%Y-%m-%d %H:%M UTC') · commit $commit · $build_type build ($(realpath --relative-to="$root" "$BUILD_DIR"))"
    echo "· ${cpu:-unknown CPU}, $(nproc) CPUs, load average $load at the end · $(uname -sr) · Qt $qt"
    echo "· Xvfb 1920×1080×24, no window manager, plain X11 session (no desktop platform theme)"
    echo
    echo "| Measurement | Result | Budget | Verdict |"
    echo "|---|---|---|---|"
    printf '%s\n' "${ROWS[@]}"
    if [[ ${#NOTES[@]} -gt 0 ]]; then
        echo
        printf '%s\n' "${NOTES[@]}"
    fi
    echo
    echo "How these are measured: bench/README.md. Re-run with \`bench/run.sh\`."
} >"$report"

if [[ -n "${BENCH_RESULTS:-}" ]]; then
    out="$BENCH_RESULTS"
elif [[ $partial == 1 ]]; then
    out="$here/results/partial.md.tmp"
else
    out="$here/results/latest.md"
fi
mkdir -p "$(dirname "$out")"
cp "$report" "$out"
echo
cat "$report"
log "written to $out"
