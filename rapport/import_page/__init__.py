"""The import page: drop a file, read its report in words, undo it after a preview."""
