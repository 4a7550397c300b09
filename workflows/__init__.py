"""The shipped workflow definitions (YAML files in sub-packages) and their guard and scoring functions."""
