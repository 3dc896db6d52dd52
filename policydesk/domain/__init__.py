"""The domain: plain Python values, rules and maths. No frameworks are imported here."""
