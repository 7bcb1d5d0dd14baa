"""Evaluation against annotated corpora: span matching and scores (`spans`), PolNeAR (`polnear`),
our own gold files (`gold`)."""
