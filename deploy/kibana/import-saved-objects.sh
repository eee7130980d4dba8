#!/bin/sh
# One-shot setup: waits until Kibana reports itself available, then imports the Shortlist data views
# and the "Screening analytics" dashboard (overwriting earlier copies, so re-running is safe).
# Used by the kibana-setup service in docker-compose.yml; works against any Kibana:
#   KIBANA_URL=http://localhost:5601 deploy/kibana/import-saved-objects.sh
set -eu

KIBANA_URL="${KIBANA_URL:-http://kibana:5601}"
OBJECTS="${SAVED_OBJECTS_FILE:-$(dirname "$0")/saved-objects.ndjson}"
ATTEMPTS="${KIBANA_WAIT_ATTEMPTS:-90}"

i=0
until curl -fsS "$KIBANA_URL/api/status" 2>/dev/null | grep -Eq '"level": ?"available"'; do
  i=$((i + 1))
  if [ "$i" -ge "$ATTEMPTS" ]; then
    echo "Kibana at $KIBANA_URL did not become available after $ATTEMPTS attempts" >&2
    exit 1
  fi
  sleep 5
done

response="$(curl -sS -X POST "$KIBANA_URL/api/saved_objects/_import?overwrite=true" \
  -H 'kbn-xsrf: true' \
  ${KIBANA_USER:+-u "$KIBANA_USER:$KIBANA_PASSWORD"} \
  --form file=@"$OBJECTS")"
echo "$response"
# The import API answers 200 even when single objects fail; success:true means all of them went in.
echo "$response" | grep -q '"success":true'
