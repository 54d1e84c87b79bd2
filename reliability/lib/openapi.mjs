// The merged OpenAPI 3.1 document as the oracle: its operations drive the fuzzer, and every answer
// is checked against it with a JSON Schema 2020-12 validator (Ajv's 2020 dialect; 3.1 schemas are
// 2020-12 schemas, plus the annotation keywords listed below).
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { send, json, header } from './http.mjs';

const COMPONENTS_ID = 'urn:yanhu:openapi:components';
const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

export async function loadDocument(base) {
  const res = await send(base, { path: '/q/openapi', headers: { Accept: 'application/json' }, timeoutMs: 20000 });
  const doc = json(res);
  if (res.status !== 200 || !doc || !doc.paths) {
    throw new Error(`GET ${base}/q/openapi gave ${res.status} ${res.error || ''}: not an OpenAPI document`);
  }
  return doc;
}

/** Every operation, with the path item's parameters merged into its own. */
export function operations(doc) {
  const out = [];
  for (const [path, item] of Object.entries(doc.paths)) {
    for (const method of METHODS) {
      const op = item[method];
      if (!op) continue;
      const params = new Map();
      for (const p of [...(item.parameters || []), ...(op.parameters || [])]) {
        const resolved = deref(doc, p);
        params.set(`${resolved.in}:${resolved.name}`, resolved);
      }
      out.push({
        method: method.toUpperCase(), path, id: op.operationId || `${method} ${path}`,
        parameters: [...params.values()], requestBody: op.requestBody ? deref(doc, op.requestBody) : null,
        responses: op.responses || {}, security: op.security ?? doc.security ?? [],
      });
    }
  }
  return out;
}

export function deref(doc, node) {
  let current = node;
  for (let i = 0; current && current.$ref && i < 20; i++) {
    current = pointer(doc, current.$ref);
  }
  return current;
}

function pointer(doc, ref) {
  if (!ref.startsWith('#/')) throw new Error(`external reference ${ref} is not supported`);
  return ref.slice(2).split('/').map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .reduce((node, key) => (node == null ? undefined : node[key]), doc);
}

/** A schema with every local reference pointed at the components resource registered in Ajv. */
function rebased(schema) {
  if (Array.isArray(schema)) return schema.map(rebased);
  if (schema && typeof schema === 'object') {
    const out = {};
    for (const [k, v] of Object.entries(schema)) {
      out[k] = k === '$ref' && typeof v === 'string' && v.startsWith('#/') ? COMPONENTS_ID + v : rebased(v);
    }
    return out;
  }
  return schema;
}

export class ResponseOracle {
  constructor(doc) {
    this.doc = doc;
    this.ajv = new Ajv2020({ strict: false, allErrors: false, validateFormats: true });
    addFormats(this.ajv);
    // OpenAPI's own annotations inside a 3.1 Schema Object.
    for (const keyword of ['example', 'discriminator', 'xml', 'externalDocs']) {
      this.ajv.addKeyword({ keyword });
    }
    // int32/int64/float/double come with ajv-formats; these are names smallrye writes that carry no rule.
    for (const f of ['binary', 'byte', 'password', 'uint8', 'int8', 'int16', 'uint32', 'uint64']) {
      if (!this.ajv.formats[f]) this.ajv.addFormat(f, true);
    }
    this.ajv.addSchema({ $id: COMPONENTS_ID, components: rebased(doc.components || {}) });
    this.cache = new Map();
    const problem = doc.components?.schemas?.Problem;
    this.problemValidator = problem ? this.ajv.compile({ $ref: `${COMPONENTS_ID}#/components/schemas/Problem` }) : null;
  }

  validator(key, schema) {
    if (!this.cache.has(key)) this.cache.set(key, this.ajv.compile(rebased(schema)));
    return this.cache.get(key);
  }

  /**
   * Checks one answer of operation op. Returns a list of violations (empty when the answer fits the
   * document) and whether its status was documented at all. An undocumented status is reported, not
   * counted as a violation: OpenAPI says a responses object need not list every possible code.
   */
  check(op, method, res) {
    const violations = [];
    const status = String(res.status);
    const responses = op ? op.responses : {};
    const documented = responses[status] ?? responses[`${status[0]}XX`] ?? responses.default;
    const type = (header(res, 'content-type') || '').split(';')[0].trim().toLowerCase();
    const hasBody = method !== 'HEAD' && res.body.length > 0;
    if (res.status >= 400 && this.problemValidator && type === 'application/problem+json' && hasBody) {
      const body = json(res);
      if (body === undefined) violations.push('problem body is not JSON');
      else if (!this.problemValidator(body)) violations.push(`problem body does not fit Problem: ${this.ajv.errorsText(this.problemValidator.errors)}`);
    }
    if (!documented) return { violations, documented: false };
    const response = deref(this.doc, documented);
    const content = response.content || {};
    const types = Object.keys(content);
    if (!hasBody || types.length === 0) return { violations, documented: true };
    const match = types.find((t) => t.toLowerCase() === type)
      ?? types.find((t) => t.endsWith('/*') && type.startsWith(t.slice(0, -1)))
      ?? types.find((t) => t === '*/*');
    if (!match) {
      violations.push(`content type '${type}' is not among the documented ${types.join(', ')}`);
      return { violations, documented: true };
    }
    const schema = content[match].schema;
    if (schema && /json/.test(match)) {
      const body = json(res);
      if (body === undefined) {
        violations.push(`${match} body is not JSON`);
      } else {
        const validate = this.validator(`${op.id} ${status} ${match}`, schema);
        if (!validate(body)) violations.push(`body does not fit the ${status} ${match} schema: ${this.ajv.errorsText(validate.errors)}`);
      }
    }
    return { violations, documented: true };
  }
}

/** Finds the operation a concrete path and method belong to, by the document's path templates. */
export function matcher(ops) {
  const compiled = ops.map((op) => ({
    op,
    re: new RegExp(`^${op.path.split('/').map((seg) => (/^\{.+\}$/.test(seg) ? '[^/]+' : seg.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))).join('/')}$`),
    literal: !op.path.includes('{'),
  }));
  return (method, path) => {
    const p = path.split('?')[0];
    const candidates = compiled.filter((c) => c.re.test(p));
    const same = candidates.filter((c) => c.op.method === method || (method === 'HEAD' && c.op.method === 'GET'));
    const pick = same.find((c) => c.literal) ?? same[0];
    return pick ? pick.op : null;
  };
}
