#!/usr/bin/env python3
"""Prints the table of 2^(j/128), j = 0..127, as double-double pairs {hi, lo} in C++ hex-float
literals: the body of `pow2_128ths` in include/ctnn/math/exp_table.hpp. Computed with Python's
decimal module at 60 digits; hi is 2^(j/128) rounded to the nearest double, lo the rest rounded
to the nearest double. usage: tests/tools/make_exp_table.py"""
from decimal import Decimal, getcontext

getcontext().prec = 60
ln2 = Decimal(2).ln()
for j in range(128):
    value = (ln2 * j / 128).exp()
    hi = float(value)  # float(Decimal) rounds to nearest
    lo = float(value - Decimal(hi))
    print(f"    {{{hi.hex()}, {lo.hex() if lo else '0.0'}}},")
