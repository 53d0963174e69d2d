"""What the window's sections decide, in plain Python: no Qt here (tests/test_layers.py).

A view asks its presenter which buttons are live, which lines a card shows,
what a form's answer means; it only turns the answers into widgets and words.
"""
