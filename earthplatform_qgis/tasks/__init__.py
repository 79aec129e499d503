"""QgsTasks, the thread boundary: each calls stac/ and map/ off the GUI thread and ends with
one signal, done(outcome)."""
