"""Benchmarks of the CCHC warehouse (`make bench`, `python -m benchmarks.run`).

Everything runs against synthetic sites written into a temporary directory and a
throwaway database (`cchc_bench_<random>`); the demo warehouse and the bundled snapshot
are never written to.
"""
