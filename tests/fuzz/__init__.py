"""The fuzz corpus: hostile and broken inputs, generated at test time (see ``cases``)."""
