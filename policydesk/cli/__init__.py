"""The command line, ``policydesk-cli``: scripting over the services. Never imports Qt."""
