"""Claim alignment on the two Soleimani seeds: where each method ranks the sentence pairs a reader
pairs by hand, and how long the similarity takes.

    PYTHONPATH=src python bench/claim_alignment.py [--similarity tfidf|embeddings] [SEEDS_DIR]

For each gold pair (a Yahoo sentence, a Sofrep sentence stating the same thing) it reports the
pair's similarity and its rank among the Yahoo sentence's candidates (row) and the Sofrep
sentence's candidates (column); rank 1 both ways means a mutual best match. MRR is the mean of
1/rank over both directions.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from sourcetrace.corpus.similarity import Similarity, TfIdf
from sourcetrace.corpus.units import claim_units
from sourcetrace.model import Analysis, article_id

DEFAULT = Path(__file__).resolve().parents[1].parent / "shared/corpus/seeds"
# (text in the Yahoo sentence, text in the Sofrep sentence)
GOLD = [
    (
        "burning vehicle at the Baghdad International Airport following an airstrike Jan. 3",
        "was killed by an MQ-9 Reaper",
    ),
    ("stepped out of a Cham Wings", "was killed by an MQ-9 Reaper"),
    ("placed tight restrictions on any targeting", "restricted targeting list"),
    ("forced the Americans to release them", "only for him to be released"),
    ("stepped out of a Cham Wings", "In the early morning hours of Friday"),
]


def bare(path: Path) -> Analysis:
    text = path.read_text(encoding="utf-8")
    return Analysis(article_id(text), None, None, None, None, text, (), (), (), (), ())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("seeds", nargs="?", type=Path, default=DEFAULT)
    parser.add_argument("--similarity", choices=("tfidf", "embeddings"), default="tfidf")
    args = parser.parse_args()
    if not args.seeds.exists():
        sys.exit(f"{args.seeds}: no such directory (the seeds live in ../shared/corpus/seeds/)")
    similarity: Similarity = TfIdf()
    if args.similarity == "embeddings":  # needs the throwaway venv described in the README
        from embeddings import Embeddings

        similarity = Embeddings()
        similarity.matrix(["warm up the model"])
    yahoo = claim_units(bare(args.seeds / "soleimani_yahoo_2020.txt"))
    sofrep = claim_units(bare(args.seeds / "soleimani_sofrep_2020.txt"))
    started = time.perf_counter()
    sim = similarity.matrix([u.text for u in yahoo + sofrep])
    seconds = time.perf_counter() - started
    block = sim[: len(yahoo), len(yahoo) :]
    pairs, reciprocal = [], []
    for y_has, s_has in GOLD:
        i = next(k for k, u in enumerate(yahoo) if y_has in u.text)
        j = next(k for k, u in enumerate(sofrep) if s_has in u.text)
        row = int((block[i] > block[i, j]).sum()) + 1
        col = int((block[:, j] > block[i, j]).sum()) + 1
        reciprocal += [1 / row, 1 / col]
        pairs.append(
            {
                "pair": [y_has, s_has],
                "similarity": round(float(block[i, j]), 3),
                "rank_row": row,
                "rank_col": col,
            }
        )
    print(
        json.dumps(
            {
                "similarity": similarity.name,
                "sentences": len(yahoo) + len(sofrep),
                "seconds": round(seconds, 3),
                "sentences_per_second": round((len(yahoo) + len(sofrep)) / seconds),
                "mrr": round(sum(reciprocal) / len(reciprocal), 3),
                "found_either_way": sum(1 for p in pairs if 1 in (p["rank_row"], p["rank_col"])),
                "pairs": pairs,
            },
            indent=2,
        )
    )


if __name__ == "__main__":
    main()
