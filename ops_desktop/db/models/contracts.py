"""Social contracts (kontrakt socjalny): tables arrive with issue 3 (migration 0002)."""
