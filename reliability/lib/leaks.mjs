// What an error body must never show a client: stack traces, SQL, Java class names, internal
// addresses. Values the client itself sent are removed first, because a problem may quote them back
// ("Unknown kind 'SELECT 1'") and that is not a leak.
const RULES = [
  ['stack trace', /\bat [a-zA-Z_$][\w$]*(\.[\w$<>]+)+\([\w$]*(\.java)?(:\d+)?\)/],
  ['stack trace', /\.java:\d+\)/],
  ['stack trace', /\b(Caused by|Suppressed): /],
  ['exception class', /\b[A-Z]\w*(Exception|Error)\b(?!s\b)/],
  ['class name', /\b(java|javax|jakarta|org|com|io|net|sun)\.[a-z][\w]*\.[\w.$]*[A-Z]\w*/],
  ['class name', /\b(org\.yanhu|org\.hibernate|org\.postgresql|com\.fasterxml|io\.vertx|io\.quarkus|io\.netty|io\.smallrye|org\.jboss|io\.agroal)\b/],
  ['class name', /`[a-z]+(\.[a-z]\w*)+\.[A-Z]\w*`/],
  ['Java type name', /\b(BigDecimal|BigInteger|LocalDate|LocalDateTime|OffsetDateTime|ZonedDateTime|ArrayList|LinkedHashMap|HashMap|JsonNode|ObjectNode|ArrayNode|MismatchedInput|StreamReadConstraints|Optional<|List<|Map<)/],
  ['SQL', /\b(select\s+[\w*,\s."]+\s+from|insert\s+into|update\s+\w+\s+set|delete\s+from)\b/i],
  ['SQL', /\b(SQLState|SQL state|syntax error at or near|violates (unique|foreign key|check) constraint|relation "\w+"|column "\w+" (does not exist|of relation))/i],
  ['SQL', /\b(PSQLException|JDBC|Hibernate|HHH\d{6}|could not execute statement|ERROR: )/],
  ['internal address', /\b(127\.\d+\.\d+\.\d+|localhost|0\.0\.0\.0|\[::1\]):\d{2,5}\b/],
  ['internal address', /\b(10\.\d+\.\d+\.\d+|192\.168\.\d+\.\d+|172\.(1[6-9]|2\d|3[01])\.\d+\.\d+)(:\d+)?\b/],
  ['internal path', /(\/work\/|\/home\/|\/root\/|\/tmp\/|[A-Z]:\\\\)[\w./-]+/],
];

/** Texts a client sent, in every form a server may quote them back in. */
export function echoes(values) {
  const out = new Set();
  for (const v of values) {
    if (v === undefined || v === null) continue;
    const s = String(v);
    if (s.length < 3) continue;
    out.add(s);
    try { out.add(decodeURIComponent(s)); } catch { /* not percent-encoded */ }
    try { out.add(decodeURIComponent(s.replace(/\+/g, ' '))); } catch { /* idem */ }
    out.add(JSON.stringify(s).slice(1, -1));
  }
  return [...out].sort((a, b) => b.length - a.length);
}

/**
 * Returns the leaks found in an error body, as [{ rule, match }]. publicBase is the gateway's
 * public URL, which a problem may name without leaking anything.
 */
export function leaks(bodyText, sent = [], publicBase = '') {
  let text = bodyText;
  for (const e of echoes(sent)) {
    if (text.includes(e)) text = text.split(e).join('«sent»');
  }
  if (publicBase) text = text.split(publicBase).join('«public»');
  text = text.replace(/https?:\/\/localhost:8080\b/g, '«public»');
  const found = [];
  for (const [rule, re] of RULES) {
    const m = text.match(re);
    if (m) found.push({ rule, match: m[0].slice(0, 120) });
  }
  return found;
}
