#!/usr/bin/env bash
# The task force's morning with curl, on a running service (npm start): an industrial-park workplace
# of 30 workers with Vietnamese names and phones, one of them tests positive; then list the cases,
# page through the case's F1 with names, export the F1 call list as CSV, find a worker by the phone
# number they gave on the phone, and show where they were.
# Usage: docs/examples/task-force-workflow.sh   (PORT and DATA_DIR as the service's)
set -euo pipefail
PORT=${PORT:-3000} DATA_DIR=${DATA_DIR:-./data}
until curl -sf "localhost:$PORT/health" >/dev/null; do sleep 1; done
key() { node -p "JSON.parse(require('fs').readFileSync('$DATA_DIR/initial-api-keys.json', 'utf8'))['$1']"; }
day() { node -p "new Date(Date.now() + 7 * 3600e3 - $1 * 86400e3).toISOString().slice(0, 10)"; }
D1=$(day 3) D2=$(day 2)
API=localhost:$PORT/v1
H=(-H "Authorization: Bearer $(key investigator)" -H 'Content-Type: application/json')
TF=(-H "Authorization: Bearer $(key task-force)")
GW=(-H "Authorization: Bearer $(key checkin-gateway)" -H 'Content-Type: application/json')
quiet() { curl -sf -o /dev/null "$@"; }

# --- the record (what investigators and the gateways wrote before) ---
names=("Nguyễn Văn An" "Trần Thị Bình" "Lê Hoàng Cường" "Phạm Thị Dung" "Hoàng Văn Đức" "Huỳnh Thị Hoa")
quiet "${H[@]}" $API/venues -d '{"venueId":"KCN-TB-F1","name":"Nhà máy may Tân Bình, xưởng 1","address":"KCN Tân Bình, TP.HCM","kind":"workplace","defaultStayMinutes":480}'
for i in $(seq 1 30); do
  name="${names[$((i % 6))]} $i"
  quiet "${H[@]}" $API/persons -d "{\"personId\":\"W$i\",\"fullName\":\"$name\",\"phone\":\"09123456$(printf %02d "$i")\",\"unit\":\"79-TB-TT\"}"
  in=$(printf '%02d' $((7 + i % 2))) ; out=$(printf '%02d' $((16 + i % 2)))
  quiet "${GW[@]}" $API/check-ins -d "{\"personId\":\"W$i\",\"venueId\":\"KCN-TB-F1\",\"direction\":\"in\",\"at\":\"${D1}T$in:00:00+07:00\"}"
  quiet "${GW[@]}" $API/check-ins -d "{\"personId\":\"W$i\",\"venueId\":\"KCN-TB-F1\",\"direction\":\"out\",\"at\":\"${D1}T$out:00:00+07:00\"}"
done
quiet "${H[@]}" $API/test-results -d "{\"personId\":\"W1\",\"sampledAt\":\"${D2}T08:00:00+07:00\",\"result\":\"positive\",\"method\":\"pcr\"}"

# --- the task force's morning ---
echo '## 1. the active cases, newest first'
curl -s "${TF[@]}" "$API/cases?limit=20"; echo
echo '## 2. the F1 of W1 with names and phones, 10 per page'
page=$(curl -s "${TF[@]}" "$API/cases/W1/exposures?level=1&limit=10")
echo "$page" | node -e 'const a = JSON.parse(require("fs").readFileSync(0)); console.log(JSON.stringify({summary: a.summary, first: a.exposures[0], rows: a.exposures.length, next: a.next}))'
next=$(echo "$page" | node -p 'JSON.parse(require("fs").readFileSync(0)).next')
curl -s "${TF[@]}" "$API/cases/W1/exposures?level=1&limit=10&cursor=$next" \
  | node -e 'const a = JSON.parse(require("fs").readFileSync(0)); console.log("page 2:", a.exposures.map((e) => e.personId).join(" "), "next:", a.next)'
echo '## 3. the whole F1 list as CSV for the rapid-response team'
curl -s "${TF[@]}" -H 'Accept: text/csv' -H 'X-Purpose: F1 call list for case W1' "$API/cases/W1/exposures?level=1&limit=5000" -o f1-W1.csv
head -c 600 f1-W1.csv; echo; echo "($(($(wc -l < f1-W1.csv) - 1)) rows in f1-W1.csv)"
echo '## 4. a caller gives their number as +84 912 345 607'
curl -s "${TF[@]}" "$API/persons?phone=%2B84%20912%20345%20607"; echo
echo '## 5. where W7 was'
curl -s "${TF[@]}" "$API/persons/W7/visits"; echo
