"""Arabic: clitic readings and verb inflection."""
