"""OptimCE Desktop: back-office client for Belgian renewable-energy communities."""

__version__ = "0.1.0"
