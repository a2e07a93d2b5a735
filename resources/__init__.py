# Data folder: installed as the package aksarc_gui._resources (see pyproject.toml).
