-- garbage collector stress: many short-lived tables/strings/closures, weak tables, finalizers, collectgarbage
local function churn(n)
  local keep = {}
  for i = 1, n do
    local t = {i, tostring(i), {i * 2}, function() return i end}
    if i % 100 == 0 then keep[#keep + 1] = t end
  end
  return keep
end
local total = 0
for round = 1, 20 do
  local k = churn(5000)
  for _, t in ipairs(k) do total = total + t[1] + #t[2] + t[3][1] + t[4]() end
  collectgarbage("step", 100)
end
print(total)
local weak = setmetatable({}, {__mode = "k"})
for i = 1, 1000 do weak[{}] = i end
collectgarbage(); collectgarbage()
local n = 0; for _ in pairs(weak) do n = n + 1 end
print("weak keys left", n)
local finalized = 0
for i = 1, 200 do setmetatable({}, {__gc = function() finalized = finalized + 1 end}) end
collectgarbage(); collectgarbage()
print("finalized", finalized)
local parts = {}
for i = 1, 20000 do parts[#parts + 1] = string.rep("x", i % 50) .. i end
local big = table.concat(parts)
print(#big, big:sub(-10))
collectgarbage("generational")
local list = nil
for i = 1, 100000 do list = {next = (i % 1000 ~= 0) and list or nil, v = i} end
local c = 0; while list do c = c + list.v; list = list.next end
print(c)
collectgarbage("incremental")
print(collectgarbage("count") > 0, collectgarbage("isrunning"))
