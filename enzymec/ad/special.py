"""IR text of special functions libm lacks but derivative rules need (added to a module on
first use by helpers.helper_function).

`@enzymec.digamma(x)`: the derivative of lgamma, and tgamma' = tgamma * digamma. Reflection
psi(x) = psi(1 - x) - pi / tan(pi x) for x < 0, the recurrence psi(x) = psi(x + 1) - 1/x
up to x >= 10, then the asymptotic series ln x - 1/(2x) - sum B_2k / (2k x^2k) to x^-10
(relative error below 1e-13 there).
"""

DIGAMMA = """
define internal double @enzymec.digamma(double %x0) {
entry:
  %negative = fcmp olt double %x0, 0.0
  %flipped = fsub double 1.0, %x0
  %x = select i1 %negative, double %flipped, double %x0
  %pix = fmul double %x0, 0x400921FB54442D18
  %tan = call double @llvm.tan.f64(double %pix)
  %cot = fdiv double 0x400921FB54442D18, %tan
  %reflection = select i1 %negative, double %cot, double 0.0
  br label %shift

shift:
  %v = phi double [ %x, %entry ], [ %v.next, %step ]
  %steps = phi double [ 0.0, %entry ], [ %steps.next, %step ]
  %small = fcmp olt double %v, 10.0
  br i1 %small, label %step, label %series

step:
  %inverse = fdiv double 1.0, %v
  %steps.next = fadd double %steps, %inverse
  %v.next = fadd double %v, 1.0
  br label %shift

series:
  %w = fdiv double 1.0, %v
  %w2 = fmul double %w, %w
  %p5 = fmul double %w2, 0x3F7F07C1F07C1F08
  %p4 = fsub double 0x3F71111111111111, %p5
  %p4w = fmul double %w2, %p4
  %p3 = fsub double 0x3F70410410410410, %p4w
  %p3w = fmul double %w2, %p3
  %p2 = fsub double 0x3F81111111111111, %p3w
  %p2w = fmul double %w2, %p2
  %p1 = fsub double 0x3FB5555555555555, %p2w
  %poly = fmul double %w2, %p1
  %log = call double @llvm.log.f64(double %v)
  %half = fmul double %w, 0.5
  %a = fsub double %log, %half
  %b = fsub double %a, %poly
  %c = fsub double %b, %steps
  %psi = fsub double %c, %reflection
  ret double %psi
}

declare double @llvm.tan.f64(double)
declare double @llvm.log.f64(double)
"""
