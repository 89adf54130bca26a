-- wrk script: each request path of a file at most once per run, the threads taking turns through it.
--   wrk -t2 -c8 -d5s --latency -s bench/wrk/once.lua http://127.0.0.1:PORT -- PATHS_FILE ACCEPT OFFSET THREADS
-- Thread i (1-based) asks for paths OFFSET+i, OFFSET+i+THREADS, ... (wrapping at the end of the list), so
-- no two threads ask for the same path and a run asks for each at most once until it has asked for them
-- all; a later run given a later OFFSET goes on where the earlier one stopped (bench/million_bench.py:
-- dereferences of releases never asked for before). At the end it prints "errors-4xx-5xx N" and
-- "wrapped N" (requests past the end of the list: those repeat a path).

local paths = {}
local accept = "*/*"
local position, step, first = 0, 1, 0
bad, wrapped = 0, 0  -- globals: done() reads them with thread:get
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
  step = tonumber(args[4] or "1")
  first = tonumber(args[3] or "0") + id - 1
  position = first
end

function request()
  if position - first >= #paths then wrapped = wrapped + 1 end
  local path = paths[position % #paths + 1]
  position = position + step
  return wrk.format("GET", path, { ["Accept"] = accept })
end

function response(status, headers, body)
  if status >= 400 then bad = bad + 1 end
end

function done(summary, latency, requests)
  local total, laps = 0, 0
  for _, thread in ipairs(threads) do
    total = total + (thread:get("bad") or 0)
    laps = laps + (thread:get("wrapped") or 0)
  end
  io.write(string.format("errors-4xx-5xx %d\n", total))
  io.write(string.format("wrapped %d\n", laps))
end
