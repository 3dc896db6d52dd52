"""Alembic migration scripts for the PolicyDesk schema (run through ``policydesk.storage``)."""
