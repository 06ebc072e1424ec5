"""The enzymec driver: a cc-compatible command line around the AD pipeline.

toolchain (clang discovery and quirks), options (cc flag parsing), pipeline (the stages),
backend (llvmlite optimize and codegen), linker (system cc), runtime (the C runtime's
cached bitcode), rtlink (linking it into modules before optimization), tools (running
clang and the linker), tempdir (private temp dirs, atomic outputs), cli (main).
"""
