"""The learned attribution taggers at analysis time: they read the rules' output and never import
upward; their training, which needs the PolNeAR reader, lives in `sourcetrace.learned.training`."""
