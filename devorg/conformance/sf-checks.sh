#!/usr/bin/env bash
# Conformance checks for devorg using the real Salesforce CLI (sf), pinned by
# scripts/lib/node-tools.sh and run under Node 22.
#
# Env: DEVORG_URL, DEVORG_USER, DEVORG_PASSWORD, DEVORG_CLIENT_ID, DEVORG_CLIENT_SECRET
#      BW_SF / BW_NODE (from bw_node_tools; sourced here when missing)
#      SF_CHECK_TIMEOUT  seconds per sf command (default 120; deploy/import get 330)
#      CONFORMANCE_LOG_DIR  keep each command's stdout/stderr there (default: a temp dir, removed)
#      SF_PROJECT_DIR  SFDX project to deploy (default: the repo's manifests/)
# The last check runs scripts/install-package --target-org devorg (the whole package, with the
# Canvas app) and checks that devorg registered the app and shows the manager views tab.
# Output: one line per check, `PASS <name>` or `FAIL <name>: <reason>`, then
#         `sf: N passed, M failed`. Exit 1 if any check failed.
#
# sf runs with a private, per-run HOME (never the developer's ~/.sf), and the SFDX project
# in manifests/ is copied to a temp dir before deploying, so sf's .sf/.sfdx state never
# lands in the source tree.
set -uo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO="$(cd "$HERE/../.." && pwd)"

URL="${DEVORG_URL:-http://127.0.0.1:7443}"
URL="${URL%/}"
USER_="${DEVORG_USER:-admin@bellwether.devorg}"
PASSWORD="${DEVORG_PASSWORD:-bellwether}"
CLIENT_ID="${DEVORG_CLIENT_ID:-bellwether-cli}"
CLIENT_SECRET="${DEVORG_CLIENT_SECRET:-bellwether-secret}"
TIMEOUT="${SF_CHECK_TIMEOUT:-120}"
LONG_TIMEOUT=$((TIMEOUT > 330 ? TIMEOUT : 330))
PROJECT="${SF_PROJECT_DIR:-$REPO/manifests}"
RUN="$(date +%s)$$"
ALIAS=devorg

passed=0
failed=0
pass() { echo "PASS $1"; passed=$((passed + 1)); }
fail() {
  local name=$1; shift
  local msg="$*"
  msg="${msg//$'\n'/ }"
  (( ${#msg} > 400 )) && msg="${msg:0:397}..."
  echo "FAIL $name: $msg"
  failed=$((failed + 1))
}
finish() {
  echo "sf: $passed passed, $failed failed"
  (( failed == 0 ))
  exit $?
}

if [[ -z "${BW_SF:-}" || -z "${BW_NODE:-}" ]]; then
  # shellcheck source=../../scripts/lib/node-tools.sh
  source "$REPO/scripts/lib/node-tools.sh"
  if ! bw_node_tools; then
    fail sf-setup "node tools install failed (scripts/lib/node-tools.sh)"
    finish
  fi
fi

work="$(mktemp -d "${TMPDIR:-/tmp}/bw-sf-checks.XXXXXX")"
logdir="${CONFORMANCE_LOG_DIR:-$work/logs}"
mkdir -p "$logdir" "$work/home"
trap 'rm -rf "$work"' EXIT
export BW_SF_HOME="$work/home"   # read by the $BW_SF wrapper as HOME
# Run sf outside any SFDX project, so it never writes .sf/ config into the source tree.
cd "$work" || exit 1

# run_sf NAME TIMEOUT ARGS... : runs sf with --json; stdout -> $logdir/NAME.json, stderr -> NAME.err.
# Returns sf's exit code (124 on timeout).
run_sf() {
  local name=$1 t=$2; shift 2
  timeout --kill-after=10 "$t" "$BW_SF" "$@" --json >"$logdir/$name.json" 2>"$logdir/$name.err" </dev/null
}

# judge NAME JS : evaluates JS with `r` = parsed $logdir/NAME.json (sf's --json envelope) and
# `env` = process.env; JS returns '' when fine, or a failure reason. Prints the reason.
judge() {
  local name=$1 js=$2
  "$BW_NODE" -e '
    const fs = require("fs");
    const [file, errFile, js] = process.argv.slice(1);
    let text = "";
    try { text = fs.readFileSync(file, "utf8"); } catch {}
    let r;
    try { r = JSON.parse(text); } catch {
      const err = (() => { try { return fs.readFileSync(errFile, "utf8"); } catch { return ""; } })();
      const lines = (text + "\n" + err).split("\n").map((s) => s.trim())
        .filter((s) => s && !/^(›|Warning:)/.test(s));
      console.log("no JSON from sf: " + (lines.slice(-3).join(" | ") || "(no output)"));
      process.exit(0);
    }
    if (r.status !== 0) {
      const why = [r.name, r.message].filter(Boolean).join(": ") || JSON.stringify(r).slice(0, 300);
      console.log("sf exit status " + r.status + ": " + why);
      process.exit(0);
    }
    const env = process.env;
    let out;
    try { out = new Function("r", "env", js)(r, env); } catch (e) { out = "assertion threw: " + e.message; }
    console.log(out || "");
  ' "$logdir/$name.json" "$logdir/$name.err" "$js"
}

# attempt NAME TIMEOUT JS -- SF-ARGS... : run sf, then judge; sets WHY ('' = fine).
WHY=""
attempt() {
  local name=$1 t=$2 js=$3; shift 4
  local rc
  run_sf "$name" "$t" "$@"; rc=$?
  if (( rc == 124 || rc == 137 )); then
    WHY="timed out after ${t}s (sf $1 $2 ...)"
  else
    WHY="$(judge "$name" "$js")"
  fi
  [[ -z "$WHY" ]]
}

# check NAME TIMEOUT JS -- SF-ARGS... : attempt, then print PASS/FAIL.
check() {
  local name=$1
  if attempt "$@"; then pass "$name"; else fail "$name" "$WHY"; return 1; fi
}

skip_all() {
  local why=$1
  for n in sf-data-import-bulk sf-data-query sf-data-query-aggregate sf-project-deploy sf-install-package; do
    fail "$n" "skipped: $why"
  done
  finish
}

# ---------- 1. login with an access token from the OAuth password grant ----------
token_json="$logdir/oauth-token.json"
http_code="$(curl -sS --max-time 30 -o "$token_json" -w '%{http_code}' \
  --data-urlencode grant_type=password \
  --data-urlencode "client_id=$CLIENT_ID" \
  --data-urlencode "client_secret=$CLIENT_SECRET" \
  --data-urlencode "username=$USER_" \
  --data-urlencode "password=$PASSWORD" \
  "$URL/services/oauth2/token" 2>"$logdir/oauth-token.err")"
curl_rc=$?
token=""
if (( curl_rc != 0 )); then
  fail sf-login-access-token "POST $URL/services/oauth2/token: curl exit $curl_rc: $(head -c 300 "$logdir/oauth-token.err")"
elif [[ "$http_code" != 200 ]]; then
  fail sf-login-access-token "POST /services/oauth2/token: HTTP $http_code: $(head -c 300 "$token_json")"
else
  token="$("$BW_NODE" -e 'try { const t = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8")).access_token; if (typeof t === "string") process.stdout.write(t); } catch {}' "$token_json")"
  if [[ -z "$token" ]]; then
    fail sf-login-access-token "token response has no access_token: $(head -c 300 "$token_json")"
  fi
fi
[[ -z "$token" ]] && skip_all "no access token"

export DEVORG_USER="$USER_"
if ! SF_ACCESS_TOKEN="$token" check sf-login-access-token "$TIMEOUT" '
    const x = r.result || {};
    if (x.username !== env.DEVORG_USER) return `result.username ${JSON.stringify(x.username)}, expected ${env.DEVORG_USER}`;
    if (!/^00D/.test(x.orgId || "")) return `result.orgId ${JSON.stringify(x.orgId)}`;
    if (!x.instanceUrl) return "no result.instanceUrl";
    return "";' -- \
    org login access-token --instance-url "$URL" --no-prompt --alias "$ALIAS"; then
  skip_all "sf org login access-token failed"
fi

# ---------- 2. bulk import (first, so the queries below have known data) ----------
csv="$work/accounts.csv"
{
  echo "Name,Industry"
  for i in 1 2 3; do echo "SfConf $RUN e$i,Energy"; done
  for i in 1 2 3; do echo "SfConf $RUN b$i,Banking"; done
} >"$csv"
export BW_RUN="$RUN"
if attempt sf-data-import-bulk "$LONG_TIMEOUT" '
    const x = r.result || {};
    if (!x.jobId) return `no result.jobId: ${JSON.stringify(x)}`;
    if (x.processedRecords !== 6 || x.successfulRecords !== 6 || (x.failedRecords ?? 0) !== 0)
      return `expected 6 processed/6 successful/0 failed, got ${JSON.stringify(x)}`;
    return "";' -- \
    data import bulk --file "$csv" --sobject Account --wait 5 --target-org "$ALIAS"; then
  # the rows must really be there
  attempt sf-data-import-bulk-verify "$TIMEOUT" '
    const recs = (r.result || {}).records || [];
    const got = recs.map((x) => `${x.Name}/${x.Industry}`).join(",");
    const want = ["b1/Banking","b2/Banking","b3/Banking","e1/Energy","e2/Energy","e3/Energy"]
      .map((s) => `SfConf ${env.BW_RUN} ${s}`).join(",");
    return got === want ? "" : `imported rows read back as [${got}]`;' -- \
    data query --target-org "$ALIAS" \
    --query "SELECT Name, Industry FROM Account WHERE Name LIKE 'SfConf $RUN %' ORDER BY Name"
  [[ -n "$WHY" ]] && WHY="read-back: $WHY"
fi
if [[ -z "$WHY" ]]; then pass sf-data-import-bulk; else fail sf-data-import-bulk "$WHY"; fi

# ---------- 3. query (sf data query: query, queryMore, then query?columns=true) ----------
check sf-data-query "$TIMEOUT" '
    const x = r.result || {};
    if (!Array.isArray(x.records)) return `no result.records: ${JSON.stringify(x).slice(0, 200)}`;
    if (x.records.length !== 5 || x.totalSize !== 5) return `expected 5 records/totalSize 5, got ${x.records.length}/${x.totalSize}`;
    const bad = x.records.find((z) => !z.Id || typeof z.Name !== "string");
    if (bad) return `record without Id/Name: ${JSON.stringify(bad)}`;
    return "";' -- \
  data query --target-org "$ALIAS" --query "SELECT Id, Name FROM Account LIMIT 5"

# ---------- 4. aggregate query ----------
check sf-data-query-aggregate "$TIMEOUT" '
    const x = r.result || {};
    const recs = x.records;
    if (!Array.isArray(recs) || recs.length === 0) return `no aggregate rows: ${JSON.stringify(x).slice(0, 200)}`;
    const bad = recs.find((z) => !("Industry" in z) || typeof z.expr0 !== "number");
    if (bad) return `row without Industry/expr0 (number): ${JSON.stringify(bad)}`;
    for (const ind of ["Energy", "Banking"]) {
      const row = recs.find((z) => z.Industry === ind);
      if (!row || row.expr0 < 3) return `group ${ind}: ${JSON.stringify(row)} (expected expr0 >= 3)`;
    }
    const inds = recs.map((z) => z.Industry);
    if (new Set(inds).size !== inds.length) return `duplicate groups: ${JSON.stringify(inds)}`;
    return "";' -- \
  data query --target-org "$ALIAS" --query "SELECT Industry, COUNT(Id) FROM Account GROUP BY Industry"

# ---------- 5. metadata deploy of the repo's SFDX project (manifests/) ----------
if [[ ! -f "$PROJECT/sfdx-project.json" || ! -d "$PROJECT/force-app" ]]; then
  fail sf-project-deploy "no SFDX project at ${PROJECT#"$REPO"/}/ (sfdx-project.json + force-app/)"
else
  cp -r "$PROJECT" "$work/project"
  rm -rf "$work/project/.sf" "$work/project/.sfdx"
  cd "$work/project" || exit 1
  check sf-project-deploy "$LONG_TIMEOUT" '
      const x = r.result || {};
      if (x.status !== "Succeeded" || x.success !== true) return `deploy status ${JSON.stringify(x.status)} success ${JSON.stringify(x.success)}`;
      const files = Array.isArray(x.files) ? x.files : [];
      if (files.length === 0) return "result.files is empty";
      const f = files.find((z) => z.state === "Failed");
      if (f) return `component failed: ${JSON.stringify(f).slice(0, 250)}`;
      return "";' -- \
      project deploy start --source-dir force-app --target-org "$ALIAS" --wait 5
  cd "$work" || exit 1
fi

# ---------- 6. scripts/install-package: the whole package, Canvas app included ----------
# The installer runs this same pinned sf (BW_SF) with this run's HOME, where the alias lives.
canvas_url="http://127.0.0.1:9/canvas/account"
install_out="$logdir/install-package.out"
BW_SF="$BW_SF" BW_NODE="$BW_NODE" timeout --kill-after=10 "$LONG_TIMEOUT" \
  "$REPO/scripts/install-package" --target-org "$ALIAS" --canvas-url "$canvas_url" \
  --consumer-secret sf-checks-secret --activate >"$install_out" 2>&1 </dev/null
install_rc=$?
if (( install_rc != 0 )); then
  fail sf-install-package "scripts/install-package exited with $install_rc: $(tail -n 6 "$install_out")"
else
  # What devorg now models: the connected app's canvas settings and the manager views tab.
  curl -sS --max-time 30 -H "Authorization: Bearer $token" "$URL/devorg/admin/canvas-apps" \
    >"$logdir/canvas-apps.json" 2>"$logdir/canvas-apps.err"
  curl -sS --max-time 30 "$URL/lightning/n/BellwetherManagerViews?sid=$token" \
    >"$logdir/manager-tab.html" 2>"$logdir/manager-tab.err"
  why="$(CANVAS_URL="$canvas_url" "$BW_NODE" -e '
    const fs = require("fs");
    const [appsFile, tabFile, outFile] = process.argv.slice(1);
    const url = process.env.CANVAS_URL;
    let apps = [];
    try { apps = JSON.parse(fs.readFileSync(appsFile, "utf8")); } catch (e) { console.log("canvas-apps: not JSON"); process.exit(0); }
    const app = apps.find((a) => a.developerName === "Bellwether_Panel");
    if (!app) { console.log("no Canvas app Bellwether_Panel after install: " + JSON.stringify(apps).slice(0, 200)); process.exit(0); }
    if (app.canvasUrl !== url) { console.log(`canvasUrl ${app.canvasUrl}, expected ${url}`); process.exit(0); }
    const tab = fs.readFileSync(tabFile, "utf8");
    if (!tab.includes(`action="${url}"`)) { console.log("the manager views tab page has no Canvas form to " + url); process.exit(0); }
    const out = fs.readFileSync(outFile, "utf8");
    for (const step of ["package", "canvas-app", "translations"]) {
      if (!new RegExp(`install-package: ${step}: Succeeded`).test(out)) { console.log(`no "${step}: Succeeded" line in the installer output`); process.exit(0); }
    }
    console.log("");
  ' "$logdir/canvas-apps.json" "$logdir/manager-tab.html" "$install_out")"
  if [[ -z "$why" ]]; then pass sf-install-package; else fail sf-install-package "$why"; fi
fi

finish
