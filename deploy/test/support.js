// What the deploy checks share: the services' own configuration, read from their application.properties,
// and the rendered manifests, read from the tools that render them (docker-compose config, kubectl kustomize).
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseAllDocuments } from "yaml";

export const DEPLOY = join(dirname(fileURLToPath(import.meta.url)), "..");
export const ROOT = join(DEPLOY, "..");

/** The three modules that become images, and the database each data service owns. */
export const MODULES = {
  "indicators-service": { prefix: "INDICATORS", database: "indicators" },
  "projects-service": { prefix: "PROJECTS", database: "projects" },
  gateway: { prefix: "GATEWAY", database: null },
};

/**
 * A module's application.properties, as deployment sees it: the environment names it reads (outside the
 * %test and %dev profiles), its HTTP port's variable and default, and its health paths.
 */
export function serviceConfig(module) {
  const text = readFileSync(join(ROOT, module, "src/main/resources/application.properties"), "utf8");
  const properties = new Map();
  for (const raw of text.split("\n")) {
    const line = raw.trim();
    if (!line || line.startsWith("#") || line.startsWith("!")) continue;
    const at = line.search(/[=:]/);
    const key = line.slice(0, at).trim();
    if (/^%(test|dev)\./.test(key)) continue;
    properties.set(key.replace(/^%prod\./, ""), line.slice(at + 1).trim());
  }
  const env = new Set();
  for (const value of properties.values()) {
    for (const match of value.matchAll(/\$\{([A-Z][A-Z0-9_]*)[:}]/g)) env.add(match[1]);
  }
  const port = /^\$\{([A-Z][A-Z0-9_]*):(\d+)\}$/.exec(properties.get("quarkus.http.port") ?? "");
  if (!port) throw new Error(`${module}: quarkus.http.port is not \${VARIABLE:port}`);
  const root = "/" + (properties.get("quarkus.http.non-application-root-path") ?? "q").replace(/^\/+/, "");
  const health = `${root}/${(properties.get("quarkus.smallrye-health.root-path") ?? "health").replace(/^\/+/, "")}`;
  return {
    module,
    properties,
    env,
    portVariable: port[1],
    port: Number(port[2]),
    health: { started: `${health}/started`, ready: `${health}/ready`, live: `${health}/live` },
  };
}

/**
 * The environment names a container sets that the service does not read (a typo or a stale name: an
 * error). QUARKUS_* names are Quarkus's own configuration and JAVA_OPTS is read by the image's entry point.
 */
export function unreadEnv(config, names) {
  return names.filter((name) => !(config.env.has(name) || name === "JAVA_OPTS" || name.startsWith("QUARKUS_")));
}

/** The environment names a data service cannot run without, and the gateway's. */
export function requiredEnv(config) {
  const { prefix, database } = MODULES[config.module];
  if (database) {
    return [config.portVariable, "PGHOST", "PGPORT", `${prefix}_DB_NAME`, `${prefix}_DB_USER`,
      `${prefix}_DB_PASSWORD`, `${prefix}_DB_READER_USER`, `${prefix}_DB_READER_PASSWORD`, "API_KEY_HASHES"];
  }
  return [config.portVariable, "INDICATORS_URL", "PROJECTS_URL", "RATE_LIMIT_REDIS", "REDIS_URL",
    "GATEWAY_PUBLIC_URL", "API_KEY_HASHES"];
}

/** The module an image name stands for: yanhu/<module>:<tag>, under any registry. */
export function moduleOfImage(image) {
  const match = /(?:^|\/)yanhu\/([a-z-]+)(?::[\w.-]+)?(?:@sha256:[0-9a-f]{64})?$/.exec(image);
  return match && MODULES[match[1]] ? match[1] : null;
}

export function yamlDocuments(text) {
  return parseAllDocuments(text).map((doc) => {
    if (doc.errors.length) throw doc.errors[0];
    return doc.toJS();
  }).filter(Boolean);
}

export function run(command, args, options = {}) {
  return execFileSync(command, args, { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"], ...options });
}
