// The bad values the fuzzer sends, by category. A value marked raw is put into the URL as it is
// (it is already a percent sequence, often a deliberately invalid one); every other value is
// percent-encoded by the fuzzer.

const A = (n) => 'A'.repeat(n);

export const PARAMETER_VALUES = [
  // wrong types
  ...['abc', 'true', 'false', 'yes', '1.5', '1,2', '[]', '{}', '', ' ', 'null', 'undefined', '0x1F', '1e3', '0b101',
    '١٢٣', '１２３', '+1', '1 ', ' 1', '01', '2024-01-01', 'GDP,', ',', 'TRUE', 'True']
    .map((v) => ({ category: 'wrong type', value: v })),
  // numbers
  ...['0', '-1', '-2023', '1949', '1948', '2100', '2101', '1000', '1001', '2147483647', '2147483648', '-2147483649',
    '9223372036854775807', '9223372036854775808', '-9223372036854775809', '99999999999999999999999999999999999999',
    '1e308', '1e309', '-1e309', 'NaN', 'Infinity', '-Infinity', '-0', '0.0000001', '1e-400', '4e2']
    .map((v) => ({ category: 'number', value: v })),
  // Unicode, astral planes, direction marks, combining and invisible characters
  ...['😀', '𝕏𠜎𝄞', '\u202Eevil\u202C', '\u200F\u200E\u061C', '\uFEFFGDP', 'e\u0301\u0301\u0301\u0301', 'ＧＤＰ',
    '盐湖区', '\u0000', '\u0000GDP', 'GDP\u0000', '\uFFFF', '\uFFFD', 'Ⅻ', 'ß', 'İ', '\u2028\u2029', '\t', '\u00A0',
    '\u{1F468}\u200D\u{1F469}\u200D\u{1F467}', '\u{E0041}', '\u{10FFFF}']
    .map((v) => ({ category: 'unicode', value: v })),
  // invalid percent-encoding and invalid UTF-8, sent raw
  ...['%FF%FE', '%ED%A0%80', '%C0%AF', '%E4%B8', '%', '%%', '%zz', '%00', '%0d%0aX-Injected:%201', '%2F', '%2e%2e%2f',
    '%252e%252e%252f', '..%2F..%2Fetc%2Fpasswd', '%u0041', '+', '%20%20']
    .map((v) => ({ category: 'bad encoding', value: v, raw: true })),
  // injection strings
  ...["' OR '1'='1", "1' OR 1=1--", "'; DROP TABLE observations;--", '" OR ""="', "1;SELECT pg_sleep(15)",
    "') UNION SELECT NULL,version()--", "GDP' AND 1=CAST((SELECT current_user) AS int)--", '%', '_', '%_%', '\\',
    '\\\\', "'", '"', '`', '${jndi:ldap://127.0.0.1:1/a}', '#{7*7}', '{{7*7}}', '${7*7}', '<script>alert(1)</script>',
    '"><img src=x onerror=alert(1)>', '../../../../etc/passwd', '..\\..\\windows\\win.ini', '$(id)', '`id`', '|id',
    'a\r\nX-Injected: 1', '\n', '\r', '*', 'GDP*', '[$ne]=1', '__proto__', 'constructor', 'a&limit=5000', 'a#frag',
    '=cmd|\' /C calc\'!A0', '<?xml version="1.0"?><!DOCTYPE a [<!ENTITY x SYSTEM "file:///etc/passwd">]><a>&x;</a>']
    .map((v) => ({ category: 'injection', value: v })),
  // overlong values (the longest make URIs beyond 4 KB and 8 KB)
  ...[A(256), A(1001), A(3000), A(5000), A(9000), '漢'.repeat(1000), ','.repeat(2000), 'GDP,'.repeat(500),
    '😀'.repeat(600), '1'.repeat(400), `-${'9'.repeat(400)}`, `0.${'0'.repeat(400)}1`]
    .map((v) => ({ category: 'overlong', value: v })),
];

const b64 = (s) => Buffer.from(s).toString('base64url');

/** Cursors that are not what the server made: garbage, wrong shapes, tampered real ones. */
export function badCursors(realCursors) {
  const out = ['abc', '!!!!', '====', 'W10', 'e30', b64('["x"]'), b64('[]'), b64('{}'), b64('null'), b64('[1,2,3,4,5]'),
    b64('["id",null]'), b64(`[${'"a",'.repeat(2000)}"a"]`), b64('['.repeat(2000)), b64('"\u0000"'), b64('[1e999]'),
    b64('["id","\' OR 1=1--"]'), b64('["-updated","x","y"]'), b64(A(3000)), Buffer.from([0xff, 0xfe, 0x00]).toString('base64')]
    .map((v) => ({ category: 'bad cursor', value: v }));
  for (const c of realCursors) {
    out.push({ category: 'bad cursor', value: c.slice(0, Math.max(1, c.length - 3)) });
    out.push({ category: 'bad cursor', value: `${c}=` });
    out.push({ category: 'bad cursor', value: c.replace(/[A-Za-z]/, (ch) => (ch === 'A' ? 'B' : 'A')) });
    out.push({ category: 'bad cursor', value: c + c });
    out.push({ category: 'bad cursor', value: encodeURIComponent(c), raw: true });
    out.push({ category: 'bad cursor', value: c, foreign: true });
  }
  return out;
}

/** Values of a JSON body member that break its schema: wrong types, bounds, shapes. */
export const JSON_MEMBER_VALUES = [
  null, true, false, 0, -1, 1.5, -2023, 1e308, 2 ** 63, -(2 ** 63), 'abc', '', ' ', '\u0000', '😀𝕏', '\u202Eevil',
  "' OR '1'='1", '<script>alert(1)</script>', '${jndi:ldap://127.0.0.1:1/a}', A(3000), [], [null], [1, 2], {}, { a: 1 },
  { zh: null }, ['x'.repeat(10)],
];

/** Whole bodies that are not JSON, or not the JSON an operation expects. */
export const MALFORMED_JSON = [
  '', ' ', '{', '}', '[', ']', '[]', '{}', 'null', 'true', '"x"', '123', '-0', '1e999999', '{"a":', '{"a" 1}', "{'a':1}",
  '{"a":1,}', '[1,]', '{"a":NaN}', '{"a":Infinity}', '{"a":undefined}', '{"a":1}{"b":2}', '{"a":"\\u00"}',
  '{"a":"\\ud800"}', '{"a":"\u0000"}', '\u0000', '\uFEFF{}', '{"__proto__":{"x":1}}', '{"constructor":{"prototype":{}}}',
  `${'['.repeat(5000)}${']'.repeat(5000)}`, `${'{"a":'.repeat(3000)}1${'}'.repeat(3000)}`, `{"a":${'9'.repeat(20000)}}`,
  `{"a":"${'x'.repeat(200000)}"}`, `[${'1,'.repeat(100000)}1]`, '{"a":1,"a":2}', '<xml/>', 'a=1&b=2', '--boundary--',
];

export const MALFORMED_JSON_BYTES = [
  Buffer.from([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xff, 0xfe, 0x22, 0x7d]), // invalid UTF-8 in a string
  Buffer.from([0xc0, 0xaf, 0x7b, 0x7d]), // overlong encoding
  Buffer.from('{"observations":[]}', 'utf16le'),
  Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from('{}', 'utf16le')]),
  Buffer.from([0x1f, 0x8b, 0x08, 0x00, 0x00]), // the start of a gzip stream, not announced
];

export const MALFORMED_CSV = [
  '', '\n', 'indicator,region,period,kind,comparator,value,unit,source,quote', // header only
  'a,b,c\n1,2,3\n', 'indicator\nGDP\n', 'indicator,region,period,kind,comparator,value,unit,source,quote\nGDP,140802\n',
  'indicator,region,period,kind,comparator,value,unit,source,quote\nGDP,140802,2023,actual,gt,abc,亿元,000_1861cacfb8655aea,q\n',
  'indicator,region,period,kind,comparator,value,unit,source,quote\n"GDP,140802,2023,actual,gt,400,亿元,000_1861cacfb8655aea,q\n',
  'indicator,region,period,kind,comparator,value,unit,source,quote\nGDP,140802,2023,actual,gt,400,亿元,000_1861cacfb8655aea,q,extra,extra\n',
  'indicator,indicator,indicator\nGDP,GDP,GDP\n', '\uFEFFindicator,region\r\nGDP,140802\r\n',
  'indicator;region;period\nGDP;140802;2023\n', '\u0000\u0000\u0000', 'indicator,region,period,kind,comparator,value,unit,source,quote\n=cmd|\' /C calc\'!A0,140802,2023,actual,gt,1e309,亿元,x,"q""q"\n',
  `${'c,'.repeat(20000)}c\n${'1,'.repeat(20000)}1\n`, `indicator,region,period,kind,comparator,value,unit,source,quote\n${'x'.repeat(300000)}\n`,
  'indicator,region,period,kind,comparator,value,unit,source,quote\nGDP,140802,2023,actual,gt,400,亿元,000_1861cacfb8655aea,"unterminated\n',
  '{"observations":[]}',
];

export const CONTENT_TYPES = [
  null, 'text/plain', 'application/xml', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x',
  'application/json; charset=ISO-8859-1', 'application/json; charset=utf-16', 'application/json; charset=nonsense',
  'text/csv', 'application/json', 'application/merge-patch+json', 'application/*', '*/*', '%%%', 'application/json, text/csv',
  'application/json; boundary', 'APPLICATION/JSON', 'application/problem+json', 'image/png', `application/${'x'.repeat(3000)}`,
];

export const ACCEPTS = ['text/csv', 'application/xml', 'text/html', '*/*', 'application/json;q=0', 'a/b/c', '',
  'application/json, text/csv;q=0.5', 'image/svg+xml', 'text/*', 'application/problem+json', `text/${'x'.repeat(3000)}`,
  'application/json;q=abc', '*/*;q=0'];

export const BAD_REQUEST_IDS = ['has space', 'x'.repeat(129), 'x'.repeat(5000), '<script>', "' OR 1=1", '', '../..',
  'a\u00e9b'];

export const AUTHS = [
  { name: 'no key', value: null },
  { name: 'wrong key', value: 'Bearer wrong-key-0123456789abcdef' },
  { name: 'empty bearer', value: 'Bearer ' },
  { name: 'basic', value: 'Basic dXNlcjpwYXNz' },
  { name: 'overlong key', value: `Bearer ${'k'.repeat(6000)}` },
  { name: 'key with suffix', key: (k) => `Bearer ${k}x` },
  { name: 'key without scheme', key: (k) => k },
  { name: 'key in lower-case scheme', key: (k) => `bearer ${k}`, maybeValid: true },
  { name: 'valid key', key: (k) => `Bearer ${k}`, valid: true },
];
