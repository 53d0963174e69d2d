"""The Qt shell: widgets, dialogs and item models. Knows services, never SQL."""
