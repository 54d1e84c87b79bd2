// deploy/kubernetes, as `kubectl kustomize` renders each overlay: every object validated offline (core kinds
// with the kubernetes-models schemas, CloudNativePG kinds with deploy/schemas), then checked against each
// service's application.properties, the bench's measured memory, and the intended network flows.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import Ajv from "ajv";
import { DEPLOY, ROOT, unreadEnv, moduleOfImage, requiredEnv, run, serviceConfig, yamlDocuments } from "./support.js";

const KUBECTL = process.env.KUBECTL ?? "kubectl";
const OVERLAYS = ["dev", "prod"];
const KUSTOMIZE_MINOR = 27; // kubectl 1.27 embeds kustomize v5 (components, labels.includeTemplates)

const ajv = new Ajv({ allErrors: true, strict: true });
for (const file of ["cnpg-cluster", "cnpg-scheduledbackup", "barman-cloud-objectstore"]) {
  const schema = JSON.parse(readFileSync(join(DEPLOY, "schemas", `${file}.schema.json`), "utf8"));
  ajv.addSchema(schema, `${file}.schema.json`);
}
const CUSTOM_KINDS = {
  "postgresql.cnpg.io/v1 Cluster": "cnpg-cluster.schema.json",
  "postgresql.cnpg.io/v1 ScheduledBackup": "cnpg-scheduledbackup.schema.json",
  "barmancloud.cnpg.io/v1 ObjectStore": "barman-cloud-objectstore.schema.json",
};

async function validate(object) {
  const custom = CUSTOM_KINDS[`${object.apiVersion} ${object.kind}`];
  if (custom) {
    const check = ajv.getSchema(custom);
    if (!check(object)) throw new Error(ajv.errorsText(check.errors));
    return;
  }
  const models = await import(`kubernetes-models/${object.apiVersion}`).catch(() => null);
  const Model = models?.[object.kind];
  if (!Model) throw new Error(`no schema for ${object.apiVersion} ${object.kind}`);
  new Model(object).validate();
}

/** Memory the bench measured per process (bench/results/latest.md, "Cost" and "Scale"), in MiB. */
function benchMemory() {
  const md = readFileSync(join(ROOT, "bench/results/latest.md"), "utf8");
  const peaks = {};
  for (const [, name, , , idle, peak] of md.matchAll(/^\| (indicators|projects|gateway) \| ([\d.]+) \| ([\d.]+) \| ([\d.]+) \| ([\d.]+) \|$/gm)) {
    peaks[name] = { idle: Number(idle), load: Number(peak), import: Number(peak) };
  }
  for (const [, name, , rss] of md.matchAll(/^\| (observations|projects) \| \d+ \|.*\| (True|False) \| ([\d.]+) \|/gm)) {
    const service = name === "observations" ? "indicators" : "projects";
    peaks[service].import = Math.max(peaks[service].import, Number(rss));
  }
  assert.equal(Object.keys(peaks).length, 3, "bench/results/latest.md has the cost table");
  return peaks;
}

const mebibytes = (quantity) => {
  const m = /^(\d+(?:\.\d+)?)(Mi|Gi|M|G)?$/.exec(String(quantity));
  if (!m) throw new Error(`unreadable memory quantity ${quantity}`);
  return Number(m[1]) * { Mi: 1, Gi: 1024, M: 0.954, G: 976.6 }[m[2] ?? "Mi"];
};
const matches = (selector, labels) =>
  Object.entries(selector?.matchLabels ?? {}).every(([k, v]) => labels?.[k] === v);

test(`kubectl is 1.${KUSTOMIZE_MINOR} or newer (Debian's kubernetes-client 1.20 is not)`, () => {
  const version = JSON.parse(run(KUBECTL, ["version", "--client", "-o", "json"])).clientVersion;
  assert.ok(Number(version.major) > 1 || parseInt(version.minor, 10) >= KUSTOMIZE_MINOR,
    `kubectl ${version.gitVersion}: kustomize v5 needs kubectl 1.${KUSTOMIZE_MINOR}+`);
});

const bench = benchMemory();

for (const overlay of OVERLAYS) {
  const objects = yamlDocuments(run(KUBECTL, ["kustomize", join(DEPLOY, "kubernetes/overlays", overlay)]));
  const ofKind = (kind) => objects.filter((o) => o.kind === kind);
  const named = (kind, name) => objects.find((o) => o.kind === kind && o.metadata.name === name);
  const namespace = ofKind("Namespace")[0]?.metadata.name;
  const deployments = ofKind("Deployment").map((d) => ({ d, c: d.spec.template.spec.containers[0] }))
    .filter(({ c }) => moduleOfImage(c.image));

  test(`${overlay}: every rendered object passes its schema`, async () => {
    const failures = [];
    for (const object of objects) {
      await validate(object).catch((e) => failures.push(`${object.kind}/${object.metadata?.name}: ${e.message}`));
    }
    assert.deepEqual(failures, []);
    assert.ok(objects.length >= 30, `${objects.length} objects`);
    assert.ok(objects.every((o) => o.kind === "Namespace" || o.metadata.namespace === namespace), "one namespace");
  });

  test(`${overlay}: one Deployment per module, each with a Service, an HPA and a PDB`, () => {
    assert.deepEqual(deployments.map(({ c }) => moduleOfImage(c.image)).sort(),
      ["gateway", "indicators-service", "projects-service"]);
    for (const { d } of deployments) {
      const labels = d.spec.template.metadata.labels;
      assert.ok(ofKind("Service").some((s) => matches({ matchLabels: s.spec.selector }, labels)), `${d.metadata.name} Service`);
      const hpa = ofKind("HorizontalPodAutoscaler").find((h) => h.spec.scaleTargetRef.name === d.metadata.name);
      assert.ok(hpa && hpa.spec.scaleTargetRef.kind === "Deployment", `${d.metadata.name} HPA`);
      assert.ok(hpa.spec.minReplicas <= d.spec.replicas && d.spec.replicas <= hpa.spec.maxReplicas);
      assert.ok(ofKind("PodDisruptionBudget").some((p) => matches(p.spec.selector, labels)), `${d.metadata.name} PDB`);
    }
  });

  for (const { d, c } of deployments) {
    const module = moduleOfImage(c.image);
    const config = serviceConfig(module);
    const pod = d.spec.template.spec;
    const env = new Map();
    for (const e of c.env ?? []) env.set(e.name, e.value ?? e.valueFrom);
    for (const from of c.envFrom ?? []) {
      const source = named(from.configMapRef ? "ConfigMap" : "Secret", (from.configMapRef ?? from.secretRef).name);
      assert.ok(source, `${module}: envFrom ${JSON.stringify(from)} exists`);
      for (const [k, v] of Object.entries(source.data ?? source.stringData ?? {})) if (!env.has(k)) env.set(k, v);
    }

    test(`${overlay}/${module}: environment names are those application.properties reads`, (t) => {
      assert.deepEqual(unreadEnv(config, [...env.keys()]), [], `not read by ${module}`);
      for (const required of requiredEnv(config)) assert.ok(env.has(required), `${required} is set`);
      assert.equal(String(env.get(config.portVariable)), String(config.port));
      for (const e of c.env ?? []) {
        const ref = e.valueFrom?.secretKeyRef ?? e.valueFrom?.configMapKeyRef;
        if (!ref) continue;
        const cluster = ref.name.endsWith("-app") && named("Cluster", ref.name.slice(0, -4));
        if (cluster) {
          assert.ok(["username", "password"].includes(ref.key), `${e.name}: CloudNativePG's ${ref.name} has ${ref.key}`);
          continue;
        }
        const source = named(e.valueFrom.secretKeyRef ? "Secret" : "ConfigMap", ref.name);
        assert.ok(source && ref.key in (source.data ?? source.stringData ?? {}), `${e.name}: ${ref.name}/${ref.key} exists`);
      }
    });

    test(`${overlay}/${module}: image, port and probes match application.properties`, () => {
      assert.match(c.image, new RegExp(`(^|/)yanhu/${module}:[\\w.-]+$`));
      if (overlay === "prod") assert.match(c.image, /^[a-z0-9.-]+\/yanhu\/[a-z-]+:\d+\.\d+\.\d+$/, "a registry and a pinned version");
      const http = c.ports.find((p) => p.name === "http");
      assert.equal(http?.containerPort, config.port);
      const probePort = (probe) => (probe.httpGet.port === "http" ? http.containerPort : probe.httpGet.port);
      for (const [probe, path] of [["startupProbe", config.health.started], ["readinessProbe", config.health.ready],
        ["livenessProbe", config.health.live]]) {
        assert.equal(c[probe]?.httpGet?.path, path, `${probe} path`);
        assert.equal(probePort(c[probe]), config.port, `${probe} port`);
      }
      assert.ok(c.startupProbe.periodSeconds * c.startupProbe.failureThreshold >= 60, "a minute at least for Flyway");
      const service = ofKind("Service").find((s) => matches({ matchLabels: s.spec.selector }, d.spec.template.metadata.labels));
      assert.equal(service.spec.ports[0].port, config.port);
      assert.ok([config.port, "http"].includes(service.spec.ports[0].targetPort));
      assert.equal(String(pod.containers[0].name), d.metadata.name);
      assert.equal(d.spec.template.metadata.annotations["prometheus.io/path"], "/q/metrics");
    });

    test(`${overlay}/${module}: non-root, read-only root filesystem, no privilege escalation, no capabilities`, () => {
      assert.equal(pod.securityContext.runAsNonRoot, true);
      assert.ok(pod.securityContext.runAsUser > 0);
      assert.equal(pod.securityContext.seccompProfile.type, "RuntimeDefault");
      assert.equal(c.securityContext.allowPrivilegeEscalation, false);
      assert.equal(c.securityContext.readOnlyRootFilesystem, true);
      assert.deepEqual(c.securityContext.capabilities.drop, ["ALL"]);
      const tmp = c.volumeMounts.find((m) => m.mountPath === "/tmp");
      assert.ok(pod.volumes.find((v) => v.name === tmp?.name)?.emptyDir, "an emptyDir on /tmp");
      assert.equal(pod.automountServiceAccountToken, false);
    });

    test(`${overlay}/${module}: memory sized from the bench, spread over nodes`, () => {
      const measured = bench[module.replace("-service", "")];
      assert.ok(mebibytes(c.resources.requests.memory) >= measured.load,
        `request ${c.resources.requests.memory} >= ${measured.load} MiB peak under load`);
      assert.ok(mebibytes(c.resources.limits.memory) >= Math.max(measured.load, measured.import) * 1.2,
        `limit ${c.resources.limits.memory} >= 1.2 x ${Math.max(measured.load, measured.import)} MiB`);
      assert.ok(c.resources.requests.cpu);
      const xmx = /-Xmx(\d+)m/.exec(String(env.get("JAVA_OPTS")));
      assert.ok(xmx && Number(xmx[1]) < mebibytes(c.resources.limits.memory) * 0.75, "heap well inside the limit");
      const spread = pod.topologySpreadConstraints ?? [];
      const byHost = spread.find((s) => s.topologyKey === "kubernetes.io/hostname");
      assert.ok(byHost && matches(byHost.labelSelector, d.spec.template.metadata.labels));
      assert.ok(spread.some((s) => s.topologyKey === "topology.kubernetes.io/zone"));
      if (overlay === "prod") assert.equal(byHost.whenUnsatisfiable, "DoNotSchedule");
    });

    if (module !== "gateway") {
      test(`${overlay}/${module}: writes go to its CloudNativePG primary, reads to the read-only Service`, () => {
        const host = String(env.get("PGHOST"));
        assert.match(host, /-rw$/);
        const cluster = named("Cluster", host.slice(0, -3));
        assert.ok(cluster, `a Cluster behind ${host}`);
        const prefix = config.portVariable.replace(/_PORT$/, "");
        assert.equal(cluster.spec.bootstrap.initdb.database, env.get(`${prefix}_DB_NAME`));
        assert.equal(env.get(`${prefix}_DB_PASSWORD`).secretKeyRef.name, `${cluster.metadata.name}-app`);
        const read = String(env.get("PGHOST_READ"));
        assert.equal(read, cluster.spec.instances > 1 ? `${cluster.metadata.name}-ro` : `${cluster.metadata.name}-rw`,
          "replicas serve reads; a single instance serves both");
        const reader = cluster.spec.managed.roles.find((r) => r.name === `${cluster.spec.bootstrap.initdb.database}_reader`);
        assert.ok(reader?.login && named("Secret", reader.passwordSecret.name)?.type === "kubernetes.io/basic-auth");
        assert.ok(cluster.spec.bootstrap.initdb.postInitApplicationSQL.some((s) => s.includes("default_transaction_read_only")));
        assert.equal(env.get(`${prefix}_DB_READER_PASSWORD`).secretKeyRef.name, reader.passwordSecret.name);
      });
    } else {
      test(`${overlay}/gateway: upstreams are the services' Kubernetes Services; buckets in Redis`, () => {
        for (const [variable, target] of [["INDICATORS_URL", "indicators-service"], ["PROJECTS_URL", "projects-service"]]) {
          const url = new URL(env.get(variable));
          const service = named("Service", url.hostname);
          const pods = deployments.find(({ c: other }) => moduleOfImage(other.image) === target).d.spec.template.metadata.labels;
          assert.ok(service && matches({ matchLabels: service.spec.selector }, pods), `${variable} names ${target}'s Service`);
          assert.equal(Number(url.port), service.spec.ports[0].port);
        }
        assert.equal(env.get("RATE_LIMIT_REDIS"), "true");
        const redis = named("Service", new URL(env.get("REDIS_URL")).hostname);
        assert.ok(redis && redis.spec.ports[0].port === Number(new URL(env.get("REDIS_URL")).port));
      });
    }
  }

  test(`${overlay}: only the gateway is exposed, through one Ingress`, () => {
    const ingresses = ofKind("Ingress");
    assert.equal(ingresses.length, 1);
    const backends = ingresses[0].spec.rules.flatMap((r) => r.http.paths.map((p) => p.backend.service.name));
    assert.deepEqual([...new Set(backends)], ["gateway"]);
    assert.ok(ofKind("Service").every((s) => (s.spec.type ?? "ClusterIP") === "ClusterIP"));
    if (overlay === "prod") assert.ok(ingresses[0].spec.tls?.length, "TLS in prod");
  });

  test(`${overlay}: CloudNativePG clusters, backups through the Barman Cloud plugin only`, () => {
    const clusters = ofKind("Cluster");
    assert.deepEqual(clusters.map((c) => c.metadata.name).sort(), ["indicators-db", "projects-db"]);
    assert.ok(!JSON.stringify(objects).includes("barmanObjectStore"), "no in-tree barmanObjectStore");
    for (const cluster of clusters) {
      if (overlay === "prod") {
        assert.equal(cluster.spec.instances, 3, "one primary and two replicas");
        assert.equal(cluster.spec.affinity.podAntiAffinityType, "required");
        const plugin = cluster.spec.plugins?.find((p) => p.name === "barman-cloud.cloudnative-pg.io");
        assert.ok(plugin?.isWALArchiver, "WAL archiving through the plugin");
        const store = named("ObjectStore", plugin.parameters.barmanObjectName);
        assert.match(store?.spec.configuration.destinationPath ?? "", /REPLACE-ME/, "a placeholder bucket");
        const scheduled = ofKind("ScheduledBackup").find((b) => b.spec.cluster.name === cluster.metadata.name);
        assert.equal(scheduled?.spec.method, "plugin");
        for (const ref of Object.values(store.spec.configuration.s3Credentials)) {
          assert.ok(named("Secret", ref.name)?.stringData?.[ref.key], `${ref.name}/${ref.key}`);
        }
      } else {
        assert.equal(cluster.spec.instances, 1);
      }
    }
  });

  test(`${overlay}: Secrets hold only obvious placeholders`, () => {
    for (const secret of ofKind("Secret")) {
      for (const [key, value] of Object.entries(secret.stringData ?? {})) {
        if (key === "username") continue;
        assert.match(value, /REPLACE-ME/, `${secret.metadata.name}/${key}`);
      }
      assert.equal(secret.data, undefined, `${secret.metadata.name}: stringData only, readable as a placeholder`);
    }
  });

  test(`${overlay}: network policies let through exactly the intended flows`, () => {
    const policies = ofKind("NetworkPolicy");
    const nsLabels = (ns) => ({ "kubernetes.io/metadata.name": ns });
    const podOf = (name) => ({ ns: namespace, labels: named("Deployment", name).spec.template.metadata.labels });
    const db = (cluster, role) => ({ ns: namespace, labels: { "cnpg.io/cluster": cluster, "cnpg.io/instanceRole": role } });
    const pods = {
      ingress: { ns: "ingress-nginx", labels: { "app.kubernetes.io/name": "ingress-nginx" } },
      operator: { ns: "cnpg-system", labels: { "app.kubernetes.io/name": "cloudnative-pg" } },
      stranger: { ns: namespace, labels: { app: "debug-shell" } },
      outsider: { ns: "default", labels: { "app.kubernetes.io/name": "gateway" } },
      gateway: podOf("gateway"), indicators: podOf("indicators-service"), projects: podOf("projects-service"),
      redis: podOf("redis"),
      indicatorsPrimary: db("indicators-db", "primary"), indicatorsReplica: db("indicators-db", "replica"),
      projectsPrimary: db("projects-db", "primary"), projectsReplica: db("projects-db", "replica"),
    };
    const peerMatches = (peer, pod) => {
      if (peer.ipBlock) return false;
      const nsOk = peer.namespaceSelector ? matches(peer.namespaceSelector, nsLabels(pod.ns)) : pod.ns === namespace;
      return nsOk && (!peer.podSelector || matches(peer.podSelector, pod.labels));
    };
    const portOk = (ports, port) => !ports || ports.some((p) => p.port === port);
    const side = (type, self, other, port) => {
      if (self.ns !== namespace) return true; // only this namespace's policies are ours
      const selecting = policies.filter((p) => (p.spec.policyTypes ?? ["Ingress"]).includes(type) && matches(p.spec.podSelector, self.labels));
      if (!selecting.length) return true;
      const rules = selecting.flatMap((p) => p.spec[type === "Ingress" ? "ingress" : "egress"] ?? []);
      return rules.some((r) => portOk(r.ports, port) && (!(r.from ?? r.to) || (r.from ?? r.to).some((peer) => peerMatches(peer, other))));
    };
    const allowed = (from, to, port) => side("Egress", pods[from], pods[to], port) && side("Ingress", pods[to], pods[from], port);
    const expectFlows = [
      ["ingress", "gateway", 8080, true], ["gateway", "indicators", 8081, true], ["gateway", "projects", 8082, true],
      ["gateway", "redis", 6379, true], ["indicators", "indicatorsPrimary", 5432, true],
      ["indicators", "indicatorsReplica", 5432, true], ["projects", "projectsPrimary", 5432, true],
      ["indicatorsReplica", "indicatorsPrimary", 5432, true], ["projectsReplica", "projectsPrimary", 5432, true],
      ["operator", "indicatorsPrimary", 8000, true], ["operator", "projectsReplica", 8000, true],
      ["operator", "indicatorsReplica", 5432, true],
      ["ingress", "indicators", 8081, false], ["ingress", "redis", 6379, false], ["stranger", "indicators", 8081, false],
      ["stranger", "gateway", 8080, false], ["stranger", "indicatorsPrimary", 5432, false], ["stranger", "redis", 6379, false],
      ["outsider", "projects", 8082, false], ["gateway", "indicatorsPrimary", 5432, false],
      ["projects", "indicatorsPrimary", 5432, false], ["indicators", "projectsReplica", 5432, false],
      ["indicators", "projects", 8082, false], ["projects", "indicators", 8081, false],
      ["indicatorsReplica", "projectsPrimary", 5432, false], ["redis", "gateway", 8080, false],
      ["indicators", "redis", 6379, false], ["gateway", "indicators", 5432, false],
    ];
    const wrong = expectFlows.filter(([from, to, port, want]) => allowed(from, to, port) !== want)
      .map(([from, to, port, want]) => `${from} -> ${to}:${port} should be ${want ? "allowed" : "denied"}`);
    assert.deepEqual(wrong, []);
  });
}
