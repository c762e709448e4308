"""Demo personas: real-shaped export files shipped in the package (see scripts/make_demo.py)."""
