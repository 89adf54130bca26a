-- wrk script: GET each request path of a file in turn, with one Accept header.
--   wrk -t2 -c8 -d5s --latency -s bench/wrk/paths.lua http://127.0.0.1:PORT -- PATHS_FILE [ACCEPT]
-- PATHS_FILE holds one request target a line (path and query string, already percent-encoded).
-- Each thread starts at its own place in the list, so the threads do not ask in lockstep.
-- At the end it prints "non-2xx-3xx N" (wrk's own summary counts them only when there are any).

local paths = {}
local accept = "application/sparql-results+json"
local next_index = 0
bad = 0  -- a global: done() reads it with thread:get (a local is invisible there, and counted 0)
local threads = {}

function setup(thread)
  table.insert(threads, thread)
  thread:set("id", #threads)
end

function init(args)
  for line in io.lines(args[1]) do
    if line ~= "" then paths[#paths + 1] = line end
  end
  if args[2] and args[2] ~= "" then accept = args[2] end
  next_index = (id * 7919) % #paths
end

function request()
  next_index = next_index % #paths + 1
  return wrk.format("GET", paths[next_index], { ["Accept"] = accept })
end

function response(status, headers, body)
  if status >= 400 then bad = bad + 1 end
end

function done(summary, latency, requests)
  local total = 0
  for _, thread in ipairs(threads) do total = total + (thread:get("bad") or 0) end
  io.write(string.format("errors-4xx-5xx %d\n", total))
end
