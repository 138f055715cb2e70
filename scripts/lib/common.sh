# scripts/lib/common.sh — shared by scripts/test and bench/run (sourced, not run):
# output lines, processes stopped by pid, free ports, Debian packages, and a throwaway
# PostgreSQL cluster on 127.0.0.1 that is our own child. Each script keeps its own steps.

# ---------------------------------------------------------------- output
say()  { printf '\n==> %s\n' "$*"; }
info() { printf '    %s\n' "$*"; }
warn() { printf '!!! %s\n' "$*" >&2; }
die()  { warn "$*"; exit 1; }

# ---------------------------------------------------------------- processes
alive() {  # alive PID: running and not a zombie (a reparented child may stay a zombie for a while)
    local s
    s=$(cat "/proc/$1/stat" 2>/dev/null) || return 1
    s=${s##*) }
    [[ "${s%% *}" != Z ]]
}

stop_pid() {  # stop_pid PID NAME [SIGNAL]: signal (TERM), wait up to 20 s, then KILL; reap our child
    local pid="$1" name="$2" sig="${3:-TERM}" i
    [[ -n "$pid" ]] || return 0
    if alive "$pid"; then
        info "stopping $name (pid $pid)"
        kill -"$sig" "$pid" 2>/dev/null || true
        for ((i = 0; i < 200; i++)); do
            alive "$pid" || break
            sleep 0.1
        done
        if alive "$pid"; then
            warn "$name (pid $pid) did not stop after SIG$sig; sending SIGKILL"
            kill -KILL "$pid" 2>/dev/null || true
        fi
    fi
    wait "$pid" 2>/dev/null || true
}

free_port() {
    python3 -c 'import socket
s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}

pkg_installed() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q 'install ok installed'; }

# apt_install PKG...: installs those not yet installed (needs root), quietly; the log only on failure
apt_install() {
    local missing=() p
    for p in "$@"; do pkg_installed "$p" || missing+=("$p"); done
    if (( ${#missing[@]} == 0 )); then
        info "Debian packages present: $*"
        return 0
    fi
    say "Installing Debian packages: ${missing[*]}"
    if [[ $(id -u) -ne 0 ]]; then
        warn "need root to install ${missing[*]} (or install them yourself)"
        return 1
    fi
    local log rc=0
    log=$(mktemp)
    { apt-get update -qq && apt-get install -y -qq --no-install-recommends "${missing[@]}"; } >"$log" 2>&1 || rc=$?
    if (( rc != 0 )); then cat "$log" >&2; warn "apt-get install ${missing[*]} failed"; fi
    rm -f "$log"
    return "$rc"
}

# What Tafel runs to read uploaded originals: pdftotext for PDF, unzip for DOCX and ODT (docs/DOCUMENTEN.md)
FILE_TOOL_PACKAGES=(poppler-utils unzip)

# ---------------------------------------------------------------- throwaway PostgreSQL
PG_BIN=""
PG_PORT=""
PG_PID=""
PG_DATA=""

# pg_start ROOT NAME [CONFIG_LINE...]: initdb in ROOT/data as the postgres user (trust on
# loopback only), start the postmaster directly so that its pid is ours ($PG_PID, reaped by
# `wait` after pg_stop), and wait until it answers. NAME heads the config block it appends.
pg_start() {
    local root="$1" name="$2" line
    shift 2
    PG_BIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
    [[ -n "$PG_BIN" && -x "$PG_BIN/initdb" && -x "$PG_BIN/postgres" ]] \
        || die "no PostgreSQL server binaries under /usr/lib/postgresql/*/bin"
    id postgres >/dev/null 2>&1 || die "OS user 'postgres' missing (the postgresql package creates it)"
    PG_DATA="$root/data"
    mkdir -p "$PG_DATA" "$root/sock"
    chown -R postgres:postgres "$root"
    chmod 700 "$PG_DATA"
    PG_PORT=$(free_port)
    (cd "$root" && runuser -u postgres -- "$PG_BIN/initdb" -D "$PG_DATA" -U postgres --auth=trust \
        --encoding=UTF8 --no-locale --no-sync) >"$root/initdb.log" 2>&1 \
        || { cat "$root/initdb.log" >&2; die "initdb failed"; }
    {
        printf '\n# %s: throwaway cluster\n' "$name"
        printf "listen_addresses = '127.0.0.1'\nport = %s\nunix_socket_directories = '%s'\n" "$PG_PORT" "$root/sock"
        printf 'fsync = off\nsynchronous_commit = off\nfull_page_writes = off\n'
        for line in "$@"; do printf '%s\n' "$line"; done
    } >>"$PG_DATA/postgresql.conf"
    printf '# %s: trust, loopback only\nlocal all all trust\nhost all all 127.0.0.1/32 trust\n' "$name" >"$PG_DATA/pg_hba.conf"
    ( cd "$root" && exec setpriv --reuid=postgres --regid=postgres --init-groups -- \
        "$PG_BIN/postgres" -D "$PG_DATA" ) </dev/null >"$root/server.log" 2>&1 &
    PG_PID=$!
    local start=$SECONDS
    until "$PG_BIN/pg_isready" -q -h 127.0.0.1 -p "$PG_PORT" -U postgres -d postgres; do
        if ! alive "$PG_PID"; then
            sed 's/^/    | /' "$root/server.log" >&2 || true
            die "PostgreSQL exited during start-up (log above)"
        fi
        if (( SECONDS - start > 60 )); then
            sed 's/^/    | /' "$root/server.log" >&2 || true
            die "PostgreSQL not ready within 60 s (log above)"
        fi
        sleep 0.2
    done
    [[ "$(head -n 1 "$PG_DATA/postmaster.pid" 2>/dev/null)" == "$PG_PID" ]] \
        || die "postmaster.pid does not name pid $PG_PID"
}

pg_stop() {  # SIGINT = PostgreSQL's "fast" shutdown
    [[ -n "$PG_PID" ]] || return 0
    stop_pid "$PG_PID" "PostgreSQL" INT
    PG_PID=""
}

pg_psql() {  # pg_psql USER DATABASE ARGS...: psql on the throwaway cluster, stopping at the first error
    local user="$1" db="$2"
    shift 2
    "$PG_BIN/psql" -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$PG_PORT" -U "$user" -d "$db" "$@"
}
