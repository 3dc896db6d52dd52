"""PolicyDesk: write a customer service policy for a small business and live by it."""

__version__ = "0.1.0"
