#!/usr/bin/env python3
"""Proves that the Day 10 examples pin the notebook's numbers: changes each expected number in
each static_assert, one at a time, and requires that the program then fails to compile.

usage: mutate_notebook_literals.py <compiler> <flags...> -- <source.cpp>...

An expected number is a decimal literal in a static_assert line, except the tolerance (the last
argument of is_close). Each is changed in its last digit, by the smallest step that changes the
double it denotes (so the mutant means another number). Lines marked "hand-rounded" are skipped:
they check numbers the notebook derived from already rounded factors to one unit of their last
digit, so a change of that digit in one direction is still within the check.

A static_assert's literal can only break that static_assert, and a compiler reports every failed
static_assert of a file, so the mutants of one file that sit on different one-line static_asserts
are compiled together, as one translation unit: each is killed when the compiler reports an error
on its line. A mutant that does not fail there is compiled again on its own before it is called a
survivor.
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


# Clang stops after 20 errors: a batch stays below that.
BATCH_SIZE = 16
ERROR = re.compile(r"^(?:.*[/\\])?([^/\\:]+):(\d+):(?:\d+:)? error:", re.MULTILINE)


class Mutant:
    def __init__(self, source, number, start, end, lines):
        self.source, self.number = source, number
        literal = lines[number][start:end]
        self.line = lines[number][:start] + mutated(literal) + lines[number][end:]
        self.where = f"{os.path.basename(source)}:{number + 1}: {literal} -> {mutated(literal)}"
        # Alone on its line and in its statement: its literal can break nothing else.
        code = lines[number].split("//")[0].strip()
        self.batchable = code.startswith("static_assert(") and code.endswith(");")


def error_lines(command, source, lines):
    """None when `lines`, in place of `source`, compiles; otherwise the lines (0-based) of the
    errors reported in it."""
    with tempfile.TemporaryDirectory() as directory:
        mutant_source = os.path.join(directory, os.path.basename(source))
        with open(mutant_source, "w") as file:
            file.write("\n".join(lines))
        include_own_directory = "-I" + os.path.dirname(os.path.abspath(source))
        result = subprocess.run(command + [include_own_directory, "-fsyntax-only", mutant_source],
                                stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        if result.returncode == 0:
            return None
        name = os.path.basename(source)
        return {int(line) - 1 for file, line in ERROR.findall(result.stderr) if file == name}


def killed(command, batch):
    """For each mutant of `batch` (all of one source), whether it breaks the build."""
    source = batch[0].source
    lines = open(source).read().split("\n")
    for mutant in batch:
        lines[mutant.number] = mutant.line
    failing = error_lines(command, source, lines)
    if len(batch) == 1:
        return [failing is not None]
    return [failing is not None and mutant.number in failing for mutant in batch]


def batches(mutants):
    """The k-th mutant of each one-line static_assert of a source together, at most BATCH_SIZE
    of them; every other mutant alone."""
    by_line = {}
    for mutant in mutants:
        if mutant.batchable:
            by_line.setdefault((mutant.source, mutant.number), []).append(mutant)
    by_rank = {}
    for (source, _), on_line in by_line.items():
        for rank, mutant in enumerate(on_line):
            by_rank.setdefault((source, rank), []).append(mutant)
    together = [group[i:i + BATCH_SIZE] for group in by_rank.values()
                for i in range(0, len(group), BATCH_SIZE)]
    return together + [[mutant] for mutant in mutants if not mutant.batchable]


def main():
    split = sys.argv.index("--")
    command, sources = sys.argv[1:split], sys.argv[split + 1:]
    mutants = []
    for source in sources:
        lines = open(source).read().split("\n")
        for number, line in enumerate(lines):
            if "static_assert(" not in line or "hand-rounded" in line:
                continue
            for start, end in expected_literals(line):
                mutants.append(Mutant(source, number, start, end, lines))
    # One compiler per core.
    with concurrent.futures.ThreadPoolExecutor(max_workers=os.cpu_count() or 1) as pool:
        work = batches(mutants)
        verdict = {}
        for batch, results in zip(work, pool.map(lambda batch: killed(command, batch), work)):
            verdict.update(zip(batch, results))
        # A mutant that survived among others is tried alone: a survivor is one for sure.
        retry = [m for batch in work if len(batch) > 1 for m in batch if not verdict[m]]
        verdict.update(zip(retry, pool.map(lambda m: killed(command, [m])[0], retry)))
    survivors = [mutant for mutant in mutants if not verdict[mutant]]
    for mutant in mutants:
        print("fails to build " if verdict[mutant] else "STILL COMPILES ", mutant.where)
    print(f"{len(mutants) - len(survivors)} mutated literals break the build, {len(survivors)} do not")
    return 1 if survivors or not mutants else 0


if __name__ == "__main__":
    sys.exit(main())
