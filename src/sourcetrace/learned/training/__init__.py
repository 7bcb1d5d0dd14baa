"""Training the taggers on PolNeAR (`crf`, `minilm`); the inference code never imports it."""
