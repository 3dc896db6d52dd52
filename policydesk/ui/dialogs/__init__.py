"""Dialogs opened from the main window; each gets its services and prompter in its constructor."""
