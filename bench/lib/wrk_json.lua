-- wrk script: counts responses that are not 2xx (wrk itself only counts >= 400) and prints one line
-- "WRK_JSON {...}" with the request count, errors and latency percentiles in microseconds.
local threads = {}

function setup(thread)
   table.insert(threads, thread)
end

function init(args)
   non2xx = 0
end

function response(status, headers, body)
   if status < 200 or status > 299 then
      non2xx = non2xx + 1
   end
end

function done(summary, latency, requests)
   local non2xx_total = 0
   for _, thread in ipairs(threads) do
      non2xx_total = non2xx_total + thread:get("non2xx")
   end
   local e = summary.errors
   io.write(string.format(
      'WRK_JSON {"requests":%d,"duration_us":%d,"bytes":%d,"non2xx":%d,' ..
      '"socket_errors":{"connect":%d,"read":%d,"write":%d,"timeout":%d},' ..
      '"latency_us":{"min":%.0f,"mean":%.1f,"max":%.0f,"stdev":%.1f,"p50":%.0f,"p90":%.0f,"p99":%.0f,"p999":%.0f}}\n',
      summary.requests, summary.duration, summary.bytes, non2xx_total,
      e.connect, e.read, e.write, e.timeout,
      latency.min, latency.mean, latency.max, latency.stdev,
      latency:percentile(50), latency:percentile(90), latency:percentile(99), latency:percentile(99.9)))
end
