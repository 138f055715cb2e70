#!/usr/bin/env python3
"""Writes Tests/TafelCoreTests/Fixtures/dutch-porter-stems.tsv: every word of the seed documents
(and a list of hard cases) with its stem by Snowball's Porter-style Dutch stemmer, the reference
that DutchStemmer must match word for word (docs/ZOEKEN.md).

    python3 -m venv /tmp/sb && /tmp/sb/bin/pip install snowballstemmer==3.1.1
    /tmp/sb/bin/python scripts/dutch-stems-fixture.py
"""
import pathlib
import re
import unicodedata

import snowballstemmer

ROOT = pathlib.Path(__file__).resolve().parent.parent
SEEDS = ROOT / "Sources" / "TafelDemo" / "DemoData" / "documenten"
OUT = ROOT / "Tests" / "TafelCoreTests" / "Fixtures" / "dutch-porter-stems.tsv"
# Words the algorithm treats specially: accents, y and i between vowels, -heden, -heid after c,
# -gem + en, undoubling, -lijk, -baar/-bar, -ig after e, double vowels before a consonant.
HARD = """kenniscafé café ideeën zeeën ruïne coöperatie reünie financiën yoghurt yacht ijs bijeenkomst mooie haaien
koeien kooien draaien vriendelijkheden mogelijkheden heden lichtheid specificheid geheid gemeenten gemeente gemeentes
gemen gemenen zakken bedden betten lichamelijk lijk mogelijk vruchtbaar eerbaar bar eetbare huisje gelukkig
heiligheid ingenieur mandarijn maan manen brood broden tijd tijden ziekenhuis kinderen uitbreiding verwarring
bestuurlijke overleggen kerngroepen toezeggingen agenderingsverzoeken samenwerkingsverbanden lichtend wandelend
""".split()

stemmer = snowballstemmer.stemmer("dutch_porter")
words = set(HARD)
for path in sorted(SEEDS.glob("*.txt")):
    text = unicodedata.normalize("NFC", path.read_text(encoding="utf-8")).lower()
    words.update(w for w in re.findall(r"[a-zàáâäèéêëìíîïòóôöùúûü]+", text) if len(w) > 1)
with OUT.open("w", encoding="utf-8") as f:
    f.write("# word\tstem — snowballstemmer %s, dutch_porter; made by scripts/dutch-stems-fixture.py\n" % "3.1.1")
    for word in sorted(words):
        f.write(f"{word}\t{stemmer.stemWord(word)}\n")
print(f"{len(words)} words written to {OUT.relative_to(ROOT)}")
