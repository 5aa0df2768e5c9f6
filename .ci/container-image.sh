#!/usr/bin/env bash
# Builds the Dockerfile with podman and runs the image the way a deployment would: configured only
# through environment variables, against the CI database (GF_E2E_JDBC_URL, exported by .ci/run) and
# a real Keycloak with src/main/keycloak/realm.json. Passes when the container reports ready and
# answers a request signed with a Keycloak access token; any other outcome fails CI.
#
# No Docker engine and no image registry exist on the CI machine (../shared/STACK-NOTES.md,
# "Containers without Docker"), so this script
#   - points podman at a containers.conf that fits the machine (no default ulimits, cgroupfs) and
#     runs it with runc and host networking;
#   - makes the base images the Dockerfile's FROM lines name from Debian packages (debootstrap from
#     the mirror apt uses) and tags them with those names, so `podman build --pull=never` builds the
#     Dockerfile unchanged;
#   - lends the build stage the host's Maven repository (and CA certificates) as build-time
#     volumes: the build stage still runs the Maven wrapper and packages from source, but the
#     artifacts `./mvnw verify` has just downloaded are not fetched a second time. Volumes are a
#     podman option, not part of the image, so the Dockerfile stays the one a Docker Hub user
#     builds.
# Needs: root, apt-get (podman, runc, debootstrap are installed when missing), the outputs of
# `./mvnw verify` in target/ (the Keycloak distribution the end-to-end test unpacked).
set -euo pipefail
cd "$(dirname "$0")/.."

IMAGE=${GF_CI_IMAGE:-localhost/gf-instruments:ci}
REALM=gf-instruments
KEYCLOAK_HOME=target/e2e/keycloak
WORK=$(mktemp -d /tmp/gf-ci-container.XXXXXX)
CONTAINER=gf-ci-$$
keycloak_pid=

t_start=$(date +%s)
phase() { echo "[container] $(($(date +%s) - t_start)) s: $*"; }
die() {
  echo "[container] FAILED: $*" >&2
  exit 1
}

cleanup() {
  local rc=$?
  if [ $rc -ne 0 ]; then
    echo "----- container log -----" >&2
    podman logs --tail 80 "$CONTAINER" >&2 2>/dev/null || true
    echo "----- keycloak log (tail) -----" >&2
    tail -n 40 "$WORK/keycloak.log" >&2 2>/dev/null || true
  fi
  podman rm -f "$CONTAINER" >/dev/null 2>&1 || true
  if [ -n "${dangling_before+set}" ]; then
    # the images this run left untagged: the build stage and the image the new tag replaced
    comm -13 <(echo "$dangling_before") <(podman images -q --filter dangling=true | sort) |
      xargs -r podman rmi -f >/dev/null 2>&1 || true
  fi
  if [ -n "$keycloak_pid" ]; then
    # kc.sh leaves a shell with the Keycloak JVM as its child; stopping only the shell orphans it
    for pid in $(pgrep -P "$keycloak_pid" 2>/dev/null) "$keycloak_pid"; do
      kill "$pid" 2>/dev/null || true
    done
    wait "$keycloak_pid" 2>/dev/null || true
  fi
  rm -rf "$WORK"
  exit $rc
}
trap cleanup EXIT

[ "$(id -u)" = 0 ] || die "needs root (podman as root with runc, debootstrap)"
[ -n "${GF_E2E_JDBC_URL:-}" ] || die "GF_E2E_JDBC_URL is not set (.ci/run exports the CI database)"
[ -f "$KEYCLOAK_HOME/bin/kc.sh" ] || die "$KEYCLOAK_HOME missing: run ./mvnw verify first"

missing=()
for tool in podman:podman runc:runc debootstrap:debootstrap curl:curl jq:jq; do
  command -v "${tool%%:*}" >/dev/null 2>&1 || missing+=("${tool##*:}")
done
if [ ${#missing[@]} -gt 0 ]; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi

# crun fails on this machine's hybrid cgroups, and podman's default ulimits cannot be set here
cat >"$WORK/containers.conf" <<'EOF'
[containers]
default_ulimits = []

[engine]
cgroup_manager = "cgroupfs"
EOF
export CONTAINERS_CONF="$WORK/containers.conf"
PODMAN=(podman --runtime=/usr/sbin/runc)
# without default ulimits a build step gets 1024 open files, too few for javac over the project's
# classpath; ask for what this shell may hand on (`podman run` inherits it already and refuses an
# explicit --ulimit here)
NOFILE=$(ulimit -Hn)
[ "$NOFILE" = unlimited ] && NOFILE=65536
[ "$NOFILE" -gt 65536 ] && NOFILE=65536

free_port() {
  local port
  for _ in $(seq 1 50); do
    port=$((20000 + RANDOM % 40000))
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
      echo "$port"
      return
    fi
  done
  die "no free port"
}

await_200() { # url seconds [container]
  local url=$1 seconds=$2 container=${3:-}
  for _ in $(seq 1 "$seconds"); do
    if [ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 5 "$url")" = 200 ]; then
      return 0
    fi
    if [ -n "$container" ] && [ "$("${PODMAN[@]}" inspect -f '{{.State.Running}}' "$container" 2>/dev/null)" != true ]; then
      die "container $container stopped before $url answered 200"
    fi
    sleep 1
  done
  die "$url did not answer 200 within $seconds s"
}

# --- Keycloak, started now so that it comes up while the image builds ---------------------------

kc_port=$(free_port)
keycloak_url="http://localhost:$kc_port"
# the end-to-end test left this distribution with the realm imported; --import-realm skips a realm
# that already exists
mkdir -p "$KEYCLOAK_HOME/data/import"
cp src/main/keycloak/realm.json "$KEYCLOAK_HOME/data/import/realm.json"
# a clean environment: Keycloak is a Quarkus application too and would read CI's QUARKUS_* settings
env -i PATH="$PATH" HOME="$HOME" ${JAVA_HOME:+JAVA_HOME="$JAVA_HOME"} \
  KC_BOOTSTRAP_ADMIN_USERNAME=admin KC_BOOTSTRAP_ADMIN_PASSWORD=admin \
  bash "$KEYCLOAK_HOME/bin/kc.sh" start-dev --import-realm --http-port="$kc_port" \
  --hostname="$keycloak_url" >"$WORK/keycloak.log" 2>&1 &
keycloak_pid=$!

# --- base images -------------------------------------------------------------------------------

debian_mirror() {
  # the first Debian archive (not the security one) that apt uses, deb822 or one-line format
  local uri
  uri=$(cat /etc/apt/sources.list /etc/apt/sources.list.d/*.list /etc/apt/sources.list.d/*.sources 2>/dev/null |
    sed -n -E 's/^(URIs:[[:space:]]*|deb[[:space:]]+(\[[^]]*\][[:space:]]+)?)([^[:space:]]+).*/\3/p' |
    grep -E '/debian/?$' | head -n 1)
  echo "${uri:-http://deb.debian.org/debian}"
}

# Every FROM of the Dockerfile gets one local Debian image: the JDK (plus curl for the wrapper)
# also serves as the JRE, which saves a second debootstrap in CI.
base_images=()
while read -r name; do
  case "$name" in
    */*/*) base_images+=("$name") ;;
    */*) base_images+=("docker.io/$name") ;;
    *) base_images+=("docker.io/library/$name") ;;
  esac
done < <(sed -n -E 's/^FROM[[:space:]]+(--[^[:space:]]+[[:space:]]+)*([^[:space:]]+).*/\2/p' Dockerfile | grep -v '^\$' | sort -u)

need_base=false
for name in "${base_images[@]}"; do
  "${PODMAN[@]}" image exists "$name" || need_base=true
done
if $need_base; then
  mirror=$(debian_mirror)
  suite=$(. /etc/os-release && echo "$VERSION_CODENAME")
  phase "making the base image from $mirror $suite (debootstrap)"
  rootfs="$WORK/rootfs"
  debootstrap --variant=minbase --include=openjdk-17-jdk-headless,curl,ca-certificates \
    "$suite" "$rootfs" "$mirror" >"$WORK/debootstrap.log" 2>&1 ||
    { tail -n 30 "$WORK/debootstrap.log" >&2; die "debootstrap failed"; }
  rm -rf "$rootfs/var/cache/apt/archives/"*.deb "$rootfs/var/lib/apt/lists/"*
  tar -C "$rootfs" -c . | "${PODMAN[@]}" import --quiet - localhost/gf-ci-base:debian-jdk17 >/dev/null
  rm -rf "$rootfs"
  for name in "${base_images[@]}"; do
    "${PODMAN[@]}" tag localhost/gf-ci-base:debian-jdk17 "$name"
  done
fi
phase "base images ready: ${base_images[*]}"

# --- build -------------------------------------------------------------------------------------

mkdir -p "$HOME/.m2"
# build stages left untagged by this build are removed at the end (see cleanup)
dangling_before=$("${PODMAN[@]}" images -q --filter dangling=true | sort)
# The build stage trusts the certificates the host trusts: where HTTPS egress goes through a proxy
# with a local CA (as on this CI machine), Maven in the build stage needs that CA as the host's Maven
# does. Like the repository, the volume exists only while RUN steps run; no image contains it.
t_build=$(date +%s)
"${PODMAN[@]}" build --pull=never --network=host --ulimit "nofile=$NOFILE:$NOFILE" \
  --volume "$HOME/.m2:/root/.m2" \
  --volume /etc/ssl/certs:/etc/ssl/certs:ro --tag "$IMAGE" . >"$WORK/build.log" 2>&1 ||
  { tail -n 60 "$WORK/build.log" >&2; die "podman build failed"; }
phase "image $IMAGE built in $(($(date +%s) - t_build)) s ($("${PODMAN[@]}" image inspect -f '{{.Size}}' "$IMAGE") bytes)"

await_200 "$keycloak_url/realms/$REALM/.well-known/openid-configuration" 180
phase "Keycloak ready on $keycloak_url"

# --- run ---------------------------------------------------------------------------------------

port=$(free_port)
t_run=$(date +%s)
"${PODMAN[@]}" run -d --name "$CONTAINER" --network=host \
  -e QUARKUS_HTTP_PORT="$port" \
  -e QUARKUS_DATASOURCE_JDBC_URL="$GF_E2E_JDBC_URL" \
  -e QUARKUS_DATASOURCE_USERNAME="${GF_E2E_USERNAME:-}" \
  -e QUARKUS_DATASOURCE_PASSWORD="${GF_E2E_PASSWORD:-}" \
  -e QUARKUS_OIDC_AUTH_SERVER_URL="$keycloak_url/realms/$REALM" \
  -e QUARKUS_OIDC_CLIENT_ID=gf-instruments-api \
  -e QUARKUS_OIDC_CREDENTIALS_SECRET=gf-instruments-api-secret \
  -e GF_DEMO_DATA_ENABLED=true \
  "$IMAGE" >/dev/null
await_200 "http://127.0.0.1:$port/q/health/ready" 120 "$CONTAINER"
phase "container ready after $(($(date +%s) - t_run)) s"

token=$(curl -sf --max-time 10 -d grant_type=password -d client_id=gf-instruments-cli \
  -d username=researcher-gz -d password=researcher-gz \
  "$keycloak_url/realms/$REALM/protocol/openid-connect/token" | jq -r .access_token)
[ -n "$token" ] && [ "$token" != null ] || die "no access token from Keycloak"

me=$(curl -s --max-time 10 -w '\n%{http_code}' -H "Authorization: Bearer $token" \
  "http://127.0.0.1:$port/api/v1/me")
status=${me##*$'\n'}
body=${me%$'\n'*}
[ "$status" = 200 ] || die "GET /api/v1/me answered $status: $body"
[ "$(jq -r .username <<<"$body")" = researcher-gz ] || die "unexpected /api/v1/me body: $body"
anonymous=$(curl -s -o /dev/null -w '%{http_code}' --max-time 10 "http://127.0.0.1:$port/api/v1/me")
[ "$anonymous" = 401 ] || die "GET /api/v1/me without a token answered $anonymous, not 401"
uid=$("${PODMAN[@]}" exec "$CONTAINER" id -u)
[ "$uid" = 185 ] || die "the service runs as uid $uid, not the image's non-root user 185"
phase "signed-in GET /api/v1/me answered 200 for researcher-gz; 401 without a token; uid $uid"
phase "container check passed"
