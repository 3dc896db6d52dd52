"""The policy wizard: nine steps from mission to an approved, versioned policy."""
