"""Benchmarks of the OCOP engine: see bench/README.md."""
