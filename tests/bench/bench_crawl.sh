#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Crawl benchmark (issue 5, run by hand, not in CI): a generated ~20,000-page demo site served by
# nginx on 127.0.0.1, crawled in the same run by
#   1. xunjian-cli scan (reads every page, runs every page check, checks every link),
#   2. wget --spider -r (the baseline: fetches pages and follows links, nothing more),
#   3. linkchecker (checks links; throttles itself unless maxrequestspersecond is raised and the
#      server sends a "LinkChecker" header, both done here),
# with rate limits off everywhere. Prints pages/s, peak RSS and how many planted dead links each
# tool found against the answer key.
#
# Usage: tests/bench/bench_crawl.sh [BUILD_DIR] [ARTICLE_PAGES]
# Needs: nginx-light (or nginx), wget, linkchecker, GNU time — `installer/setup.sh bench` installs them
# and runs this script.
set -eu

BUILD_DIR=${1:-build}
PAGES=${2:-19600}
CLI="$BUILD_DIR/bin/xunjian-cli"
WORK=$(mktemp -d /tmp/xunjian-bench-crawl.XXXXXX)
PORT=18490
TODAY=2026-11-27
trap 'kill $(cat "$WORK/nginx.pid" 2>/dev/null) 2>/dev/null || true; [ -n "${KEEP:-}" ] || rm -rf "$WORK"' EXIT INT TERM

for tool in nginx wget linkchecker /usr/bin/time; do
  command -v "$tool" >/dev/null || [ -x "$tool" ] || [ -x "/usr/sbin/$tool" ] || {
    echo "missing $tool: run installer/setup.sh bench" >&2; exit 1; }
done
NGINX=$(command -v nginx || echo /usr/sbin/nginx)

echo "Generating the demo site ($PAGES article pages)…" >&2
"$CLI" demo-site --out "$WORK/site" --pages "$PAGES" --today "$TODAY" >/dev/null
chmod 755 "$WORK" && chmod -R a+rX "$WORK/site" # nginx workers run as an unprivileged user
HTML=$(find "$WORK/site" -name '*.html' | wc -l)

cat >"$WORK/nginx.conf" <<CONF
worker_processes 1;
pid $WORK/nginx.pid;
error_log $WORK/nginx-error.log;
events { worker_connections 1024; }
http {
  access_log off;
  include /etc/nginx/mime.types;
  keepalive_requests 100000;
  server {
    listen 127.0.0.1:$PORT;
    root $WORK/site;
    add_header LinkChecker allow;
  }
}
CONF
"$NGINX" -c "$WORK/nginx.conf" -p "$WORK"
sleep 0.5
URL="http://127.0.0.1:$PORT/index.html"

# Planted dead links of the answer key: site-relative targets and external hosts.
python3 - "$WORK/site/answer-key.json" >"$WORK/dead.txt" <<'PY'
import json, sys
key = json.load(open(sys.argv[1]))
for p in key["problems"]:
    if p["category"] == "P07" or p["id"] == "P12-dead-form":
        print(p["target"])
PY
PLANTED=$(wc -l <"$WORK/dead.txt")

# run NAME COMMAND…: wall seconds and peak RSS (MB) of one tool.
run() {
  name=$1; shift
  /usr/bin/time -f "%e %M" -o "$WORK/$name.time" "$@" >"$WORK/$name.out" 2>"$WORK/$name.err" || true
  # GNU time puts "Command exited with non-zero status N" first when the tool reports problems.
  set -- $(tail -n 1 "$WORK/$name.time")
  echo "$1 $(($2 / 1024))"
}
found() { # LOG: how many planted dead links the log mentions
  n=0
  while read -r target; do grep -qF -- "$target" "$1" && n=$((n + 1)); done <"$WORK/dead.txt"
  echo "$n"
}

set -- $(run xunjian "$CLI" scan "$URL" --date "$TODAY" --rate 0 --concurrency 16 --no-external --quiet \
  --out "$WORK/xunjian.json")
X_SECS=$1 X_RSS=$2
python3 - "$WORK/xunjian.json" >"$WORK/xunjian.dead" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))
for c in r["candidates"]:
    if c["check"].startswith("link."):
        print(c["url"])
PY
X_PAGES=$(python3 -c "import json,sys; print(json.load(open(sys.argv[1]))['summary']['pagesRead'])" "$WORK/xunjian.json")
X_FOUND=$(found "$WORK/xunjian.dead")

set -- $(run wget wget --spider -r -l inf -nd -nv -e robots=off --delete-after -P "$WORK/wget-tmp" "$URL")
W_SECS=$1 W_RSS=$2
W_PAGES=$(grep ' URL:' "$WORK/wget.err" | grep -o 'URL:[^ ]*' | grep -c '\.html$' || true)
sed -n '/broken link/,$p' "$WORK/wget.err" >"$WORK/wget.dead"
W_FOUND=$(found "$WORK/wget.dead")

cat >"$WORK/linkcheckerrc" <<RC
[checking]
threads=10
maxrequestspersecond=100000
[filtering]
checkextern=0
RC
# --verbose lists every checked address, not only the failures, so its pages can be counted.
set -- $(run linkchecker linkchecker -f "$WORK/linkcheckerrc" --verbose --no-status -o csv "$URL")
L_SECS=$1 L_RSS=$2
L_PAGES=$(python3 - "$WORK/linkchecker.out" <<'PY'
import csv, sys
rows = (r for r in csv.reader((l for l in open(sys.argv[1], encoding="utf-8") if not l.startswith("#")), delimiter=";"))
urls = {r[7] for r in rows if len(r) > 7 and r[7].endswith(".html") and r[6] == "True"}
print(len(urls))
PY
)
grep -v ';True;' "$WORK/linkchecker.out" >"$WORK/linkchecker.dead" || true
L_FOUND=$(found "$WORK/linkchecker.dead")

rate() { python3 -c "import sys; p,s=float(sys.argv[1]),float(sys.argv[2]); print(f'{p/s:.0f}' if s>0 else '-')" "$1" "$2"; }
echo
echo "Site: $HTML HTML pages, $PLANTED planted dead links, nginx on 127.0.0.1, $(nproc) cores"
printf '%-12s %8s %8s %10s %9s %12s\n' tool pages seconds pages/s "RSS MB" "dead found"
printf '%-12s %8s %8s %10s %9s %12s\n' xunjian "$X_PAGES" "$X_SECS" "$(rate "$X_PAGES" "$X_SECS")" "$X_RSS" "$X_FOUND/$PLANTED"
printf '%-12s %8s %8s %10s %9s %12s\n' wget "$W_PAGES" "$W_SECS" "$(rate "$W_PAGES" "$W_SECS")" "$W_RSS" "$W_FOUND/$PLANTED"
printf '%-12s %8s %8s %10s %9s %12s\n' linkchecker "$L_PAGES" "$L_SECS" "$(rate "$L_PAGES" "$L_SECS")" "$L_RSS" "$L_FOUND/$PLANTED"
