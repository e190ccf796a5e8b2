#!/bin/sh
# The institutional example suite's 19 checks (the document's 17 and two optional) as a plain sequential shell script, with the
# document's exit codes (1 P0, 2 P1, 3 P2). Needs PREFLIGHT_DEMO_URL / PREFLIGHT_DEMO_PORT.
p0=0 p1=0 p2=0
check() { level=$1; shift; if "$@" >/dev/null 2>&1; then :; else eval "$level=1"; fi; }
http_json() { node -e "fetch(process.argv[1], { signal: AbortSignal.timeout(2000) }).then(r => r.json()).then(b => process.exit(b[process.argv[2]] === process.argv[3] ? 0 : 1), () => process.exit(1))" "$@"; }
tcp() { node -e "require('net').connect(+process.argv[1], '127.0.0.1').on('connect', () => process.exit(0)).on('error', () => process.exit(1))" "$PREFLIGHT_DEMO_PORT"; }

check p0 node -e "process.exit(+process.versions.node.split('.')[0] >= 20 ? 0 : 1)"
check p0 node --input-type=module -e "await import('node:crypto'); await import('node:zlib')"
check p0 node examples/institutional/app/execution.mjs
check p0 node -e "const v = new (require('ajv'))().compile(require('./examples/institutional/config/app.schema.json')); process.exit(v(require('yaml').parse(require('fs').readFileSync('examples/institutional/config/app.yml', 'utf8'))) ? 0 : 1)"
check p0 tcp
check p0 http_json "$PREFLIGHT_DEMO_URL/health" status ok
check p0 test -n "$PATH"
check p1 sh -c 'node examples/institutional/app/strategies.mjs | grep -Eq "loaded [0-9]+ strategies"'
check p1 sh -c 'test "$(node -e "console.log((101.5 - 100.5) / 2)")" = 0.5'
check p1 http_json "$PREFLIGHT_DEMO_URL/status" parity-mode enabled
check p1 node examples/institutional/app/risk.mjs
check p1 http_json "$PREFLIGHT_DEMO_URL/health" status ok
check p1 tcp
check p2 mt5-terminal --version
check p2 mkdir -p reports/health
check p2 mkdir -p reports/data
check p2 test -s README.md
check p2 sh -c 'test -n "$PREFLIGHT_DB_URL" && test "$(psql "$PREFLIGHT_DB_URL" -tAc "SELECT 1")" = 1'
check p2 sh -c 'test -n "$PREFLIGHT_MARKET_DATA" && test -n "$(find "$PREFLIGHT_MARKET_DATA" -mmin -5)"'
[ $p0 = 1 ] && exit 1
[ $p1 = 1 ] && exit 2
[ $p2 = 1 ] && exit 3
exit 0
