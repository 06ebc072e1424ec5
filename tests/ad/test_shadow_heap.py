"""The IR helpers behind heap shadows (enzymec/ad/helpers.py), run natively.

`@enzymec.shadow.alloc` must return zeroed memory with the requested alignment and its size
in the header, `@enzymec.shadow.free` must free exactly the block allocated, and
`@enzymec.shadow.realloc` must copy min(old size, new size) bytes into a new zeroed shadow
while leaving the old one in place. A C driver checks all of this through exported
wrappers; under valgrind (when installed) no access may be invalid and nothing may leak.
"""

from __future__ import annotations

import shutil
import subprocess
import sys

from enzymec.ad.helpers import helper_function
from enzymec.ir import parse_module, print_module

HELPERS = ["enzymec.shadow.alloc", "enzymec.shadow.free", "enzymec.shadow.size",
           "enzymec.shadow.realloc", "enzymec.shadow.moved"]

WRAPPERS = """
define ptr @shadow_alloc(i64 %size, i64 %align, ptr %primal) {
  %r = call ptr @enzymec.shadow.alloc(i64 %size, i64 %align, ptr %primal)
  ret ptr %r
}
define void @shadow_free(ptr %p, i64 %align) {
  call void @enzymec.shadow.free(ptr %p, i64 %align)
  ret void
}
define i64 @shadow_size(ptr %p) {
  %r = call i64 @enzymec.shadow.size(ptr %p)
  ret i64 %r
}
define ptr @shadow_realloc(ptr %old, i64 %size, ptr %primal) {
  %r = call ptr @enzymec.shadow.realloc(ptr %old, i64 %size, ptr %primal)
  ret ptr %r
}
define i64 @shadow_moved(ptr %new, ptr %old, i64 %size) {
  %r = call i64 @enzymec.shadow.moved(ptr %new, ptr %old, i64 %size)
  ret i64 %r
}
"""

DRIVER = r"""
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
void *shadow_alloc(size_t size, size_t align, void *primal);
void shadow_free(void *p, size_t align);
size_t shadow_size(void *p);
void *shadow_realloc(void *old, size_t size, void *primal);
size_t shadow_moved(void *new_, void *old, size_t size);
#define CHECK(c) do { if (!(c)) { printf("line %d: %s\n", __LINE__, #c); return 1; } } while (0)
static int zeroed(const unsigned char *p, size_t n) {
    for (size_t i = 0; i < n; i++) if (p[i]) return 0;
    return 1;
}
int main(void) {
    static char primal;
    size_t aligns[] = {1, 8, 16, 32, 64, 100, 4096}, wanted[] = {16, 16, 16, 32, 64, 128, 4096};
    for (int k = 0; k < 7; k++) {
        unsigned char *p = shadow_alloc(1000, aligns[k], &primal);
        CHECK(p != NULL && (uintptr_t)p % wanted[k] == 0);
        CHECK(zeroed(p, 1000) && shadow_size(p) == 1000);
        memset(p, 0xab, 1000);
        shadow_free(p, aligns[k]);
    }
    CHECK(shadow_alloc(8, 16, NULL) == NULL);   /* the primal allocation failed */
    CHECK(shadow_size(NULL) == 0);
    shadow_free(NULL, 16);
    double *a = shadow_alloc(3 * sizeof(double), 16, &primal);
    a[0] = 1, a[1] = 2, a[2] = 3;
    double *b = shadow_realloc(a, 5 * sizeof(double), &primal);     /* grow */
    CHECK(b && b != a && b[0] == 1 && b[1] == 2 && b[2] == 3 && b[3] == 0 && b[4] == 0);
    CHECK(shadow_size(b) == 5 * sizeof(double) && a[2] == 3);       /* old shadow kept */
    CHECK(shadow_moved(b, a, 5 * sizeof(double)) == 3 * sizeof(double));
    double *c = shadow_realloc(b, sizeof(double), &primal);          /* shrink */
    CHECK(c && c[0] == 1 && shadow_size(c) == sizeof(double));
    CHECK(shadow_moved(c, b, sizeof(double)) == sizeof(double));
    double *d = shadow_realloc(NULL, 2 * sizeof(double), &primal);   /* realloc(NULL, n) */
    CHECK(d && d[0] == 0 && d[1] == 0 && shadow_moved(d, NULL, 16) == 0);
    CHECK(shadow_realloc(c, 64, NULL) == NULL && shadow_moved(NULL, c, 64) == 0);
    unsigned char *e = shadow_realloc(a, 0, &primal);                /* realloc(p, 0) */
    CHECK(e && shadow_size(e) == 0);
    shadow_free(a, 16), shadow_free(b, 16), shadow_free(c, 16), shadow_free(d, 16);
    shadow_free(e, 16);
    puts("ok");
    return 0;
}
"""


def enzymec() -> list[str]:
    found = shutil.which("enzymec")
    return [found] if found else [sys.executable, "-m", "enzymec"]


def helpers_module() -> str:
    module = parse_module("", "<helpers>")
    for name in HELPERS:
        helper_function(module, name)
    return print_module(module) + WRAPPERS


def test_shadow_heap_helpers(tmp_path):
    (tmp_path / "helpers.ll").write_text(helpers_module())
    (tmp_path / "driver.c").write_text(DRIVER)
    exe = tmp_path / "driver"
    subprocess.run([*enzymec(), "-O2", str(tmp_path / "helpers.ll"), str(tmp_path / "driver.c"),
                    "-o", str(exe)], check=True)
    command = [str(exe)]
    if shutil.which("valgrind"):
        command = ["valgrind", "--quiet", "--error-exitcode=99", "--leak-check=full",
                   "--errors-for-leak-kinds=definite", *command]
    run = subprocess.run(command, capture_output=True, text=True, timeout=300)
    assert run.returncode == 0 and run.stdout == "ok\n", run.stdout + run.stderr
