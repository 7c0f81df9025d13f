"""Load benchmarks of the public pages against a bare Django view (see README.md)."""
