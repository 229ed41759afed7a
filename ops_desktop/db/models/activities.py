"""Activities, sessions, attendance and certificates: tables arrive with issue 4 (migration 0003)."""
