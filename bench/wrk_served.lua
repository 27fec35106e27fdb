-- wrk script of bench/public_pages.py for the publish under load: asks for one path, counts
-- the responses by their X-Page-Cache header (hit, stale, rebuilding, built), then prints one JSON line
-- with those counts and the latency percentiles (microseconds).
--   wrk -t2 -c16 -d8s -s bench/wrk_served.lua http://127.0.0.1:8000/

local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  hit, stale, rebuilding, built, other = 0, 0, 0, 0, 0
end

function response(status, headers, body)
  local served = headers["X-Page-Cache"]
  if served == "hit" then hit = hit + 1
  elseif served == "stale" then stale = stale + 1
  elseif served == "rebuilding" then rebuilding = rebuilding + 1
  elseif served == "built" then built = built + 1
  else other = other + 1 end
end

function done(summary, latency, requests)
  local totals = {hit = 0, stale = 0, rebuilding = 0, built = 0, other = 0}
  for _, thread in ipairs(threads) do
    for name, _ in pairs(totals) do
      totals[name] = totals[name] + thread:get(name)
    end
  end
  io.write(string.format(
    '{"requests": %d, "duration_us": %d, "p50": %d, "p99": %d, "max": %d, "hit": %d, "stale": %d, "rebuilding": %d, '
      .. '"built": %d, "other": %d, "errors": %d}\n',
    summary.requests, summary.duration, latency:percentile(50), latency:percentile(99), latency.max,
    totals.hit, totals.stale, totals.rebuilding, totals.built, totals.other,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.status + summary.errors.timeout
  ))
end
