"""The dockable panels: budget, problems, commands and firewall."""
