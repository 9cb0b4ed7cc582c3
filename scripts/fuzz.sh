#!/usr/bin/env bash
# Property-based fuzzing of the OpenAPI description (schemathesis) against a running service.
#
#   pip install schemathesis
#   API_KEY=... npm start            # or any running Eventline, on 127.0.0.1 only
#   API_KEY=... scripts/fuzz.sh      # BASE_URL (http://127.0.0.1:3000), MAX_EXAMPLES (50)
#
# Every endpoint, every check (no 5xx, status codes and bodies that match the schema, content
# types, headers…), with the API key header so the write endpoints are exercised past the guard.
# Run the service with RATE_LIMIT_PER_MINUTE=0, or the fuzzer mostly meets 429s.
set -euo pipefail
BASE_URL="${BASE_URL:-http://127.0.0.1:3000}"
: "${API_KEY:?set API_KEY to the key of the service}"
exec st run "$BASE_URL/docs-json" \
  --url "$BASE_URL" \
  --header "X-API-Key: $API_KEY" \
  --checks all \
  --max-examples "${MAX_EXAMPLES:-50}" \
  --workers 1 \
  --request-timeout 30 \
  "$@"
