-- tables: array/hash parts, sort with comparator, insert/remove, next/pairs order of an array, metatables
local t = {}
for i = 1, 1000 do t[i] = (i * 7919) % 1009 end
table.sort(t)
print(t[1], t[500], t[1000], #t)
table.sort(t, function(a, b) return a % 13 < b % 13 or (a % 13 == b % 13 and a > b) end)
local h = 0
for i = 1, #t do h = (h * 17 + t[i]) % 1000000007 end
print(h)
table.insert(t, 1, -1); table.insert(t, 5); print(table.remove(t), table.remove(t, 1), #t)
print(table.concat(table.move({1, 2, 3, 4, 5}, 2, 4, 1), " "), select("#", table.unpack({1, 2, nil, 4}, 1, 4)))
local dict = {}
for i = 1, 500 do dict["k" .. i] = i * i end
local sum, n = 0, 0
for k, v in pairs(dict) do sum = sum + v; n = n + 1 end
print(n, sum, dict.k17, dict["k500"])
for i = 1, 500, 2 do dict["k" .. i] = nil end
n = 0; for _ in pairs(dict) do n = n + 1 end
print(n)
local Vec = {}
Vec.__index = Vec
Vec.__add = function(a, b) return setmetatable({x = a.x + b.x, y = a.y + b.y}, Vec) end
Vec.__eq = function(a, b) return a.x == b.x and a.y == b.y end
Vec.__tostring = function(v) return "(" .. v.x .. "," .. v.y .. ")" end
Vec.__len = function(v) return math.sqrt(v.x * v.x + v.y * v.y) end
function Vec.new(x, y) return setmetatable({x = x, y = y}, Vec) end
local v = Vec.new(3, 4) + Vec.new(0.5, -1)
print(tostring(v), #Vec.new(3, 4), v == Vec.new(3.5, 3), rawequal(v, v))
local default = setmetatable({}, {__index = function(_, k) return k * 2 end})
print(default[21], rawget(default, 21))
local nested = {a = {b = {c = {d = "deep"}}}, list = {{1}, {2, 3}, {4, 5, 6}}}
local cnt = 0
for _, l in ipairs(nested.list) do cnt = cnt + #l end
print(nested.a.b.c.d, cnt, #nested.list)
