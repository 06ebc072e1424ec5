-- closures, upvalues shared between closures, varargs, recursion, higher-order functions, goto
local function counter()
  local n = 0
  return function() n = n + 1; return n end, function() return n end
end
local inc, get = counter()
for _ = 1, 10 do inc() end
print(get())
local fns = {}
for i = 1, 5 do fns[i] = function() return i * i end end
local s = 0; for _, f in ipairs(fns) do s = s + f() end
print(s)
local function compose(f, g) return function(...) return f(g(...)) end end
local add1 = function(x) return x + 1 end
local dbl = function(x) return x * 2 end
print(compose(add1, dbl)(10), compose(dbl, add1)(10))
local function map(f, t) local r = {} for i, v in ipairs(t) do r[i] = f(v) end return r end
local function fold(f, acc, t) for _, v in ipairs(t) do acc = f(acc, v) end return acc end
print(fold(function(a, b) return a + b end, 0, map(function(x) return x ^ 2 end, {1, 2, 3, 4, 5})))
local function va(...) local n = select("#", ...); local t = {...}; return n, t[n], ... end
print(va(1, nil, 3, "x"))
local function fib(n) if n < 2 then return n end return fib(n - 1) + fib(n - 2) end
print(fib(24))
local memo = {}
local function mfib(n) if n < 2 then return n end if memo[n] then return memo[n] end local r = mfib(n - 1) + mfib(n - 2); memo[n] = r; return r end
print(mfib(90))
local i = 1
::top::
if i < 100 then i = i * 3; goto top end
print(i)
local ok, err = pcall(function() error({code = 7}) end)
print(ok, type(err), err.code)
print(select(2, pcall(error, "msg", 0)), select(2, xpcall(function() local x = nil; return x.y end, function(m) return "handled" end)))
local function tail(n, acc) if n == 0 then return acc end return tail(n - 1, acc + n) end
print(tail(100000, 0))
