# Shared by scripts/run, scripts/test and scripts/bench: set up what feedhub needs on a fresh machine.
# Source it; it defines functions and changes nothing by itself.

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="$ROOT/.venv"

log() { printf '==> %s\n' "$*" >&2; }

find_python() {
    for py in python3.11 python3.12 python3.13 python3; do
        if command -v "$py" >/dev/null 2>&1 &&
            "$py" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
            command -v "$py"
            return 0
        fi
    done
    echo "feedhub needs Python 3.11 or newer; none found on PATH" >&2
    return 1
}

# ensure_venv [EXTRAS]: create .venv and install feedhub (editable) with the given extras,
# again only when pyproject.toml changed since the last install.
ensure_venv() {
    local extras="${1:-}" spec="$ROOT" marker
    [ -n "$extras" ] && spec="$ROOT[$extras]"
    marker="$VENV/.installed-${extras:-base}"
    if [ ! -x "$VENV/bin/python" ]; then
        log "creating virtual environment in $VENV"
        "$(find_python)" -m venv "$VENV"
    fi
    if [ ! -f "$marker" ] || [ "$ROOT/pyproject.toml" -nt "$marker" ]; then
        log "installing feedhub${extras:+ with [$extras]} and its dependencies"
        "$VENV/bin/python" -m pip install --quiet --upgrade pip >/dev/null 2>&1 || true
        "$VENV/bin/python" -m pip install --quiet --editable "$spec"
        touch "$marker"
    fi
}

as_root() {
    if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

apt_install() {
    log "installing Debian packages: $*"
    as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@" >/dev/null
}

# ensure_postgres: the PostgreSQL server binaries (initdb, pg_ctl) for the throwaway
# cluster the tests start on loopback.
ensure_postgres() {
    if compgen -G "/usr/lib/postgresql/*/bin/initdb" >/dev/null || command -v initdb >/dev/null 2>&1; then
        return 0
    fi
    apt_install postgresql
}

# ensure_debian_tools: programs the tests drive as real peers (newsboat polls our feeds,
# a headless Chromium opens our pages).
ensure_debian_tools() {
    local missing=()
    command -v newsboat >/dev/null 2>&1 || missing+=(newsboat)
    command -v chromium >/dev/null 2>&1 || missing+=(chromium)
    [ ${#missing[@]} -eq 0 ] || apt_install "${missing[@]}"
}

# ensure_bench_tools NAME: the Debian programs a benchmark drives as peers or load
# generators (fetch: nginx serves the sources; serve: wrk against feedhub and nginx;
# workers: nginx and a PostgreSQL server).
ensure_bench_tools() {
    local missing=()
    case "$1" in
        fetch) command -v nginx >/dev/null 2>&1 || missing+=(nginx) ;;
        workers)
            command -v nginx >/dev/null 2>&1 || missing+=(nginx)
            ensure_postgres
            ;;
        serve)
            command -v nginx >/dev/null 2>&1 || missing+=(nginx)
            command -v wrk >/dev/null 2>&1 || missing+=(wrk)
            ;;
    esac
    [ ${#missing[@]} -eq 0 ] || apt_install "${missing[@]}"
}
