#!/usr/bin/env bash
# Checks deploy/ offline, without a Docker engine or a cluster, in well under a minute:
#   - the shell scripts parse (bash -n);
#   - docker-compose config accepts deploy/compose/docker-compose.yml;
#   - kubectl kustomize renders deploy/kubernetes/overlays/dev and prod;
#   - node --test deploy/test/: every rendered Kubernetes object passes its schema (kubernetes-models for the
#     core kinds, deploy/schemas for CloudNativePG's), and compose and Kubernetes agree with each service's
#     application.properties (environment names, ports, health paths, images), the bench's memory figures and
#     the intended network flows.
# Needs kubectl 1.27 or newer (KUBECTL=... to choose one), Node.js 20 or newer, and docker-compose (installed
# with apt-get when missing and run as root). Installs deploy/node_modules with npm ci on first use.
set -euo pipefail
cd "$(dirname "$0")"

step() { printf '\n--> %s\n' "$*"; }
die() { printf 'check.sh: %s\n' "$*" >&2; exit 1; }

KUBECTL=${KUBECTL:-$(command -v kubectl || true)}
[ -n "$KUBECTL" ] || die "kubectl 1.27 or newer is needed (Debian's kubernetes-client 1.20 is too old for kustomize v5)"
export KUBECTL
if ! command -v docker-compose >/dev/null; then
  [ "$(id -u)" -eq 0 ] || die "docker-compose is needed: sudo apt-get install -y docker-compose"
  echo "check.sh: installing docker-compose with apt-get"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq docker-compose >/dev/null 2>&1 \
    || { DEBIAN_FRONTEND=noninteractive apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq docker-compose >/dev/null; }
fi
command -v node >/dev/null || die "Node.js 20 or newer is needed"
if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  step "npm ci (deploy/package-lock.json)"
  npm ci --no-audit --no-fund --loglevel=error
fi

step "tools: $("$KUBECTL" version --client 2>/dev/null | head -1); $(docker-compose version --short 2>/dev/null | sed 's/^/docker-compose /'); node $(node --version)"

step "shell scripts parse"
for script in local/*.sh compose/initdb/*.sh check.sh; do bash -n "$script" && echo "ok   $script"; done

step "docker-compose config"
env -u POSTGRES_PASSWORD docker-compose -f compose/docker-compose.yml config -q && echo "ok   compose/docker-compose.yml"

step "kubectl kustomize"
for overlay in dev prod; do
  count=$("$KUBECTL" kustomize "kubernetes/overlays/$overlay" | grep -c '^kind:')
  echo "ok   kubernetes/overlays/$overlay renders $count objects"
done

step "node --test test/ (schemas; compose and Kubernetes against application.properties)"
node --test --test-reporter=spec test/*.test.js 2>&1 | grep -vE '^\s*$'
