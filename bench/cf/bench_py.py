"""Times python-codicefiscale 0.12.1's decode (what is_valid runs).
Usage: python bench_py.py CODES_FILE [N]"""
import sys
import time

import codicefiscale as cf

codes = [l for l in open(sys.argv[1]).read().split("\n") if l]
n = min(len(codes), int(sys.argv[2]) if len(sys.argv) > 2 else len(codes))
cf.is_valid(codes[0])  # loads the data
valid = 0
start = time.perf_counter()
for code in codes[:n]:
    try:
        cf.decode(code)
        valid += 1
    except ValueError:
        pass
s = time.perf_counter() - start
print(
    f"python-codicefiscale 0.12.1 decode:     {s * 1e9 / n:10.1f} ns/code {n / s:12.0f} codes/s"
    f"  total {s:.3f} s on {n} codes ({valid} valid)"
)
