#!/usr/bin/env python3
"""Checks the deployment files without a Docker engine.

  python3 deploy/validate.py [--templates DIR]

* docker-compose.yml: parses; every service it needs exists; health-gated dependencies point at services
  with a health check; build contexts, Dockerfile and bind-mounted files exist; the services get the
  Kafka, registry, Elasticsearch, JWT and blob settings; ingest-api and streams-processor share the blob
  volume; no host port is published twice.
* deploy/keycloak/shortlist-realm.json: realm, client, roles, the org_id / roles / audience mappers, and
  demo users in different organizations.
* deploy/kibana/saved-objects.ndjson: one JSON object per line; ids unique; every reference resolves
  inside the file; Lens formula helper columns exist; the file and FIELDS.md are what
  build_saved_objects.py generates; every field a panel reads is mapped in the query-api index
  templates (when that directory exists; optional fields excepted).

Exits non-zero with one line per problem. PyYAML is used when installed, otherwise `npx js-yaml`.
"""
import argparse
import json
import pathlib
import shutil
import subprocess
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
DEPLOY = ROOT / "deploy"
APP_SERVICES = {"ingest-api": 8080, "query-api": 8083, "streams-processor": 8084}
INFRA_SERVICES = {"kafka", "schema-registry", "elasticsearch", "kibana", "kibana-setup", "keycloak"}

problems = []
checked = []


def problem(message):
    problems.append(message)


def check(message):
    checked.append(message)


# ------------------------------------------------------------------------------------------ compose

def load_yaml(path):
    try:
        import yaml  # noqa: PLC0415 - optional dependency
        with open(path, encoding="utf-8") as f:
            return yaml.safe_load(f), "PyYAML"
    except ImportError:
        npx = shutil.which("npx")
        if not npx:
            sys.exit("Neither PyYAML nor npx is available to parse " + str(path))
        out = subprocess.run([npx, "--yes", "js-yaml@4.1.0", str(path)], check=True, capture_output=True, text=True)
        return json.loads(out.stdout), "js-yaml"


def environment(service):
    env = service.get("environment", {})
    if isinstance(env, list):
        return dict(item.split("=", 1) if "=" in item else (item, None) for item in env)
    return env


def check_compose():
    compose, parser = load_yaml(ROOT / "docker-compose.yml")
    check(f"docker-compose.yml parses ({parser})")
    services = compose.get("services", {})
    missing = (set(APP_SERVICES) | INFRA_SERVICES) - set(services)
    if missing:
        problem(f"compose: services missing: {sorted(missing)}")

    declared_volumes = set((compose.get("volumes") or {}).keys())
    published = {}
    for name, service in services.items():
        if "image" not in service and "build" not in service:
            problem(f"compose: {name} has neither image nor build")
        for dependency, spec in (service.get("depends_on") or {}).items():
            if dependency not in services:
                problem(f"compose: {name} depends on unknown service {dependency}")
            elif spec.get("condition") == "service_healthy" and "healthcheck" not in services[dependency]:
                problem(f"compose: {name} waits for {dependency} to be healthy, but it has no healthcheck")
        for port in service.get("ports", []):
            host = str(port).rsplit(":", 1)[0]
            if host in published:
                problem(f"compose: host port {host} published by {published[host]} and {name}")
            published[host] = name
        for volume in service.get("volumes", []):
            source = str(volume).split(":", 1)[0]
            if source.startswith("."):
                if not (ROOT / source).exists():
                    problem(f"compose: {name} mounts {source}, which does not exist")
            elif source not in declared_volumes:
                problem(f"compose: {name} uses undeclared volume {source}")
        build = service.get("build")
        if build:
            context = ROOT / build["context"]
            module = context.parent
            if not (module / "pom.xml").exists():
                problem(f"compose: {name} builds from {build['context']}, not a Maven module's target/")
            dockerfile = (context / build.get("dockerfile", "Dockerfile")).resolve()
            if not dockerfile.exists():
                problem(f"compose: {name} Dockerfile {dockerfile} does not exist")
            jar = build.get("args", {}).get("JAR_FILE", "")
            if not jar.startswith(module.name + "-"):
                problem(f"compose: {name} JAR_FILE {jar!r} is not {module.name}'s jar")
    check(f"compose: {len(services)} services, dependencies, mounts, build contexts, ports")

    for name, port in APP_SERVICES.items():
        service = services.get(name, {})
        env = environment(service)
        needed = {"SPRING_KAFKA_BOOTSTRAP_SERVERS", "SPRING_KAFKA_PROPERTIES_SCHEMA_REGISTRY_URL"}
        if name != "streams-processor":
            needed |= {"SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_ISSUER_URI",
                       "SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_JWK_SET_URI"}
        if name == "query-api":
            needed.add("SPRING_ELASTICSEARCH_URIS")
        else:
            needed.add("SHORTLIST_BLOBS_DIR")
        for key in sorted(needed - set(env)):
            problem(f"compose: {name} lacks {key}")
        test = " ".join(service.get("healthcheck", {}).get("test", []))
        if f"localhost:{port}/actuator/health" not in test:
            problem(f"compose: {name} health check does not call /actuator/health on {port}")
        healthy = {d for d, spec in (service.get("depends_on") or {}).items()
                   if spec.get("condition") == "service_healthy"}
        if not {"kafka", "schema-registry"} <= healthy:
            problem(f"compose: {name} does not wait for a healthy kafka and schema-registry")
    check("compose: service settings, health checks and health-gated start order")

    def blob_mount(name):
        for volume in services.get(name, {}).get("volumes", []):
            parts = str(volume).split(":")
            if len(parts) >= 2 and parts[1] == environment(services[name]).get("SHORTLIST_BLOBS_DIR"):
                return parts[0]
        return None

    if blob_mount("ingest-api") is None or blob_mount("ingest-api") != blob_mount("streams-processor"):
        problem("compose: ingest-api and streams-processor do not mount one volume at SHORTLIST_BLOBS_DIR")
    else:
        check(f"compose: blob volume '{blob_mount('ingest-api')}' shared by ingest-api and streams-processor")

    images = {name: s.get("image", "") for name, s in services.items()}
    if images.get("kafka") != "apache/kafka:4.2.1":
        problem(f"compose: kafka image is {images.get('kafka')}, expected apache/kafka:4.2.1")
    es_version = images.get("elasticsearch", "").rsplit(":", 1)[-1]
    kibana_version = images.get("kibana", "").rsplit(":", 1)[-1]
    if not es_version.startswith("8.19.") or es_version != kibana_version:
        problem(f"compose: Elasticsearch {es_version} and Kibana {kibana_version} must be the same 8.19.x")
    check(f"compose: images kafka 4.2.1, Elasticsearch/Kibana {es_version}")


# ----------------------------------------------------------------------------------------- keycloak

def check_realm():
    realm = json.loads((DEPLOY / "keycloak" / "shortlist-realm.json").read_text(encoding="utf-8"))
    if realm.get("realm") != "shortlist":
        problem("keycloak: realm is not 'shortlist'")
    clients = {c["clientId"]: c for c in realm.get("clients", [])}
    client = clients.get("shortlist-api")
    if not client:
        problem("keycloak: client shortlist-api missing")
        return
    roles = {r["name"] for r in realm.get("roles", {}).get("client", {}).get("shortlist-api", [])}
    if roles != {"viewer", "recruiter", "admin"}:
        problem(f"keycloak: shortlist-api roles are {sorted(roles)}")
    mappers = {m["protocolMapper"]: m["config"] for m in client.get("protocolMappers", [])}
    audience = mappers.get("oidc-audience-mapper", {})
    if audience.get("included.custom.audience") != "shortlist" or audience.get("access.token.claim") != "true":
        problem("keycloak: no audience mapper adding 'shortlist' to access tokens")
    org = mappers.get("oidc-usermodel-attribute-mapper", {})
    if org.get("user.attribute") != "org_id" or org.get("claim.name") != "org_id":
        problem("keycloak: no mapper from user attribute org_id to claim org_id")
    role_mapper = mappers.get("oidc-usermodel-client-role-mapper", {})
    if role_mapper.get("claim.name") != "roles" or role_mapper.get("multivalued") != "true" \
            or role_mapper.get("usermodel.clientRoleMapping.clientId") != "shortlist-api":
        problem("keycloak: no mapper putting shortlist-api roles into a flat 'roles' array claim")
    profile = realm.get("components", {}).get("org.keycloak.userprofile.UserProfileProvider", [])
    declared = set()
    for component in profile:
        for config in component.get("config", {}).get("kc.user.profile.config", []):
            declared |= {a["name"] for a in json.loads(config).get("attributes", [])}
    if "org_id" not in declared:
        problem("keycloak: the user profile does not declare org_id (Keycloak would drop it)")
    users = realm.get("users", [])
    orgs = {u["attributes"]["org_id"][0] for u in users if u.get("attributes", {}).get("org_id")}
    if len(users) < 2 or len(orgs) < 2:
        problem("keycloak: need two demo users in different organizations")
    for user in users:
        if not set(user.get("clientRoles", {}).get("shortlist-api", [])) <= roles:
            problem(f"keycloak: user {user['username']} has an unknown role")
    check(f"keycloak: realm, client, 3 roles, 3 mappers, {len(users)} users in {len(orgs)} organizations")


# ------------------------------------------------------------------------------------------- kibana

def mapped_fields(templates_dir):
    """alias -> {field path: type} from the query-api index templates."""
    result = {}
    for path in sorted(templates_dir.glob("*.json")):
        template = json.loads(path.read_text(encoding="utf-8"))
        pattern = template["index_patterns"][0]
        alias = pattern.split("-v*")[0]
        fields = {}

        def walk(properties, prefix=""):
            for name, spec in properties.items():
                fields[prefix + name] = spec.get("type", "object")
                walk(spec.get("properties", {}), prefix + name + ".")

        walk(template["template"]["mappings"].get("properties", {}))
        result[alias] = fields
    return result


def check_saved_objects(templates_dir):
    path = DEPLOY / "kibana" / "saved-objects.ndjson"
    objects = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            problem(f"kibana: line {number} is blank (the import API rejects it)")
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as e:
            problem(f"kibana: line {number} is not JSON: {e}")
            continue
        for key in ("id", "type", "attributes", "references"):
            if key not in obj:
                problem(f"kibana: line {number} has no {key}")
        objects.append(obj)
    check(f"kibana: {len(objects)} lines, each one JSON object")

    ids = [(o.get("type"), o.get("id")) for o in objects]
    if len(ids) != len(set(ids)):
        problem("kibana: duplicate (type, id)")
    known = set(ids)
    for obj in objects:
        for ref in obj.get("references", []):
            if (ref["type"], ref["id"]) not in known:
                problem(f"kibana: {obj['id']} references missing {ref['type']} {ref['id']}")
    check("kibana: every reference resolves inside the file")

    views = {o["id"]: o for o in objects if o["type"] == "index-pattern"}
    runtime = {vid: set(json.loads(v["attributes"].get("runtimeFieldMap", "{}"))) for vid, v in views.items()}
    mappings = mapped_fields(templates_dir) if templates_dir and templates_dir.is_dir() else None
    optional = optional_fields()
    read = 0
    for obj in objects:
        if obj["type"] != "lens":
            continue
        layers = obj["attributes"]["state"]["datasourceStates"]["formBased"]["layers"]
        refs = {r["name"]: r["id"] for r in obj["references"]}
        for layer_id, layer in layers.items():
            view = refs.get(f"indexpattern-datasource-layer-{layer_id}")
            if view is None:
                problem(f"kibana: {obj['id']} layer {layer_id} has no data view reference")
                continue
            columns = layer["columns"]
            if set(layer["columnOrder"]) != set(columns):
                problem(f"kibana: {obj['id']} columnOrder does not list exactly its columns")
            for column_id, column in columns.items():
                for reference in column.get("references", []):
                    if reference not in columns:
                        problem(f"kibana: {obj['id']} column {column_id} references missing column {reference}")
                field = column.get("sourceField")
                if not field or field == "___records___":
                    continue
                read += 1
                if field in runtime.get(view, set()):
                    continue
                if mappings is None:
                    continue
                if view not in mappings:
                    problem(f"kibana: data view {view} has no index template in {templates_dir}")
                elif field not in mappings[view] and (view, field) not in optional:
                    problem(f"kibana: {obj['id']} reads {view}.{field}, which the index template does not map")
    for vid, view in views.items():
        time_field = view["attributes"].get("timeFieldName")
        if mappings is not None and vid in mappings and mappings[vid].get(time_field) != "date":
            problem(f"kibana: data view {vid} time field {time_field} is not a mapped date")
    rows = field_rows()
    if mappings is not None:
        for view, field, es_type in rows:
            if "optional" in es_type or view not in mappings:
                continue
            if field not in mappings[view]:
                problem(f"kibana: FIELDS.md lists {view}.{field}, which the index template does not map")
            elif mappings[view][field] != es_type:
                problem(f"kibana: FIELDS.md says {view}.{field} is {es_type}, the template maps {mappings[view][field]}")
    if mappings is None:
        check(f"kibana: {read} field reads found; index templates not found at {templates_dir}, mapping check skipped")
    else:
        check(f"kibana: {read} column reads, {len(rows)} FIELDS.md rows and {len(views)} time fields match "
              f"the index templates in {templates_dir}")

    sys.path.insert(0, str(DEPLOY / "kibana"))
    import build_saved_objects as build  # noqa: PLC0415 - the generator is the source of truth
    if path.read_text(encoding="utf-8") != build.build_all():
        problem("kibana: saved-objects.ndjson is stale: run python3 deploy/kibana/build_saved_objects.py")
    if (DEPLOY / "kibana" / "FIELDS.md").read_text(encoding="utf-8") != build.fields_markdown():
        problem("kibana: FIELDS.md is stale: run python3 deploy/kibana/build_saved_objects.py")
    check("kibana: saved-objects.ndjson and FIELDS.md match build_saved_objects.py")


def field_rows():
    """(data view, field, type) rows of FIELDS.md."""
    rows = []
    for line in (DEPLOY / "kibana" / "FIELDS.md").read_text(encoding="utf-8").splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) == 4 and cells[0].startswith("shortlist-"):
            rows.append((cells[0], cells[1], cells[2]))
    return rows


def optional_fields():
    return {(view, field) for view, field, es_type in field_rows() if "optional" in es_type}


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--templates", type=pathlib.Path,
                        default=ROOT / "query-api" / "src" / "main" / "resources" / "elasticsearch",
                        help="directory of the query-api index template JSON files")
    args = parser.parse_args()
    check_compose()
    check_realm()
    check_saved_objects(args.templates)
    for line in checked:
        print("ok   " + line)
    for line in problems:
        print("FAIL " + line)
    print(f"{len(checked)} checks passed, {len(problems)} problems")
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
