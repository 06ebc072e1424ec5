"""Functions the pre-AD run never sees (enzymec/driver/pre_ad_aside.py).

What must hold: what the AD does not read leaves the run's text (with the globals only it
names) unless something the run keeps names it, and comes back after the run's output
with every function, global, type, declaration, attribute group and metadata node it uses,
numbered apart from the output's, without source locations; a kept local symbol that set-
aside code names stands in the escape table while the run reads the text, and not after;
a piece with what this cannot carry over (a comdat, debug info beyond locations) stays;
a name the run made up that clashes gives None. And through clang and the whole driver: a
static global written only by set-aside code is not folded to its initializer, a static
function that set-aside code calls keeps its signature, and the gradients are right.
"""

from __future__ import annotations

import re
import subprocess

from drivertools import run_enzymec, write
from enzymec.driver import pre_ad_aside, pre_ad_scope

MODULE = r"""; ModuleID = 'm.c'
source_filename = "m.c"
target triple = "x86_64-unknown-linux-gnu"

%struct.pair = type { double, %struct.inner }
%struct.inner = type { i64 }

@enzyme_dup = external global i32
@scale = internal global double 1.000000e+00, align 8
@.str = private unnamed_addr constant [4 x i8] c"%g\0A\00", align 1
@only_main = internal global i32 0, align 4

define double @f(double %x) #0 !dbg !10 {
  %s = load double, ptr @scale, align 8, !tbaa !20
  %y = fmul double %x, %s, !dbg !12
  ret double %y, !dbg !12
}

define double @df(double %x) #0 {
  %d = call double (ptr, ...) @__enzyme_autodiff(ptr @f, double %x)
  ret double %d
}

define void @configure(ptr %p) #0 !dbg !13 {
  store double 3.000000e+00, ptr @scale, align 8, !tbaa !20, !dbg !14
  %v = load i32, ptr @only_main, align 4, !tbaa !23
  %q = getelementptr inbounds %struct.pair, ptr %p, i64 0, i32 1, !dbg !14
  br label %loop

loop:
  %i = phi i32 [ 0, %0 ], [ %n, %loop ]
  %n = add i32 %i, 1
  %c = icmp slt i32 %n, %v
  br i1 %c, label %loop, label %done, !llvm.loop !30

done:
  %r = call i32 (ptr, ...) @printf(ptr @.str, double 1.0), !dbg !14
  ret void, !dbg !14
}

declare double @__enzyme_autodiff(ptr, ...)

declare !dbg !15 i32 @printf(ptr noundef, ...) #1

attributes #0 = { nounwind }
attributes #1 = { nounwind "no-builtins" }

!llvm.dbg.cu = !{!0}
!llvm.module.flags = !{!2}

!0 = distinct !DICompileUnit(language: DW_LANG_C11, file: !1, emissionKind: LineTablesOnly)
!1 = !DIFile(filename: "m.c", directory: "/tmp")
!2 = !{i32 2, !"Debug Info Version", i32 3}
!10 = distinct !DISubprogram(name: "f", scope: !1, file: !1, line: 1, unit: !0)
!12 = !DILocation(line: 1, column: 2, scope: !10)
!13 = distinct !DISubprogram(name: "configure", scope: !1, file: !1, line: 5, unit: !0)
!14 = !DILocation(line: 6, column: 3, scope: !13)
!15 = !DISubprogram(name: "printf", scope: !1, file: !1, line: 9, spFlags: 0)
!20 = !{!21, !21, i64 0}
!21 = !{!"double", !22, i64 0}
!22 = !{!"Simple C/C++ TBAA"}
!23 = !{!24, !24, i64 0}
!24 = !{!"int", !22, i64 0}
!30 = distinct !{!30, !31, !32, !33}
!31 = !DILocation(line: 7, column: 1, scope: !13)
!32 = !DILocation(line: 8, column: 1, scope: !13)
!33 = !{!"llvm.loop.mustprogress"}
"""


def _defined(text: str) -> set[str]:
    return set(re.findall(r"^define [^@\n]*@([-\w.$]+)\(", text, re.M)) | \
        set(re.findall(r"^@([-\w.$]+) = ", text, re.M))


def _ids(text: str, kind: str) -> list[int]:
    pattern = r"^!(\d+) = " if kind == "!" else r"^attributes #(\d+) = "
    return [int(n) for n in re.findall(pattern, text, re.M)]


def test_sets_aside_what_the_ad_does_not_read_and_escapes_what_it_names():
    aside = pre_ad_aside.set_aside(MODULE)
    assert aside is not None
    kept = _defined(aside.text)
    # configure is not read by the AD; only it names @only_main and the string
    assert "configure" not in kept and "only_main" not in kept and ".str" not in kept
    assert {"f", "df", "scale"} <= kept
    # @scale (internal, kept: f reads it) is named by configure: it stands in the table
    table = re.search(rf"^@{pre_ad_aside.TABLE} = global \[1 x ptr\] \[ptr @scale\]$",
                      aside.text, re.M)
    assert table is not None
    assert "configure" not in aside.marked  # nothing left to mark


def test_puts_back_with_numbers_apart_and_without_locations():
    aside = pre_ad_aside.set_aside(MODULE)
    # what a run prints: its own numbering, which reuses the numbers of the source's
    output = aside.text.replace("!20", "!5").replace("!21 = ", "!6 = ")
    output = re.sub(r"^!(2[0-4]|3\d) = .*\n", "", output, flags=re.M)
    output = output.replace("!10 = ", "!7 = ").replace("!dbg !10", "!dbg !7")
    # and no declaration of printf, which only set-aside code calls
    output = re.sub(r"^declare !dbg !15 i32 @printf.*\n", "", output, flags=re.M)
    assert "@printf" not in output
    back = aside.put_back(output)
    assert back is not None
    assert pre_ad_aside.TABLE not in back
    assert {"f", "df", "scale", "configure", "only_main", ".str"} <= _defined(back)
    configure = re.search(r"^define void @configure.*?^\}", back, re.M | re.S)[0]
    assert "!dbg" not in configure
    ids = _ids(back, "!")
    assert len(ids) == len(set(ids)), "a metadata number defined twice"
    assert min(n for n in ids if n not in _ids(output, "!")) > max(_ids(output, "!"))
    # the loop node copied without its locations, and still its own first operand
    loop = re.search(r"!llvm\.loop !(\d+)", configure)[1]
    node = re.search(rf"^!{loop} = (.*)$", back, re.M)[1]
    assert node.startswith(f"distinct !{{!{loop}, !") and "DILocation" not in node
    # the types configure names, the declaration it calls (its subprogram dropped)
    assert re.search(r"^%struct\.pair = type", back, re.M)
    assert re.search(r"^%struct\.inner = type", back, re.M)
    assert re.search(r"^declare i32 @printf\(ptr noundef, \.\.\.\) #\d+$", back, re.M)


def test_the_put_back_text_goes_through_clang(tmp_path):
    from enzymec.driver import toolchain
    tc = toolchain.find_toolchain()
    aside = pre_ad_aside.set_aside(MODULE)
    marked = pre_ad_scope.mark_skipped(aside.text, aside.marked)
    source = write(tmp_path, "m.ll", marked)
    out = tmp_path / "out.ll"
    subprocess.run([*tc.clang(False), "-O2", "-S", "-emit-llvm", "-w", "-o", str(out),
                    str(source)], check=True)
    back = aside.put_back(pre_ad_scope.restore(out.read_text()))
    assert back is not None
    source = write(tmp_path, "back.ll", back)
    subprocess.run([*tc.clang(False), "-O0", "-c", "-w", "-o", str(tmp_path / "b.o"),
                    str(source)], check=True)
    # the run could not fold @scale: configure's store is an unknown use to it
    assert "@scale" in back and re.search(r"load double, ptr @scale", back)


def test_what_a_kept_function_names_stays():
    text = MODULE.replace("%s = load double, ptr @scale, align 8, !tbaa !20",
                          "%s = load double, ptr @scale, align 8, !tbaa !20\n"
                          "  call void @configure(ptr null)")
    aside = pre_ad_aside.set_aside(text)
    kept = _defined(aside.text) if aside else _defined(text)
    assert "configure" in kept


def test_a_comdat_or_debug_info_beyond_locations_stays():
    comdat = MODULE.replace("define void @configure(ptr %p) #0",
                            "define void @configure(ptr %p) #0 comdat")
    comdat = comdat.replace("@only_main =", "$configure = comdat any\n@only_main =")
    aside = pre_ad_aside.set_aside(comdat)
    assert aside is None or "configure" in _defined(aside.text)
    variable = MODULE.replace("%n = add i32 %i, 1", "%n = add i32 %i, 1, !annotation !40")
    variable += '!40 = !DIBasicType(name: "int", size: 32)\n'
    aside = pre_ad_aside.set_aside(variable)
    assert aside is None or "configure" in _defined(aside.text)


def test_a_clash_with_a_name_the_run_made_up_gives_none():
    aside = pre_ad_aside.set_aside(MODULE)
    output = aside.text + "\n@only_main = internal global i32 7\n"
    assert aside.put_back(output) is None


def test_an_output_without_the_table_gives_none():
    aside = pre_ad_aside.set_aside(MODULE)
    output = re.sub(rf"^@{pre_ad_aside.TABLE} = .*$", "", aside.text, flags=re.M)
    assert aside.put_back(output) is None


LIBRARY = r"""
#include <enzyme.h>
static double scale = 1.0;
__attribute__((noinline)) static double weigh(double x, double w) { return x * w; }
double f(double x) { return scale * weigh(x, 1.0) * x; }
double grad(double x) { return __enzyme_autodiff((void *)f, x); }
/* not read by the AD: set aside; the only code writing `scale`, and the only call of
   weigh with another weight */
void configure(double s) { scale = s; }
double weigh_outside(double x) { return weigh(x, 5.0); }
"""

MAIN = r"""
#include <stdio.h>
void configure(double s);
double grad(double x);
double weigh_outside(double x);
int main(void) {
    configure(3.0);
    printf("%.6f %.6f\n", grad(2.0), weigh_outside(2.0));
    return 0;
}
"""


def _run_program(tmp_path, library: str) -> dict[str, str]:
    lib = write(tmp_path, "lib.c", library)
    main = write(tmp_path, "main.c", MAIN)
    outputs = {}
    for opt in ("-O2", "-O3"):
        run_enzymec(opt, "-c", lib, "-o", tmp_path / "lib.o", cwd=tmp_path, check=True)
        run_enzymec(opt, main, tmp_path / "lib.o", "-o", tmp_path / "prog", cwd=tmp_path,
                    check=True)
        outputs[opt] = subprocess.run([str(tmp_path / "prog")], capture_output=True,
                                      text=True, check=True).stdout
    return outputs


def test_set_aside_writers_and_callers_keep_the_program_right(tmp_path):
    """f = 3 x^2 once configure(3) ran: f'(2) = 12; weigh_outside(2) = 10. Had the pre-AD
    run seen no store to `scale`, it could have folded it to 1 (f'(2) = 4); had it seen
    only f's call of weigh, it could have made its weight the constant 1 (weigh_outside(2)
    = 2)."""
    for opt, out in _run_program(tmp_path, LIBRARY).items():
        assert out == "12.000000 10.000000\n", (opt, out)
    # without `scale` (whose folding would make the put-back fail: the fallback runs the
    # whole text) the weight alone decides
    alone = LIBRARY.replace("scale * weigh", "weigh").replace("scale = s;", "(void)s;")
    for opt, out in _run_program(tmp_path, alone).items():
        assert out == "4.000000 10.000000\n", (opt, out)


def test_the_library_is_actually_set_aside(tmp_path):
    """The program above goes the set-aside way (else the test before proves nothing)."""
    lib = write(tmp_path, "lib.c", LIBRARY)
    proc = run_enzymec("-O2", "-c", lib, "-o", tmp_path / "lib.o", "--enzymec-dump-ir=frontend",
                       cwd=tmp_path, check=True)
    text = proc.stderr[proc.stderr.index("\n") + 1:]
    from enzymec.ad.entry.entry_points import keep_entry_calls_apart
    aside = pre_ad_aside.set_aside(keep_entry_calls_apart(text))
    assert aside is not None
    kept = _defined(aside.text)
    assert "configure" not in kept and "weigh_outside" not in kept
    assert re.search(rf"^@{pre_ad_aside.TABLE} = .*ptr @scale", aside.text, re.M)
    assert re.search(rf"^@{pre_ad_aside.TABLE} = .*ptr @weigh", aside.text, re.M)
    # and the driver puts it back (no second run on the whole unit)
    proc = run_enzymec("-O2", "-v", "-c", lib, "-o", tmp_path / "lib.o", cwd=tmp_path,
                       check=True)
    assert "pread" in proc.stderr  # the pre-AD run's command, shown by -v
    assert "reads the whole unit" not in proc.stderr
