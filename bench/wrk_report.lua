-- wrk script of bench/public_pages.py: cycles through the request paths listed in a file
-- (one per line; each thread starts at a different place), then prints one JSON line with
-- the throughput and latency percentiles (microseconds) for the Python side to read.
--   wrk -t1 -c6 -d10s -s bench/wrk_report.lua http://127.0.0.1:8000 -- paths.txt

local paths = {}
local position = 0
local threads = {}
local counter = 0

function setup(thread)
  counter = counter + 1
  thread:set("thread_number", counter)
  table.insert(threads, thread)
end

function init(args)
  local file = assert(io.open(args[1], "r"))
  for line in file:lines() do
    if line ~= "" then
      paths[#paths + 1] = line
    end
  end
  file:close()
  -- Spread the threads over the list so that they do not ask for the same page at once.
  position = math.floor(#paths * ((thread_number or 1) - 1) / 4)
end

function request()
  position = position % #paths + 1
  return wrk.format("GET", paths[position])
end

function done(summary, latency, requests)
  local errors = summary.errors
  io.write(string.format(
    '{"requests": %d, "duration_us": %d, "bytes": %d, "p50": %d, "p90": %d, "p95": %d, "p99": %d, "max": %d, '
      .. '"connect_errors": %d, "read_errors": %d, "write_errors": %d, "status_errors": %d, "timeouts": %d}\n',
    summary.requests, summary.duration, summary.bytes,
    latency:percentile(50), latency:percentile(90), latency:percentile(95), latency:percentile(99), latency.max,
    errors.connect, errors.read, errors.write, errors.status, errors.timeout
  ))
end
