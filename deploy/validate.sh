#!/usr/bin/env bash
# Validates the deployment files without a Docker engine (see docs/deployment.md). The build
# itself runs the checks that matter against the code (e2e DeploymentFilesTest, in ./mvnw verify);
# this script adds what needs Python or npm:
#  1. deploy/validate.py: compose structure, Keycloak realm, Kibana saved objects against the
#     query-api index templates;
#  2. dclint: docker-compose.yml against the Compose specification schema plus lint rules
#     (fetched from the npm registry on first use).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
python3 deploy/validate.py "$@"
if command -v npx > /dev/null; then
  # Key-order and alphabetical-order rules are style only; the file is grouped by role instead.
  npx --yes dclint@3.1.0 docker-compose.yml --max-warnings 0 \
    --disable-rule service-keys-order services-alphabetical-order top-level-properties-order
  echo "dclint: docker-compose.yml conforms to the Compose specification"
else
  echo "npx not found: skipped the Compose specification check (dclint)" >&2
fi
