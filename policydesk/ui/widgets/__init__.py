"""Reusable widgets that show one part of the data; each gets its services in its constructor."""
