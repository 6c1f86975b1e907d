"""Text layer: normalisation, tokenisation, sentence splitting, language detection."""
