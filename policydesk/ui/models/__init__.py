"""Qt item models that format rows the services fetched (they never hold ORM objects)."""
