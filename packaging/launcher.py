"""Entry point of the bundled program (PyInstaller's script): the same as `packstation` in a venv."""
import multiprocessing
import sys

from app.cli import main

if __name__ == "__main__":
    multiprocessing.freeze_support()
    sys.exit(main())
