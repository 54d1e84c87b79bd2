// deploy/compose/docker-compose.yml, as `docker-compose config` renders it, against each service's
// application.properties and against deploy/container/Dockerfile. No Docker engine is needed.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { DEPLOY, unreadEnv, moduleOfImage, requiredEnv, run, serviceConfig, yamlDocuments } from "./support.js";

const COMPOSE_FILE = join(DEPLOY, "compose/docker-compose.yml");
const composeEnv = Object.fromEntries(Object.entries(process.env)
  .filter(([name]) => !/(_PASSWORD|API_KEY_HASHES|GATEWAY_PUBLIC_URL|YANHU_VERSION)$/.test(name)));
const rendered = yamlDocuments(run(process.env.COMPOSE ?? "docker-compose", ["-f", COMPOSE_FILE, "config"],
  { env: composeEnv }))[0];
const services = rendered.services;
const apps = Object.entries(services).filter(([, s]) => moduleOfImage(s.image ?? ""));

const envOf = (service) => Array.isArray(service.environment)
  ? Object.fromEntries(service.environment.map((e) => e.split(/=(.*)/s).slice(0, 2)))
  : service.environment ?? {};
const healthTest = (service) => [].concat(service.healthcheck?.test ?? []).join(" ");

test("the file has PostgreSQL, Redis, two instances of each data service and the gateway", () => {
  const byModule = {};
  for (const [name, s] of apps) (byModule[moduleOfImage(s.image)] ??= []).push(name);
  assert.ok(services.postgres, "a postgres service");
  assert.ok(services.redis, "a redis service");
  assert.equal(byModule["indicators-service"]?.length, 2, "two indicators-service instances");
  assert.equal(byModule["projects-service"]?.length, 2, "two projects-service instances");
  assert.equal(byModule.gateway?.length, 1, "one gateway");
});

for (const [name, service] of apps) {
  const module = moduleOfImage(service.image);
  const config = serviceConfig(module);
  const env = envOf(service);

  test(`${name}: every environment name is one ${module} reads, and none it needs is missing`, () => {
    assert.deepEqual(unreadEnv(config, Object.keys(env)), [],
      `not read by ${module}/src/main/resources/application.properties`);
    for (const required of requiredEnv(config)) assert.ok(required in env, `${required} is set`);
  });

  test(`${name}: listens on ${module}'s port ${config.port} and is checked on ${config.health.ready}`, () => {
    assert.equal(String(env[config.portVariable]), String(config.port), `${config.portVariable}`);
    assert.ok([].concat(service.expose ?? [], (service.ports ?? []).map((p) => p.target))
      .map(String).includes(String(config.port)), "the port is exposed");
    const probe = healthTest(service);
    assert.match(probe, new RegExp(`/dev/tcp/127\\.0\\.0\\.1/${config.port}\\b`));
    assert.ok(probe.includes(`GET ${config.health.ready} `), `health check asks ${config.health.ready}`);
    assert.ok(service.healthcheck.start_period, "a start period covers Flyway and the dataset loader");
  });

  test(`${name}: built from deploy/container/Dockerfile for ${module}, non-root, read-only, no capabilities`, () => {
    assert.equal(service.build.dockerfile, "deploy/container/Dockerfile");
    assert.equal(service.build.args.SERVICE, module);
    assert.equal(String(service.build.args.PORT), String(config.port));
    assert.equal(service.read_only, true);
    assert.ok(service.tmpfs?.some((t) => t.startsWith("/tmp")), "a writable /tmp");
    assert.match(String(service.user), /^[1-9]\d*:[1-9]\d*$/);
    assert.deepEqual(service.cap_drop, ["ALL"]);
    assert.ok(service.security_opt?.includes("no-new-privileges:true"));
  });

  test(`${name}: starts only once what it depends on is healthy`, () => {
    const deps = Object.entries(service.depends_on ?? {});
    assert.ok(deps.length > 0);
    for (const [dep, { condition }] of deps) {
      assert.equal(condition, "service_healthy", `${dep}`);
      assert.ok(services[dep]?.healthcheck?.test, `${dep} has a health check`);
    }
  });
}

test("the data services reach PostgreSQL with the databases and roles its init script creates", () => {
  const init = readFileSync(join(DEPLOY, "compose/initdb/10-service-databases.sh"), "utf8");
  const postgresEnv = envOf(services.postgres);
  assert.ok(services.postgres.volumes.some((v) => (v.target ?? v.split(":")[1]) === "/docker-entrypoint-initdb.d"));
  assert.ok(services.postgres.volumes.some((v) => String(v.source ?? v).includes("sql/service-database.sql")));
  for (const [name, service] of apps) {
    const module = moduleOfImage(service.image);
    if (module === "gateway") continue;
    const env = envOf(service), prefix = module.split("-")[0].toUpperCase(), db = module.split("-")[0];
    assert.equal(env.PGHOST, "postgres", name);
    assert.equal(env[`${prefix}_DB_NAME`], db, name);
    assert.equal(env[`${prefix}_DB_USER`], db, name);
    assert.equal(env[`${prefix}_DB_PASSWORD`], postgresEnv[`${prefix}_DB_PASSWORD`], `${name}: the init script's password`);
    assert.ok(init.includes("for service in indicators projects"), "the init script creates both");
  }
});

test("the gateway lists every instance of each service, and shares its buckets through the compose Redis", () => {
  const env = envOf(services.gateway);
  for (const [variable, module] of [["INDICATORS_URL", "indicators-service"], ["PROJECTS_URL", "projects-service"]]) {
    const port = serviceConfig(module).port;
    const expected = apps.filter(([, s]) => moduleOfImage(s.image) === module).map(([n]) => `http://${n}:${port}`);
    assert.deepEqual(env[variable].split(",").sort(), expected.sort(), variable);
    for (const instance of expected) {
      assert.equal(services.gateway.depends_on[new URL(instance).hostname].condition, "service_healthy");
    }
  }
  assert.equal(String(env.RATE_LIMIT_REDIS), "true");
  assert.equal(new URL(env.REDIS_URL).hostname, "redis");
  assert.equal(services.gateway.depends_on.redis.condition, "service_healthy");
  assert.deepEqual(services.gateway.ports.map((p) => Number(p.target)), [serviceConfig("gateway").port]);
  for (const [name, s] of apps) if (name !== "gateway") assert.equal(s.ports, undefined, `${name} is not published`);
});

test("the Dockerfile is multi-stage, runs a JRE as a non-root user, and has a HEALTHCHECK on readiness", () => {
  const dockerfile = readFileSync(join(DEPLOY, "container/Dockerfile"), "utf8");
  const args = Object.fromEntries([...dockerfile.matchAll(/^ARG (\w+)=(\S+)$/gm)].map((m) => [m[1], m[2]]));
  const stages = [...dockerfile.matchAll(/^FROM (\S+)/gm)].map((m) => m[1].replace(/^\$\{(\w+)\}$/, (_, a) => args[a]));
  assert.ok(stages.length >= 2, "a build stage and a runtime stage");
  const runtime = stages.at(-1);
  assert.match(runtime, /jre|runtime/, "the runtime stage is a JRE");
  assert.doesNotMatch(runtime, /jdk(?!.*jre)/);
  assert.match(dockerfile, /^USER [1-9]\d*:[1-9]\d*$/m);
  assert.match(dockerfile, /^HEALTHCHECK .*\n?.*\/q\/health\/ready/m);
  assert.match(dockerfile, /quarkus-run\.jar/);
  assert.match(dockerfile, /--mount=type=cache,target=\/root\/\.m2/);
});
