#!/bin/bash
# chk.sh URL...: used.py, plus a grep of each URL's digit runs (4+) and last path segment across earlier pools/notes/staging
cd /work/wt/r21pool
for u in "$@"; do
  python3 tests/realworld/pools/r21/r21freshA/work/used.py "$u" | tr '\n' ' '
  for k in $(echo "$u" | grep -oE '[0-9]{4,}' | sort -u); do
    h=$(grep -rlw "$k" tests/realworld /work/staging 2>/dev/null | grep -v '/r21/' | grep -v _gold | grep -v first_run | head -2 | tr '\n' ' ')
    [ -n "$h" ] && echo -n " [$k in: $h]"
  done
  echo
done
