#!/usr/bin/env python3
"""Kurier's architecture rules, checked on the source tree (docs/architecture.md).

Usage: check_architecture.py SOURCE_DIR | --self-test

1. The core module graph declared in core/CMakeLists.txt (kurier_core_module ... USES ...) has no cycle, and
   every #include of another core module from a module's files is one of the modules it declares (the link
   check in core/CMakeLists.txt catches undeclared symbols; this catches header-only uses too).
2. The KSeF layer is sealed: no file outside core/ksef/ (and the emulator, which *is* KSeF) contains a KSeF
   exception code, compares a status code with a number, or spells KSeF's query vocabulary.
3. core/ never includes QtWidgets.
Prints one line per violation and exits 1 when there is any.
"""
import os
import re
import sys

MODULE_CALL = re.compile(r"kurier_core_module\((\w+)(.*?)\)\s*$", re.S | re.M)
SECTION = re.compile(r"\b(SOURCES|USES|PUBLIC|PRIVATE)\b")
INCLUDE = re.compile(r'^\s*#\s*include\s+"([a-z0-9]+)/', re.M)

# KSeF exception codes (PROTOCOL.md §15): 21xxx, 25xxx, 26xxx, 30001, 9101-9105.
EXCEPTION_CODE = re.compile(r"(?<![\w.])(2[1-6]\d{3}|30001|910[1-5])(?![\w.])")
# A status code compared with (or switched on) a number: `code == 440`, `status->code < 200`, `hasCode(21173)`.
STATUS_TEST = re.compile(r"\b(?:code|Code|statusCode|sessionCode)\s*(?:==|!=|<=|>=|<|>)\s*\d{3}\b"
                         r"|\bhasCode\(\s*\d+\s*\)|\bcase\s+[1-5]\d\d\s*:")
# KSeF's vocabulary as string literals.
VOCABULARY = re.compile(r'"(Subject1|Subject2|Subject3|SubjectAuthorized|PermanentStorage|Invoicing|'
                        r'KsefTokenEncryption|SymmetricKeyEncryption)"')
SEALED_ROOTS = ["core", "app", "ui", "render"]
SOURCE_SUFFIXES = (".cpp", ".h")


def parse_modules(cmake_text):
    modules = {}
    for match in MODULE_CALL.finditer(cmake_text):
        name, body = match.group(1), match.group(2)
        uses, section = [], None
        for token in body.split():
            if SECTION.fullmatch(token):
                section = token
            elif section == "USES":
                uses.append(token)
        modules[name] = uses
    return modules


def find_cycle(graph):
    state = {}

    def visit(node, path):
        state[node] = "active"
        for nxt in graph.get(node, []):
            if state.get(nxt) == "active":
                return path + [node, nxt]
            if nxt not in state:
                found = visit(nxt, path + [node])
                if found:
                    return found
        state[node] = "done"
        return None

    for node in graph:
        if node not in state:
            found = visit(node, [])
            if found:
                return found[found.index(found[-1]):]
    return None


def source_files(root):
    for folder, _, files in os.walk(root):
        for name in files:
            if name.endswith(SOURCE_SUFFIXES):
                yield os.path.join(folder, name)


def self_test():
    """Every rule finds the violation planted for it in a small tree (so that this check can fail)."""
    import tempfile
    planted = {
        "core/CMakeLists.txt": "".join(f"kurier_core_module(m{i}\n    SOURCES m{i}/A.cpp\n    USES m{(i + 1) % 10})\n"
                                       for i in range(10)),
        "core/m0/A.cpp": '#include "m5/B.h"\n',
        "core/m1/A.cpp": "if (error.hasCode(21173)) {}\n",
        "core/m2/A.cpp": "if (status.code == 440) {}\n",
        "ui/x/W.cpp": 'query.subject = QStringLiteral("Subject2");\n',
        "core/m3/A.cpp": "#include <QWidget>\n",
        "core/ksef/Fine.cpp": "if (status.code == 440 || e.hasCode(21173)) {}\n",
    }
    expected = ["form a cycle", "m0/A.cpp: includes m5/", "m1/A.cpp:1: a KSeF exception code",
                "m2/A.cpp:1: a test of a KSeF status code", "W.cpp:1: KSeF vocabulary", "core/ includes QtWidgets"]
    with tempfile.TemporaryDirectory() as root:
        for relative, text in planted.items():
            os.makedirs(os.path.dirname(os.path.join(root, relative)), exist_ok=True)
            open(os.path.join(root, relative), "w", encoding="utf-8").write(text)
        problems = check(root)
    missed = [e for e in expected if not any(e in p for p in problems)]
    wrong = [p for p in problems if "Fine.cpp" in p]
    for e in missed:
        print(f"self-test: the planted violation '{e}' was not found")
    for p in wrong:
        print(f"self-test: core/ksef must be allowed KSeF codes, but: {p}")
    print(f"self-test: {len(expected) - len(missed)} of {len(expected)} planted violations found")
    return 1 if missed or wrong else 0


def main():
    if len(sys.argv) != 2:
        print("usage: check_architecture.py SOURCE_DIR | --self-test")
        return 2
    if sys.argv[1] == "--self-test":
        return self_test()
    problems = check(sys.argv[1])
    for problem in problems:
        print(problem)
    return 1 if problems else 0


def check(source):
    problems = []

    cmake = os.path.join(source, "core", "CMakeLists.txt")
    modules = parse_modules(open(cmake, encoding="utf-8").read())
    if len(modules) < 10:
        problems.append(f"{cmake}: found only {len(modules)} core modules; the parser no longer matches the file")
    for name, uses in modules.items():
        for dependency in uses:
            if dependency not in modules:
                problems.append(f"core module {name} uses {dependency}, which is not a core module")
    cycle = find_cycle(modules)
    if cycle:
        problems.append("core modules form a cycle: " + " -> ".join(cycle))
    for name, uses in modules.items():
        folder = os.path.join(source, "core", name)
        allowed = set(uses) | {name}
        for path in source_files(folder):
            for included in INCLUDE.findall(open(path, encoding="utf-8").read()):
                if included in modules and included not in allowed:
                    problems.append(f"{os.path.relpath(path, source)}: includes {included}/, which core module "
                                    f"{name} does not declare in USES")

    checked = 0
    for root in SEALED_ROOTS:
        for path in source_files(os.path.join(source, root)):
            relative = os.path.relpath(path, source)
            text = open(path, encoding="utf-8").read()
            if root == "core" and re.search(r"#\s*include\s*<(QtWidgets|QWidget|QMainWindow|QDialog)", text):
                problems.append(f"{relative}: core/ includes QtWidgets")
            if relative.startswith(os.path.join("core", "ksef") + os.sep):
                continue
            checked += 1
            for number, line in enumerate(text.splitlines(), 1):
                code_part = line.split("//", 1)[0]
                for rule, pattern in (("a KSeF exception code", EXCEPTION_CODE),
                                      ("a test of a KSeF status code", STATUS_TEST),
                                      ("KSeF vocabulary", VOCABULARY)):
                    found = pattern.search(code_part)
                    if found:
                        problems.append(f"{relative}:{number}: {rule} outside core/ksef: {found.group(0)!r}")

    print(f"{len(modules)} core modules, no cycle" if not cycle else "the core module graph has a cycle")
    print(f"{checked} files outside core/ksef checked: "
          f"{'no KSeF codes or vocabulary' if not problems else str(len(problems)) + ' problems'}")
    return problems


if __name__ == "__main__":
    sys.exit(main())
