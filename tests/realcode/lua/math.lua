-- math: integer/float arithmetic, integer division and modulo signs, bitwise ops, overflow wrap, libm functions
print(7 // 2, -7 // 2, 7 % -3, -7 % 3, 7.5 % 2, -7.5 % 2, 3 / 2, 1 // 0.0, -1 // 0.0)
print(math.maxinteger + 1 == math.mininteger, math.maxinteger * 2, math.mininteger // -1)
print(0xff & 0x0f, 0xf0 | 0x0f, 0xff ~ 0x0f, ~0, 1 << 62, 1 << 63, 1 << 64, -1 >> 1, 3 >> -1)
print(math.floor(-3.5), math.ceil(-3.5), math.abs(-2^63), math.fmod(-7, 3), math.fmod(7, -3))
print(math.tointeger(3.0), math.tointeger(3.5), math.type(1), math.type(1.0), math.type("1"))
print(string.format("%.17g %.17g %.17g %.17g", math.sin(1), math.cos(1), math.exp(1), math.log(10)))
print(string.format("%.17g %.17g %.17g %.17g", math.sqrt(2), math.atan(1, 2), math.log(1024, 2), 2^0.5))
print(math.ult(1, -1), math.max(3, 7.5, -1), math.min(3, 7.5, -1), math.huge, -math.huge)
print(8 // 3 * 3 + 8 % 3, 2^53 + 1, (2^53 + 1) | 0, 1e15, 1e16, 123456789012)
print(tostring(0/0) == tostring(0/0), 0.1 + 0.2 == 0.3, 0.1 + 0.2, 100000000000000)
local acc = 0
for i = 1, 100000 do acc = acc + math.sin(i) * math.sqrt(i) end
print(string.format("%.10f", acc))
local x = 0
for i = 1, 100000 do x = (x * 1103515245 + 12345) & 0x7fffffff end
print(x, tonumber("0x1p4"), tonumber("  12  "), tonumber("z", 36), tonumber("1e2"), tonumber("10", 2))
math.randomseed(42, 7)
local r = {}
for i = 1, 5 do r[i] = math.random(1, 1000) end
print(table.concat(r, " "), math.random(0) ~= nil)
