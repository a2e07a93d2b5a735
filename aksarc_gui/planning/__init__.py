"""The planning core: budget, validation, occupancy, assignment. Pure functions, no Qt."""
