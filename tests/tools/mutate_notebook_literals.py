#!/usr/bin/env python3
"""Proves that the Day 10 examples pin the notebook's numbers: changes each expected number in
each static_assert, one at a time, and requires that the program then fails to compile.

usage: mutate_notebook_literals.py <compiler> <flags...> -- <source.cpp>...

An expected number is a decimal literal in a static_assert line, except the tolerance (the last
argument of is_close). Each is changed in its last digit, by the smallest step that changes the
double it denotes (so the mutant means another number). Lines marked "hand-rounded" are skipped:
they check numbers the notebook derived from already rounded factors to one unit of their last
digit, so a change of that digit in one direction is still within the check.
"""
import concurrent.futures
import os
import re
import subprocess
import sys
import tempfile

DECIMAL = re.compile(r"(?<![\w.])-?\d+\.\d+(?:e-?\d+)?")


def expected_literals(line):
    """Spans of the expected numbers in one static_assert line."""
    code = line.split("//")[0]
    spans = [m.span() for m in DECIMAL.finditer(code)]
    if "is_close(" in code and spans:
        spans = spans[:-1]  # the tolerance
    return spans


def mutated(literal):
    """The literal with its last digit moved by the smallest step that changes its value."""
    mantissa, _, exponent = literal.partition("e")
    digits = mantissa.rstrip("0123456789")
    last = mantissa[len(digits):]
    for step in range(1, 10):
        for sign in (+1, -1):
            candidate_last = int(last) + sign * step
            if candidate_last < 0:
                continue
            candidate = digits + str(candidate_last).zfill(len(last)) + (("e" + exponent) if exponent else "")
            if float(candidate) != float(literal):
                return candidate
    raise ValueError("cannot mutate " + literal)


def compiles(command, source, text):
    """True when `text`, in place of `source`, compiles with `command`."""
    with tempfile.TemporaryDirectory() as directory:
        mutant_source = os.path.join(directory, os.path.basename(source))
        with open(mutant_source, "w") as file:
            file.write(text)
        include_own_directory = "-I" + os.path.dirname(os.path.abspath(source))
        result = subprocess.run(command + [include_own_directory, "-fsyntax-only", mutant_source],
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        return result.returncode == 0


def main():
    split = sys.argv.index("--")
    command, sources = sys.argv[1:split], sys.argv[split + 1:]
    mutants = []  # (where, source, text)
    for source in sources:
        lines = open(source).read().split("\n")
        for number, line in enumerate(lines):
            if "static_assert(" not in line or "hand-rounded" in line:
                continue
            for start, end in expected_literals(line):
                literal = line[start:end]
                mutant = line[:start] + mutated(literal) + line[end:]
                text = "\n".join(lines[:number] + [mutant] + lines[number + 1:])
                where = f"{os.path.basename(source)}:{number + 1}: {literal} -> {mutated(literal)}"
                mutants.append((where, source, text))
    # One compiler per core: each mutant is its own translation unit.
    with concurrent.futures.ThreadPoolExecutor(max_workers=os.cpu_count() or 1) as pool:
        results = list(pool.map(lambda m: compiles(command, m[1], m[2]), mutants))
    survivors = [where for (where, _, _), survived in zip(mutants, results) if survived]
    for (where, _, _), survived in zip(mutants, results):
        print("STILL COMPILES " if survived else "fails to build ", where)
    killed = len(mutants) - len(survivors)
    print(f"{killed} mutated literals break the build, {len(survivors)} do not")
    return 1 if survivors or killed == 0 else 0


if __name__ == "__main__":
    sys.exit(main())
