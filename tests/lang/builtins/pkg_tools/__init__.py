"""Tools package used by main_guard.py."""
