-- wrk script: one-step settlements (POST /api/v1/medical-aid/settlements) with a unique bill id
-- each, for residents read from residents.txt (written by run.sh), with the admin token in the
-- environment variable CIVIL_ADMIN_TOKEN; BILL_SALT, when set, goes into every bill id (two wrk
-- processes settling at once give each their own). PAUSE_MS, when set, makes each connection wait
-- that many milliseconds before each request (a steady pace instead of as fast as it goes).
local token = os.getenv("CIVIL_ADMIN_TOKEN")
local ids = {}
for line in io.lines(os.getenv("RESIDENTS") or "residents.txt") do
  ids[#ids + 1] = line
end
local threads = 0
local pause = tonumber(os.getenv("PAUSE_MS") or "")
if pause then
  function delay()
    return pause
  end
end

function setup(thread)
  thread:set("tid", threads)
  threads = threads + 1
end

function init(args)
  math.randomseed(tid * 7919 + os.time())
  run = os.time()
  counter = 0
end

function request()
  counter = counter + 1
  local inScope = math.random(10000, 5000000)
  local body = string.format('{"billId": "W-%s%d-%d-%d", "residentId": "%s", "hospitalLevel": "SECONDARY",'
      .. ' "careType": "INPATIENT", "settledOn": "2026-04-01", "totalFen": %d, "inScopeFen": %d}',
      os.getenv("BILL_SALT") or "", run, tid, counter, ids[math.random(#ids)], inScope + math.random(0, 200000), inScope)
  return wrk.format("POST", "/api/v1/medical-aid/settlements",
      {["Authorization"] = "Bearer " .. token, ["Content-Type"] = "application/json"}, body)
end

function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("errors (non-2xx, connect, read, write, timeout): %d\n",
      e.status + e.connect + e.read + e.write + e.timeout))
end
