-- wrk script: every request takes the next path of a file, so no two requests of a run repeat.
--   wrk ... -s fresh-bbox.lua http://HOST:PORT -- PATHS_FILE FIRST_LINE THREADS
-- Thread t sends lines FIRST_LINE + t, + t + THREADS, ... (0-based). Non-200 answers are counted
-- by wrk ("Non-2xx or 3xx responses").
local threads_made = 0
function setup(thread)
  thread:set("thread_index", threads_made)
  threads_made = threads_made + 1
end

local paths, count, next_line, stride = {}, 0, 0, 1
function init(args)
  for line in io.lines(args[1]) do
    count = count + 1
    paths[count] = line
  end
  stride = tonumber(args[3] or "1")
  next_line = tonumber(args[2] or "0") + thread_index
end

function request()
  local path = paths[(next_line % count) + 1]
  next_line = next_line + stride
  return wrk.format(nil, path)
end
