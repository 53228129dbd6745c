# shellcheck shell=bash
# PostgreSQL for the test suites (sourced, not executed).
#
#   source scripts/lib/postgres.sh
#   bw_postgres                  # exports BW_PG_URL, or warns loudly and exports nothing
#   trap bw_postgres_stop EXIT   # stops the private server if bw_postgres started one
#
# Order of preference:
#   1. BW_PG_URL already set: used as is.
#   2. A server on 127.0.0.1:5432 that lets user postgres in without a password (trust).
#   3. A private server: Debian's binaries (/usr/lib/postgresql/*/bin, else the
#      distribution's postgresql-NN package fetched with `apt-get download` and unpacked
#      with `dpkg -x` into .cache/postgres/root, with any libraries the machine lacks),
#      a trust-auth cluster in .cache/postgres/data, on 5432 if free, else another port.
#   4. Otherwise a WARNING that the PostgreSQL tests will be skipped.
# `apt-get download` + `dpkg -x` rather than `apt-get install`: it needs no root, leaves
# the machine untouched (no system cluster auto-started on 5432 by postinst) and is cached
# under the git-ignored .cache/ like the other tools.
#
# Knobs (for testing this script): BW_PG_FORCE_PRIVATE=1 skips step 2;
# BW_PG_FORCE_DOWNLOAD=1 ignores /usr/lib/postgresql and uses the unpacked package.

# Ports tried for a private server when 5432 is taken.
BW_PG_PRIVATE_PORTS="15432 15433 15434 15435 15436"
# Run as this user when we are root: postgres refuses to run as root.
BW_PG_SERVICE_USER=bellwether

_bw_pg_repo() {
  if [[ -n "${REPO:-}" && -d "$REPO" ]]; then
    (cd "$REPO" && pwd)
  else
    (cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
  fi
}

# True when 127.0.0.1:$1 lets user postgres into database postgres with no password.
# Uses psql when installed; else speaks the protocol's start-up message over bash's
# /dev/tcp and expects AuthenticationOk ('R', length 8, code 0), so no client is needed.
_bw_pg_accepts() {
  local port=$1
  if command -v psql >/dev/null 2>&1; then
    [[ "$(PGCONNECT_TIMEOUT=5 psql -w -X -A -t -q -h 127.0.0.1 -p "$port" -U postgres -d postgres \
        -c 'select 1' 2>/dev/null)" == 1 ]]
    return
  fi
  timeout 10 bash -c '
    exec 3<>"/dev/tcp/127.0.0.1/$1" || exit 1
    printf "\x00\x00\x00\x29\x00\x03\x00\x00user\x00postgres\x00database\x00postgres\x00\x00" >&3
    reply=$(head -c 9 <&3 | od -An -tx1 | tr -d " \n")
    printf "X\x00\x00\x00\x04" >&3
    [[ $reply == 520000000800000000 ]]' _ "$port" 2>/dev/null
}

# True when something listens on 127.0.0.1:$1.
_bw_pg_port_taken() {
  timeout 5 bash -c 'exec 3<>"/dev/tcp/127.0.0.1/$1"' _ "$1" 2>/dev/null
}

# Runs a command as the server's user (ourselves unless root). The lock's descriptor is
# closed for it: a postmaster inheriting it would hold the lock for as long as it runs.
_bw_pg_as() {
  local as=(env LD_LIBRARY_PATH="${_BW_PG_LIBS:-}")
  [[ "$(id -u)" == 0 ]] && as=(runuser -u "$BW_PG_SERVICE_USER" -- "${as[@]}")
  if [[ -n "${_BW_PG_LOCK_FD:-}" ]]; then
    "${as[@]}" "$@" {_BW_PG_LOCK_FD}>&-
  else
    "${as[@]}" "$@"
  fi
}

# Overridable in tests of this script: is Debian package $1 installed?
_bw_pg_installed() {
  [[ "$(dpkg-query -W -f='${Status}' "$1" 2>/dev/null)" == "install ok installed" ]]
}

# apt-get/apt-cache with package lists that work for non-root too: the system's when
# present, else private ones under $_BW_PG_APT (fetched with `apt-get update`).
_bw_pg_apt() {
  local tool=$1; shift
  if [[ -n "${_BW_PG_APT:-}" ]]; then
    "$tool" -q -o Dir::State::Lists="$_BW_PG_APT/lists" -o Dir::Cache="$_BW_PG_APT/cache" \
      -o Debug::NoLocking=1 "$@"
  else
    "$tool" -q "$@"
  fi
}

# Library packages (transitively) that package $1 needs and this machine lacks.
# LLVM is left out: the server only loads it for JIT, which the private server turns off.
_bw_pg_missing_libs() {
  local -A seen=()
  local level=("$1") next dep
  # One apt-cache call per level of the dependency tree: each call costs a second or two.
  while ((${#level[@]})); do
    next=()
    while read -r dep; do
      [[ -n "$dep" && -z "${seen[$dep]:-}" ]] || continue
      seen[$dep]=1
      if ! _bw_pg_installed "$dep"; then
        echo "$dep"
        next+=("$dep")
      fi
    done < <(_bw_pg_apt apt-cache depends "${level[@]}" 2>/dev/null \
      | sed -n 's/^ *|\{0,1\}Depends: \(lib[^ <]*\)$/\1/p' | grep -v '^libllvm')
    level=("${next[@]}")
  done
}

# Downloads the distribution's server package and the libraries this machine lacks.
_bw_pg_download() {
  local base=$1 pkg
  # The distribution's supported major version: the metapackage depends on postgresql-NN.
  pkg="$(_bw_pg_apt apt-cache depends postgresql 2>/dev/null \
    | sed -n 's/^ *Depends: \(postgresql-[0-9][0-9]*\)$/\1/p' | head -n 1)"
  [[ -n "$pkg" ]] || return 1
  echo "fetching Debian's $pkg into .cache/postgres (first run only)" >&2
  # shellcheck disable=SC2046 # one package name per word
  (cd "$base/debs" && _bw_pg_apt apt-get download "$pkg" $(_bw_pg_missing_libs "$pkg")) \
    >>"$base/fetch.log" 2>&1
}

# Unpacks Debian's server package (+ missing libraries) into $1/root; reasons on stderr.
_bw_pg_fetch() {
  local base=$1 log=$1/fetch.log debs deb
  debs="$base/debs"
  rm -rf "$debs" "$base/root.tmp"
  mkdir -p "$debs" "$base/root.tmp" || return 1
  : >"$log"
  command -v apt-get >/dev/null 2>&1 || { echo "no apt-get on this machine" >&2; return 1; }
  _BW_PG_APT=""
  _bw_pg_download "$base" \
    || {
      # A clean image has no (or stale) package lists: fetch private ones, no root needed.
      echo "fetching package lists into .cache/postgres/apt" >&2
      _BW_PG_APT="$base/apt"
      rm -f "$debs"/*.deb
      mkdir -p "$_BW_PG_APT/lists/partial" "$_BW_PG_APT/cache/archives/partial"
      _bw_pg_apt apt-get update >>"$log" 2>&1 || { echo "apt-get update failed; log: $log" >&2; return 1; }
      _bw_pg_download "$base"
    } || { echo "apt-get download of Debian's postgresql failed; log: $log" >&2; return 1; }
  for deb in "$debs"/*.deb; do
    dpkg -x "$deb" "$base/root.tmp" || { echo "dpkg -x $deb failed" >&2; return 1; }
  done
  rm -rf "$base/root" && mv "$base/root.tmp" "$base/root" && rm -rf "$debs" "$base/apt"
}

# Sets _BW_PG_BIN (and _BW_PG_LIBS for unpacked libraries) or fails with a reason.
_bw_pg_binaries() {
  local base=$1 bin
  _BW_PG_LIBS=""
  if [[ "${BW_PG_FORCE_DOWNLOAD:-}" != 1 ]]; then
    bin="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)"
    if [[ -n "$bin" && -x "$bin/postgres" && -x "$bin/initdb" && -x "$bin/pg_ctl" ]]; then
      _BW_PG_BIN=$bin
      return 0
    fi
  fi
  if ! ls "$base"/root/usr/lib/postgresql/*/bin/pg_ctl >/dev/null 2>&1; then
    _bw_pg_fetch "$base" || return 1
  fi
  bin="$(ls -d "$base"/root/usr/lib/postgresql/*/bin | sort -V | tail -n 1)"
  _BW_PG_BIN=$bin
  _BW_PG_LIBS="$(ls -d "$base"/root/usr/lib/*-linux-gnu "$base"/root/lib/*-linux-gnu 2>/dev/null | paste -sd:)"
  if ! LD_LIBRARY_PATH="$_BW_PG_LIBS" "$bin/postgres" --version >/dev/null 2>&1; then
    echo "unpacked $bin/postgres does not run (missing library?): $(LD_LIBRARY_PATH="$_BW_PG_LIBS" \
      ldd "$bin/postgres" 2>&1 | grep 'not found' | head -n 3 | tr -s ' \n' ' ')" >&2
    return 1
  fi
}

# When root: makes sure the unprivileged service user exists.
_bw_pg_service_user() {
  [[ "$(id -u)" == 0 ]] || return 0
  id -u "$BW_PG_SERVICE_USER" >/dev/null 2>&1 && return 0
  useradd --system --no-create-home --home-dir /nonexistent --shell /usr/sbin/nologin \
    "$BW_PG_SERVICE_USER" || { echo "could not create user $BW_PG_SERVICE_USER" >&2; return 1; }
}

# Initialises (once) and starts the private cluster in $1/data; sets _BW_PG_PORT.
_bw_pg_start() {
  local base=$1 data=$1/data version port locale=C
  version="$(_bw_pg_as "$_BW_PG_BIN/postgres" --version | sed -n 's/.* \([0-9][0-9]*\)\..*/\1/p')"
  mkdir -p "$data" && chmod 700 "$data" || return 1
  [[ "$(id -u)" == 0 ]] && chown -R "$BW_PG_SERVICE_USER:" "$data"
  if ! _bw_pg_as test -w "$data"; then
    echo "$data is not writable by $(id -un) / $BW_PG_SERVICE_USER" >&2; return 1
  fi
  # Another run (or one that crashed before its trap) left our server running: reuse it.
  if _bw_pg_as "$_BW_PG_BIN/pg_ctl" -D "$data" status >/dev/null 2>&1; then
    port="$(sed -n 4p "$data/postmaster.pid")"
    if _bw_pg_accepts "$port"; then
      echo "postgres: reusing the private server already running on port $port" \
        "(stop: pg_ctl -D $data stop)" >&2
      _BW_PG_PORT=$port
      return 0
    fi
  fi
  # A cluster from another major version (or a half-made one) is thrown away.
  if [[ -f "$data/PG_VERSION" && "$(cat "$data/PG_VERSION")" != "$version" ]] \
      || [[ ! -f "$data/postgresql.conf" ]]; then
    find "$data" -mindepth 1 -delete
    # C.UTF-8 is built into Debian 12's glibc; no locales package needed.
    locale -a 2>/dev/null | grep -qix 'c.utf-\{0,1\}8' && locale=C.UTF-8
    _bw_pg_as "$_BW_PG_BIN/initdb" -D "$data" -U postgres --auth=trust -E UTF8 \
      --locale="$locale" >"$base/initdb.log" 2>&1 \
      || { echo "initdb failed; log: $base/initdb.log" >&2; return 1; }
  fi
  local opts="-c listen_addresses=127.0.0.1 -c unix_socket_directories='' -c jit=off"
  # A throw-away test cluster: durability is not worth the fsyncs.
  opts+=" -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200"
  # Without tzdata the server knows only GMT (Debian builds it against /usr/share/zoneinfo).
  [[ -d /usr/share/zoneinfo ]] || opts+=" -c timezone=GMT -c log_timezone=GMT"
  for port in 5432 $BW_PG_PRIVATE_PORTS; do
    _bw_pg_port_taken "$port" && continue
    if _bw_pg_as "$_BW_PG_BIN/pg_ctl" -D "$data" -l "$data/server.log" -w -t 60 \
        -o "-p $port $opts" start >>"$base/start.log" 2>&1 && _bw_pg_accepts "$port"; then
      _BW_PG_PORT=$port
      _BW_PG_STARTED_DATA=$data
      return 0
    fi
    _bw_pg_as "$_BW_PG_BIN/pg_ctl" -D "$data" -m immediate stop >/dev/null 2>&1
  done
  echo "the private server did not start; logs: $base/start.log, $data/server.log" >&2
  return 1
}

bw_postgres() {
  if [[ -n "${BW_PG_URL:-}" ]]; then
    echo "postgres: using BW_PG_URL from the environment"
    return 0
  fi
  if [[ "${BW_PG_FORCE_PRIVATE:-}" != 1 ]] && _bw_pg_accepts 5432; then
    export BW_PG_URL="jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres"
    echo "postgres: using the server on 127.0.0.1:5432"
    return 0
  fi
  local repo base start=$SECONDS _BW_PG_LOCK_FD
  repo="$(_bw_pg_repo)" && base="$repo/.cache/postgres" && mkdir -p "$base" \
    && exec {_BW_PG_LOCK_FD}>"$base/.lock" || { echo "WARNING: no .cache/postgres: PostgreSQL tests will be SKIPPED" >&2; return 0; }
  # Serialise two runs starting at once; the second then reuses the first one's server.
  flock "$_BW_PG_LOCK_FD"
  # Reasons for a failure go to stderr as they happen, just above the warning.
  if _bw_pg_binaries "$base" && _bw_pg_service_user && _bw_pg_start "$base"; then
    export BW_PG_URL="jdbc:postgresql://127.0.0.1:$_BW_PG_PORT/postgres?user=postgres"
    echo "postgres: private server ($_BW_PG_BIN) on 127.0.0.1:$_BW_PG_PORT, ready in $((SECONDS - start))s"
  else
    echo "WARNING: no PostgreSQL: the PostgreSQL tests will be SKIPPED" >&2
    echo "         (nothing lets user postgres in on 127.0.0.1:5432 and a private server failed: see above)" >&2
  fi
  exec {_BW_PG_LOCK_FD}>&-
  return 0
}

# Stops the private server if this shell started it; safe to call more than once.
bw_postgres_stop() {
  [[ -n "${_BW_PG_STARTED_DATA:-}" ]] || return 0
  _bw_pg_as "$_BW_PG_BIN/pg_ctl" -D "$_BW_PG_STARTED_DATA" -m fast -w stop >/dev/null 2>&1 \
    || echo "WARNING: could not stop the private PostgreSQL in $_BW_PG_STARTED_DATA" >&2
  _BW_PG_STARTED_DATA=""
}
