-- string library: formatting, patterns, gsub with functions, byte/char, rep, reverse, pack
local s = "The quick brown fox jumps over the lazy dog"
print(#s, s:upper(), s:lower():sub(5, 9), s:find("fox"), s:match("(%a+) dog"))
local words = {}
for w in s:gmatch("%a+") do words[#words + 1] = w end
print(#words, table.concat(words, ","))
print((s:gsub("%w+", function(w) return w:reverse() end)))
print(string.format("%5d|%-5s|%05.2f|%x|%q|%g|%.14g", 42, "ab", 3.14159, 255, "a\nb\"c", 1e20, math.pi))
print(string.format("%10.3s|%c%c%c|%i|%u", "abcdef", 76, 117, 97, -7, 7))
local t = {}
for i = 1, 20 do t[#t + 1] = string.char(65 + (i * 7) % 26) end
local joined = table.concat(t)
print(joined, joined:byte(1, 5))
print(("ab"):rep(5, "-"), ("x"):rep(0), ("hello"):reverse())
print(string.pack("<i4 d s1", 100, 2.5, "hi"):byte(1, -1))
print(string.unpack("<i4", string.pack("<i4", -123456)))
local date = "2024-02-29"
local y, m, d = date:match("(%d+)-(%d+)-(%d+)")
print(y + 0, m * 1, tonumber(d) + 1)
print(("key=val; k2=v2; k3=v3"):gsub("(%w+)=(%w+)", "%2=%1"))
print(("%d items"):format(3), tostring(nil), tostring(true), tostring(1.5), 10 // 3, 7.0 // 2, 2^10, 10 / 4)
local acc = 0
for i = 1, 2000 do acc = (acc * 31 + #tostring(i * 1.5)) % 1000003 end
print(acc, utf8.char(72, 228, 8364, 128512), utf8.len("häl€"))
