"""The demo vault of invented cases and the synthetic data behind it and the benchmarks."""
