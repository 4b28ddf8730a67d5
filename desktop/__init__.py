"""The application without widgets: domain rules, services and the command line."""
