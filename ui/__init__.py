"""The Qt user interface: windows, views, item models and dialogs. Talks to desktop/ only."""
