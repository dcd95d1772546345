"""Static checks of the Docker deployment (docker/). No Docker engine needed.

Parses docker/docker-compose.yml with PyYAML (anchors and `<<` merges resolved) and
asserts properties a deployment relies on: services, healthchecks, pinned images,
env wiring, secrets only as `${...}` references, loopback-only ports, profiles, and
that docker/Dockerfile builds on the Airflow version pinned in requirements.lock.
"""
from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

pytestmark = pytest.mark.unit

ROOT = Path(__file__).resolve().parents[2]
DOCKER = ROOT / "docker"
COMPOSE_FILE = DOCKER / "docker-compose.yml"
DOCKERFILE = DOCKER / "Dockerfile"
ENV_EXAMPLE = DOCKER / ".env.example"
INIT_SCRIPT = DOCKER / "init-db" / "01-databases.sh"
LOCK = ROOT / "requirements.lock"

AIRFLOW_SERVICES = {
    "airflow-init",
    "airflow-apiserver",
    "airflow-scheduler",
    "airflow-dag-processor",
    "airflow-triggerer",
    "airflow-worker",
    "flower",
}
LONG_RUNNING_AIRFLOW = {
    "airflow-apiserver",
    "airflow-scheduler",
    "airflow-dag-processor",
    "airflow-triggerer",
    "airflow-worker",
    "flower",
}
DEFAULT_SERVICES = {
    "postgres",
    "airflow-init",
    "airflow-apiserver",
    "airflow-scheduler",
    "airflow-dag-processor",
    "airflow-triggerer",
    "metabase",
}
CELERY_SERVICES = {"redis", "airflow-worker"}
ONE_SHOT = {"airflow-init"}
VALID_DEPENDS_ON_CONDITIONS = {"service_started", "service_healthy", "service_completed_successfully"}
SECRET_KEY_RE = re.compile(r"(PASSWORD|_PASS$|SECRET|FERNET)", re.IGNORECASE)
# ${VAR}, ${VAR:-default}, ${VAR-default}, ${VAR:?msg}, ${VAR?msg}; `$$` is a literal `$`.
VAR_RE = re.compile(r"\$\{([A-Za-z_][A-Za-z0-9_]*)((?::?[-?+])([^}]*))?\}")
URI_PASSWORD_RE = re.compile(r"^[a-z0-9+]+://[^:/@]+:(?P<pw>.+)@[^@]+$")


# --------------------------------------------------------------------------- helpers
@pytest.fixture(scope="module")
def compose() -> dict:
    assert COMPOSE_FILE.is_file(), f"missing {COMPOSE_FILE}"
    return yaml.safe_load(COMPOSE_FILE.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def services(compose) -> dict:
    return compose["services"]


def _strip_escapes(text: str) -> str:
    return text.replace("$$", "")


def _strings(node):
    """Every string (keys and values) in the parsed file: what compose interpolates."""
    if isinstance(node, dict):
        for k, v in node.items():
            yield from _strings(k)
            yield from _strings(v)
    elif isinstance(node, list):
        for item in node:
            yield from _strings(item)
    elif isinstance(node, str):
        yield node


def _vars_used(compose: dict) -> set[str]:
    return {m.group(1) for s in _strings(compose) for m in VAR_RE.finditer(_strip_escapes(s))}


def _interpolate_defaults(value: str) -> str:
    """Render `${VAR:-default}` with its default (what an unset .env yields)."""

    def repl(m: re.Match) -> str:
        op = m.group(2) or ""
        if op[:2] in (":-",) or op[:1] == "-":
            return m.group(3) or ""
        return f"<{m.group(1)}>"

    return VAR_RE.sub(repl, _strip_escapes(value))


def _env(service: dict) -> dict[str, str]:
    env = service.get("environment") or {}
    if isinstance(env, list):  # KEY=VALUE form
        env = dict(item.split("=", 1) if "=" in item else (item, "") for item in env)
    return {str(k): "" if v is None else str(v) for k, v in env.items()}


def _profiles(service: dict) -> list[str]:
    return list(service.get("profiles") or [])


def _env_example_keys() -> set[str]:
    keys = set()
    for line in ENV_EXAMPLE.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line.startswith("#"):
            line = line.lstrip("#").strip()  # documented-but-commented keys count too
            if not re.match(r"^[A-Z_][A-Z0-9_]*=", line):
                continue
        if "=" in line:
            keys.add(line.split("=", 1)[0].strip())
    return keys


def _lock_airflow_version() -> str:
    m = re.search(r"^apache-airflow==([0-9][^\s;#]*)", LOCK.read_text(encoding="utf-8"), re.MULTILINE)
    assert m, "requirements.lock pins no apache-airflow==X"
    return m.group(1)


# ----------------------------------------------------------------------------- tests
def test_compose_spec_has_no_version_key(compose):
    assert "version" not in compose, "compose spec: the top-level `version:` key is obsolete"


def test_expected_services_exist(services):
    expected = DEFAULT_SERVICES | CELERY_SERVICES | {"flower"}
    missing = expected - set(services)
    assert not missing, f"services missing from docker-compose.yml: {sorted(missing)}"


def test_default_services_have_no_profile(services):
    for name in DEFAULT_SERVICES:
        assert not _profiles(services[name]), f"{name} must start without a profile"


def test_celery_services_are_in_celery_profile(services):
    for name in CELERY_SERVICES:
        assert _profiles(services[name]) == ["celery"], f"{name}: profiles must be [celery]"
    assert _profiles(services["flower"]), "flower is optional: it must sit behind a profile"
    assert "celery" in _profiles(services["flower"]) or _profiles(services["flower"]) == ["flower"]


def test_every_long_running_service_has_a_healthcheck(services):
    for name, svc in services.items():
        if name in ONE_SHOT:
            continue
        hc = svc.get("healthcheck")
        assert hc, f"{name} has no healthcheck"
        assert not hc.get("disable"), f"{name}: healthcheck disabled"
        test = hc.get("test")
        assert test, f"{name}: healthcheck without a test command"
        if isinstance(test, list):
            assert test[0] in ("CMD", "CMD-SHELL"), f"{name}: healthcheck test must start with CMD/CMD-SHELL"
            assert len(test) > 1 and all(str(part).strip() for part in test[1:]), f"{name}: empty test"
        else:
            assert str(test).strip(), f"{name}: empty healthcheck test"


@pytest.mark.parametrize(
    ("service", "needle"),
    [
        ("postgres", "pg_isready"),
        ("airflow-apiserver", "/api/v2/monitor/health"),
        ("airflow-scheduler", "SchedulerJob"),
        ("airflow-dag-processor", "DagProcessorJob"),
        ("airflow-triggerer", "TriggererJob"),
        ("redis", "redis-cli ping"),
        ("metabase", "/api/health"),
        ("airflow-worker", "inspect ping"),
    ],
)
def test_healthcheck_probes_the_right_thing(services, service, needle):
    test = services[service]["healthcheck"]["test"]
    text = " ".join(map(str, test)) if isinstance(test, list) else str(test)
    assert needle in text, f"{service}: healthcheck should use {needle!r}, got {text!r}"


def test_airflow_job_checks_are_local(services):
    for name in ("airflow-scheduler", "airflow-dag-processor", "airflow-triggerer"):
        test = services[name]["healthcheck"]["test"]
        text = " ".join(map(str, test))
        assert "airflow jobs check" in text and "--local" in text, name


def test_images_are_pinned(services):
    for name, svc in services.items():
        image = svc.get("image")
        assert image, f"{name} has no image"
        rendered = _interpolate_defaults(image)
        assert ":" in rendered.rsplit("/", 1)[-1], f"{name}: image {rendered!r} has no tag"
        tag = rendered.rsplit(":", 1)[1]
        assert tag and tag != "latest", f"{name}: image {rendered!r} must be pinned, not latest"


def test_third_party_image_versions(services):
    assert _interpolate_defaults(services["postgres"]["image"]).startswith("postgres:15")
    assert _interpolate_defaults(services["metabase"]["image"]).startswith("metabase/metabase:v")
    assert _interpolate_defaults(services["redis"]["image"]).startswith("redis:")


def test_airflow_services_build_the_project_image(services):
    images = {_interpolate_defaults(services[n]["image"]) for n in AIRFLOW_SERVICES}
    assert len(images) == 1, f"all Airflow services must run the same image, got {images}"
    for name in AIRFLOW_SERVICES:
        build = services[name].get("build")
        assert build and build.get("dockerfile") == "docker/Dockerfile" and build.get("context") == "..", name


def test_postgres_volumes_and_init_script(compose, services):
    vols = [str(v) for v in services["postgres"].get("volumes", [])]
    data = [v for v in vols if v.endswith(":/var/lib/postgresql/data")]
    assert data, "postgres data directory must be on a volume"
    named = data[0].split(":", 1)[0]
    assert named in (compose.get("volumes") or {}), f"{named} must be a named volume"
    init = [v for v in vols if ":/docker-entrypoint-initdb.d" in v]
    assert init and init[0].startswith("./init-db"), "init-db/ must be mounted at /docker-entrypoint-initdb.d"
    assert INIT_SCRIPT.is_file()


def test_named_volumes_for_state(compose, services):
    declared = set(compose.get("volumes") or {})
    mounts = {str(v).split(":")[1]: str(v).split(":")[0] for v in services["airflow-scheduler"]["volumes"]}
    for target in ("/opt/cchc/data/raw", "/opt/cchc/data/reports", "/opt/airflow/logs"):
        assert target in mounts, f"airflow services must mount a volume at {target}"
        assert mounts[target] in declared, f"{mounts[target]} must be a declared named volume"


def test_airflow_services_share_env_wiring(services):
    reference = _env(services["airflow-scheduler"])
    shared = [
        "AIRFLOW__DATABASE__SQL_ALCHEMY_CONN",
        "AIRFLOW__CORE__EXECUTION_API_SERVER_URL",
        "AIRFLOW_CONN_CCHC_WAREHOUSE",
        "CCHC_DATABASE_URL",
        "CCHC_MODE",
        "CCHC_RAW_ROOT",
        "AIRFLOW__API_AUTH__JWT_SECRET",
        "AIRFLOW__CORE__FERNET_KEY",
        "AIRFLOW__CORE__LOAD_EXAMPLES",
        "AIRFLOW__CORE__PARALLELISM",
        "AIRFLOW__CORE__DAGS_FOLDER",
    ]
    for name in AIRFLOW_SERVICES:
        env = _env(services[name])
        for key in shared:
            assert key in env, f"{name}: missing {key}"
            assert env[key] == reference[key], f"{name}: {key} differs from the scheduler's"


def test_env_values(services):
    env = _env(services["airflow-scheduler"])
    assert env["AIRFLOW__CORE__EXECUTION_API_SERVER_URL"] == "http://airflow-apiserver:8080/execution/"
    assert env["CCHC_MODE"] == "live"
    assert env["CCHC_RAW_ROOT"] == "/opt/cchc/data/raw"
    assert env["AIRFLOW__CORE__LOAD_EXAMPLES"].lower() == "false"
    assert env["AIRFLOW__CORE__PARALLELISM"] == "4"
    assert env["AIRFLOW__CORE__DAGS_FOLDER"] == "/opt/cchc/dags"
    assert re.match(r"^postgresql\+psycopg2://airflow:\$\{[^}]+\}@postgres:5432/airflow$",
                    env["AIRFLOW__DATABASE__SQL_ALCHEMY_CONN"])
    warehouse = env["AIRFLOW_CONN_CCHC_WAREHOUSE"]
    assert re.match(r"^postgresql://cchc:\$\{[^}]+\}@postgres:5432/cchc$", warehouse), warehouse
    assert env["CCHC_DATABASE_URL"] == warehouse


def test_executor_defaults_to_local_and_celery_overrides(services):
    env = _env(services["airflow-scheduler"])
    assert env["AIRFLOW__CORE__EXECUTOR"] == "${AIRFLOW_EXECUTOR:-LocalExecutor}"
    assert _interpolate_defaults(env["AIRFLOW__CORE__EXECUTOR"]) == "LocalExecutor"
    assert _env(services["airflow-worker"])["AIRFLOW__CORE__EXECUTOR"] == "CeleryExecutor"
    assert services["airflow-worker"]["command"] == "celery worker"


def test_airflow_3_commands(services):
    assert services["airflow-apiserver"]["command"] == "api-server"
    assert services["airflow-scheduler"]["command"] == "scheduler"
    assert services["airflow-dag-processor"]["command"] == "dag-processor"
    assert services["airflow-triggerer"]["command"] == "triggerer"
    init = " ".join(map(str, services["airflow-init"]["command"]))
    assert "airflow db migrate" in init
    assert services["airflow-init"].get("restart") in ("no", False)


def test_secrets_are_references_not_literals(services):
    offenders = []
    for name, svc in services.items():
        for key, value in _env(svc).items():
            if SECRET_KEY_RE.search(key):
                if not re.fullmatch(r"\$\{[A-Za-z_][A-Za-z0-9_]*:\?[^}]*\}", value):
                    offenders.append(f"{name}.{key}={value!r} (use ${{VAR:?set VAR in docker/.env}})")
            m = URI_PASSWORD_RE.match(value)
            if m and not re.fullmatch(r"\$\{[A-Za-z_][A-Za-z0-9_]*:\?[^}]*\}", m.group("pw")):
                offenders.append(f"{name}.{key}: password in URI is not a required ${{...}} reference")
    assert not offenders, "\n".join(offenders)


def test_repo_holds_no_secret_values():
    """.env.example documents secrets but fills none in."""
    for line in ENV_EXAMPLE.read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or "=" not in line:
            continue
        key, value = line.split("=", 1)
        if SECRET_KEY_RE.search(key):
            assert value.strip() == "", f".env.example must leave {key} empty"


def test_every_compose_variable_is_documented_in_env_example(compose):
    used = _vars_used(compose)
    assert {"AIRFLOW_EXECUTOR", "CCHC_DB_PASSWORD", "AIRFLOW_JWT_SECRET"} <= used
    missing = used - _env_example_keys()
    assert not missing, f"variables used in docker-compose.yml but absent from .env.example: {sorted(missing)}"


def test_init_script_reads_the_passwords_compose_passes(services):
    script = INIT_SCRIPT.read_text(encoding="utf-8")
    pg_env = _env(services["postgres"])
    for var in ("AIRFLOW_DB_PASSWORD", "METABASE_DB_PASSWORD", "CCHC_OWNER_PASSWORD",
                "CCHC_DB_PASSWORD", "CCHC_BI_READER_PASSWORD"):
        assert var in pg_env, f"postgres service must pass {var} to the init script"
        assert f"${{{var}" in script or f"${var}" in script, f"init script ignores {var}"
    for ident in ("create database airflow", "create database cchc", "create database metabase", "bi_reader"):
        assert ident in script, f"init script: {ident!r} not found"


def test_ports_bind_to_loopback(services):
    found = 0
    for name, svc in services.items():
        for port in svc.get("ports") or []:
            if isinstance(port, dict):  # long syntax
                assert port.get("host_ip") == "127.0.0.1", f"{name}: {port} must set host_ip 127.0.0.1"
            else:
                rendered = _interpolate_defaults(str(port))
                assert rendered.startswith("127.0.0.1:"), f"{name}: port {port!r} must bind to 127.0.0.1"
            found += 1
    assert found, "no published ports at all?"
    api_ports = [_interpolate_defaults(str(p)) for p in services["airflow-apiserver"]["ports"]]
    assert "127.0.0.1:8080:8080" in api_ports
    assert "127.0.0.1:3000:3000" in [_interpolate_defaults(str(p)) for p in services["metabase"]["ports"]]


def test_depends_on_conditions_are_valid(services):
    for name, svc in services.items():
        deps = svc.get("depends_on") or {}
        assert isinstance(deps, dict), f"{name}: use the long depends_on syntax with conditions"
        for dep, spec in deps.items():
            assert dep in services, f"{name} depends on unknown service {dep}"
            assert dep != name
            cond = (spec or {}).get("condition")
            assert cond in VALID_DEPENDS_ON_CONDITIONS, f"{name} -> {dep}: bad condition {cond!r}"
            if dep == "postgres":
                assert cond == "service_healthy"
            if dep == "airflow-init":
                assert cond == "service_completed_successfully"
            # a service without a profile must not depend on a profiled one
            if not _profiles(svc):
                assert not _profiles(services[dep]), f"{name} (no profile) depends on profiled {dep}"


def test_long_running_airflow_services_wait_for_init(services):
    for name in LONG_RUNNING_AIRFLOW:
        deps = services[name]["depends_on"]
        assert deps["airflow-init"]["condition"] == "service_completed_successfully", name
        assert deps["postgres"]["condition"] == "service_healthy", name
    assert "redis" in services["airflow-worker"]["depends_on"]


def test_metabase_uses_its_own_app_db(services):
    env = _env(services["metabase"])
    assert env["MB_DB_TYPE"] == "postgres"
    assert env["MB_DB_HOST"] == "postgres"
    assert env["MB_DB_DBNAME"] == "metabase"
    assert env["MB_DB_USER"] == "metabase"
    assert env["MB_DB_DBNAME"] not in ("cchc", "airflow")
    assert (DOCKER / "metabase" / "setup.sh").is_file()
    assert "bi_reader" in (DOCKER / "metabase" / "setup.sh").read_text(encoding="utf-8")


def test_dockerfile_base_matches_locked_airflow():
    version = _lock_airflow_version()
    froms = re.findall(r"^FROM\s+(\S+)", DOCKERFILE.read_text(encoding="utf-8"), re.MULTILINE)
    assert froms, "Dockerfile has no FROM"
    assert froms[0] == f"apache/airflow:{version}-python3.11", (
        f"Dockerfile FROM {froms[0]} does not match apache-airflow=={version} in requirements.lock"
    )


def test_dockerfile_installs_lock_and_project():
    text = DOCKERFILE.read_text(encoding="utf-8")
    assert re.search(r"pip install --no-cache-dir -r \S*requirements\.lock", text)
    assert re.search(r"pip install --no-cache-dir --no-deps /opt/cchc\b", text)
    for part in ("scrapers/", "dags/", "dbt_project/", "expectations/", "pyproject.toml"):
        assert re.search(rf"^COPY .*{re.escape(part)}", text, re.MULTILINE), f"Dockerfile does not copy {part}"
    for env in ("AIRFLOW__CORE__DAGS_FOLDER=/opt/cchc/dags", "DBT_PROJECT_DIR=",
                "DBT_SEND_ANONYMOUS_USAGE_STATS=False", "DO_NOT_TRACK=1", "GX_ANALYTICS_ENABLED=False"):
        assert env in text, f"Dockerfile must set {env}"
    # never switch the final stage to root
    users = re.findall(r"^USER\s+(\S+)", text, re.MULTILINE)
    assert users and users[-1] == "airflow"


def test_dockerignore_keeps_local_state_and_secrets_out():
    lines = {
        line.strip()
        for line in (ROOT / ".dockerignore").read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    }
    for pattern in (".local", ".venv", ".git", ".pytest_cache", "**/.env"):
        assert pattern in lines, f".dockerignore must exclude {pattern}"
