"""sourcetrace: who said what in news articles."""

from sourcetrace.methods import Method
from sourcetrace.model import Analysis, Article
from sourcetrace.pipeline import analyze, analyze_many

__all__ = ["Analysis", "Article", "Method", "analyze", "analyze_many"]
__version__ = "0.1.0"
