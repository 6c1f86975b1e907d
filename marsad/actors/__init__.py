"""Actor dictionaries, recognition and resolution."""
