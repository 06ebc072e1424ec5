-- coroutines: generators, producer/consumer, wrap, status, yield across pcall, passing values both ways
local function gen(n)
  return coroutine.wrap(function() for i = 1, n do coroutine.yield(i * i) end end)
end
local s = 0
for v in gen(100) do s = s + v end
print(s)
local co = coroutine.create(function(a, b)
  local c = coroutine.yield(a + b)
  local d, e = coroutine.yield(c * 2)
  return d + e, "done"
end)
print(coroutine.resume(co, 1, 2))
print(coroutine.resume(co, 10))
print(coroutine.resume(co, 3, 4))
print(coroutine.status(co), coroutine.resume(co))
local function producer()
  return coroutine.create(function()
    for _, w in ipairs({"alpha", "beta", "gamma", "delta"}) do coroutine.yield(w) end
  end)
end
local p = producer()
local out = {}
while true do
  local ok, w = coroutine.resume(p)
  if not w then break end
  out[#out + 1] = w:upper()
end
print(table.concat(out, " "))
local perm = {}
local function permgen(a, n)
  if n <= 1 then coroutine.yield(a) else
    for i = 1, n do a[n], a[i] = a[i], a[n]; permgen(a, n - 1); a[n], a[i] = a[i], a[n] end
  end
end
local count, hash = 0, 0
for p in coroutine.wrap(function() permgen({1, 2, 3, 4, 5, 6}, 6) end) do
  count = count + 1; hash = (hash * 7 + p[1] * 100 + p[6]) % 1000003
end
print(count, hash)
local inner = coroutine.wrap(function()
  local ok, v = pcall(function() return coroutine.yield("from pcall") + 1 end)
  coroutine.yield(tostring(ok) .. ":" .. v)
end)
print(inner(), inner(41))
print(coroutine.isyieldable(), select(2, coroutine.running()))
