"""The Qt front end."""
