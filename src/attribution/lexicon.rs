//! The cue lexicon: cue verbs and nouns (`cues.txt`), the grammar classes (`grammar.txt`) and the
//! word table every token is looked up in.

use super::*;

// ---------------------------------------------------------------------------------------------
// Lexicon

pub(super) const CUES: &str = include_str!("../lexicon/cues.txt");
pub(super) const GRAMMAR: &str = include_str!("../lexicon/grammar.txt");

pub(super) const AUX: u32 = 1;
pub(super) const DET: u32 = 1 << 1;
pub(super) const STOP: u32 = 1 << 2;
pub(super) const CONN: u32 = 1 << 3;
pub(super) const TIME: u32 = 1 << 4;
pub(super) const MEDIUM: u32 = 1 << 5;
pub(super) const PREP: u32 = 1 << 6;
pub(super) const PRONOUN: u32 = 1 << 7;
pub(super) const TITLE: u32 = 1 << 8;
pub(super) const ROLE: u32 = 1 << 9;
pub(super) const ORG: u32 = 1 << 10;
pub(super) const UNNAMED: u32 = 1 << 11;
pub(super) const EVIDENCE: u32 = 1 << 12;
pub(super) const MALE: u32 = 1 << 13;
pub(super) const FEMALE: u32 = 1 << 14;
pub(super) const OBJECT: u32 = 1 << 15;
pub(super) const WHO: u32 = 1 << 16;
pub(super) const PHRASE: u32 = 1 << 17;
pub(super) const CONTENT_NOUN: u32 = 1 << 18;
pub(super) const REPORT_NOUN: u32 = 1 << 19;
pub(super) const LIGHT_VERB: u32 = 1 << 20;
pub(super) const CONTROL: u32 = 1 << 21;
pub(super) const AMOUNT: u32 = 1 << 22;
pub(super) const PARTICIPLE: u32 = 1 << 23;
pub(super) const SUB: u32 = 1 << 24;
/// A finite form of `have`, `be` or `do` (`has`, `wasn't`): grammar.txt `[aux-finite]`.
pub(super) const FINITE_AUX: u32 = 1 << 25;
/// A noun for a stretch of words (`words`, `message`, `caption`): grammar.txt `[words-noun]`.
pub(super) const WORDS_NOUN: u32 = 1 << 26;
/// A word some reader's closed word list names that no other class of [`LISTED`] holds: the
/// words of the named lists ([`READ_LISTS`]), the prepositions of `[reporting-noun]` lines and
/// grammar.txt `[read-by-word]` (the rest of the lists written out where they are read).
pub(super) const READ_BY_WORD: u32 = 1 << 27;
/// The classes that hold every word a reader's closed word list names: a token of none of them
/// is none of the words of any list, so [`Sentence::is_listed`] turns it away without reading
/// the list.
pub(super) const LISTED: u32 = READ_BY_WORD | DET | STOP | AUX | CONN | TIME | PREP;

/// Words that open an adverbial clause before the main clause of a sentence.
pub(super) const SUBORDINATORS: [&str; 13] = [
    "when", "as", "if", "while", "although", "though", "because", "since", "after", "before",
    "once", "until", "unless",
];

// Closed classes the readers test by word: one constant per distinct membership, named for
// what the members share where they are read. The lists are short, so a token is tested by
// [`Sentence::is_any`] without a table.

/// The subordinators of [`SUBORDINATORS`] that open a reduced clause before `asked` (`when asked
/// about …`, `if asked`, `once asked`).
pub(super) const ASKED_SUBORDINATORS: [&str; 5] = ["when", "if", "after", "before", "once"];

/// The subordinators of [`SUBORDINATORS`] that open an adjunct clause after a quotation's
/// source (`“…,” the paper wrote while acknowledging …`): not what was said.
pub(super) const ADJUNCT_SUBORDINATORS: [&str; 8] = [
    "while", "as", "after", "before", "when", "since", "because", "although",
];

/// The temporal subordinators of [`SUBORDINATORS`] (`when`, `after`, `until`, …): a lead-in
/// clause they open is an adjunct, not content.
pub(super) const TIME_SUBORDINATORS: [&str; 7] =
    ["when", "after", "as", "before", "since", "once", "until"];

/// Relative words that can stand for the thing a cue reports on (`which he has denied`, `what I
/// always knew`, `that prosecutors said had …`, `who he named`).
pub(super) const RELATIVE_OBJECTS: [&str; 5] = ["which", "who", "whom", "what", "that"];

/// [`RELATIVE_OBJECTS`] without `who`: the relative words that can be a cue's whole content as
/// its object (`which he has denied`, `what she said`).
pub(super) const OBJECT_RELATIVES: [&str; 4] = ["which", "what", "whom", "that"];

/// Relative pronouns that open a clause an attribution interrupts (`…, which, Tompkins said,
/// is …`).
pub(super) const RELATIVE_PRONOUNS: [&str; 3] = ["which", "who", "whom"];

/// The named closed word lists the readers test tokens against: their words are
/// [`READ_BY_WORD`].
pub(super) const READ_LISTS: [&[&str]; 21] = [
    &SUBORDINATORS,
    &ASKED_SUBORDINATORS,
    &ADJUNCT_SUBORDINATORS,
    &TIME_SUBORDINATORS,
    &RELATIVE_OBJECTS,
    &OBJECT_RELATIVES,
    &RELATIVE_PRONOUNS,
    &WHICH_WHOSE,
    &LEAD_IN_PREPOSITIONS,
    &PARENTHETICAL_OPENERS,
    &NUMBER_WORDS,
    &POSSESSIVES,
    &PREPOSITION_PARTICLES,
    &SHARE_MODIFIERS,
    &complement::OBJECT_ENDS,
    &complement::OBJECT_PRONOUNS,
    &complement::REFLEXIVES,
    &complement::SUBJECT_ENDS,
    &complement::SUBJECT_PRONOUNS,
    &complement::WH_OPENERS,
    &syntax::MODALS,
];

/// Relative words besides the `WHO` class that open a non-restrictive clause after a comma
/// (`Ann Lee, whose …`, `the agency, which …`).
pub(super) const WHICH_WHOSE: [&str; 2] = ["which", "whose"];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Form {
    Base,
    S,
    Past,
    Ing,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Constraint {
    /// Any plausible source.
    Plain,
    /// Content is the object: needs a name, pronoun or role source.
    Stance,
    /// Needs a document or study as source.
    Evidence,
    /// Only after its content: `“…,” he continued.`
    PostQuote,
    /// Naming: needs a quotation in the content, or `for` / `on` after it.
    Naming,
    /// A cue only with one of its particles: `talked about`, `pointed to`.
    ParticleOnly,
    /// A sourceless evidential, only before an infinitive: `seems to`, `appears to`.
    Evidential,
}

#[derive(Debug, Clone, Copy)]
pub(super) struct Cue {
    pub(super) class: CueClass,
    pub(super) form: Form,
    pub(super) constraint: Constraint,
    /// [`Cue::TELL`] and [`Cue::OBJECT_STANCE`], as bits (one byte: the token stays 32).
    pub(super) marks: u8,
    /// The particles (bits in the order of [`PARTICLES`]) that join the cue: `talked about`.
    pub(super) particles: u8,
    /// The complements the verb reports with (its `+` marks in the cue lexicon), as the
    /// little-endian bytes of [`Senses`] (byte-aligned, so the cue stays seven bytes); read it
    /// with [`Cue::senses`].
    pub(super) sense_bytes: [u8; 2],
}

impl Cue {
    /// Its object is the one told (`tell`, `ask`): `told reporters the plan`.
    pub(super) const TELL: u8 = 1;
    /// With a noun-phrase object the verb reports a stance, not words (`!object`:
    /// `announced a merger`).
    pub(super) const OBJECT_STANCE: u8 = 1 << 1;

    /// A cue of `class`, `form` and `constraint` with no marks, particles or declared senses.
    pub(super) fn new(class: CueClass, form: Form, constraint: Constraint) -> Cue {
        Cue {
            class,
            form,
            constraint,
            marks: 0,
            particles: 0,
            sense_bytes: [0; 2],
        }
    }

    /// Whether the verb's object is the one told (`tell`, `ask`).
    pub(super) fn tell(self) -> bool {
        self.marks & Cue::TELL != 0
    }

    /// Whether a noun-phrase object makes the verb report a stance (`!object`).
    pub(super) fn object(self) -> bool {
        self.marks & Cue::OBJECT_STANCE != 0
    }

    /// The complements the verb reports with; 0 for a verb that declares none (any).
    pub(super) fn senses(self) -> Senses {
        Senses::from_le_bytes(self.sense_bytes)
    }
}

/// Prepositions that open a lead-in phrase before a clause's subject (`Despite the vote,`,
/// `Following the ruling,`) though the lexicon does not list them as prepositions of adjuncts.
pub(super) const LEAD_IN_PREPOSITIONS: [&str; 6] = [
    "with",
    "without",
    "despite",
    "amid",
    "alongside",
    "following",
];

/// Words that open a parenthetical set off by commas after a subject (`Most economists, like
/// their peers, say`), which is part of the source mention.
pub(super) const PARENTHETICAL_OPENERS: [&str; 12] = [
    "like",
    "unlike",
    "including",
    "however",
    "especially",
    "particularly",
    "notably",
    "too",
    "also",
    "meanwhile",
    "though",
    "among",
];

/// An adjective and its preposition after a source noun (`people close to him`).
pub(super) const SOURCE_LINKS: [(&str, &str); 8] = [
    ("close", "to"),
    ("familiar", "with"),
    ("privy", "to"),
    ("briefed", "on"),
    ("involved", "in"),
    ("knowledgeable", "about"),
    ("loyal", "to"),
    ("allied", "with"),
];

/// Labels that open a paragraph with a colon but name no source (`Update: …`, `Photo: …`).
pub(super) const NOT_SOURCE_LABELS: [&str; 25] = [
    "note",
    "update",
    "updated",
    "updates",
    "correction",
    "related",
    "watch",
    "read",
    "photo",
    "photos",
    "video",
    "credit",
    "caption",
    "advertisement",
    "listen",
    "see",
    "latest",
    "analysis",
    "opinion",
    "editorial",
    "live",
    "breaking",
    "exclusive",
    "byline",
    "review",
];

/// Possessive pronouns that own a reporting noun (`his promise to …`).
pub(super) const POSSESSIVES: [&str; 5] = ["his", "her", "their", "its", "our"];

/// Number words of a share (`four in 10`, `one in five`).
pub(super) const NUMBER_WORDS: [&str; 10] = [
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
];

/// Words before a share that is a source (`some 40%`, `a mere 9 percent`).
pub(super) const SHARE_MODIFIERS: [&str; 16] = [
    "some", "about", "nearly", "almost", "only", "just", "mere", "roughly", "around", "over",
    "fully", "barely", "more", "less", "fewer", "than",
];

/// The particles of [`PARTICLES`] that are prepositions: they govern a noun phrase after a
/// cue (`talked about the budget`, `pointed to a drop`).
pub(super) const PREPOSITION_PARTICLES: [&str; 6] = ["about", "to", "of", "for", "on", "against"];

/// Prepositions and adverbs that can join a verb into a cue (`referring to`, `pointed out`):
/// the [`PREPOSITION_PARTICLES`], then the adverbs `out` and `back`, whose object is the
/// verb's (`pointed out the flaw`). A particle's place here is its bit in a cue entry.
pub(super) const PARTICLES: [&str; 8] = {
    let p = PREPOSITION_PARTICLES;
    [p[0], p[1], p[2], p[3], p[4], p[5], "out", "back"]
};

/// The longest word (in bytes) kept in [`Lexicon::short`].
pub(super) const PACKED: usize = 15;

/// A word of at most [`PACKED`] bytes as one integer: its bytes, then its length in the top byte.
pub(super) fn pack(w: &[u8]) -> u128 {
    let mut b = [0u8; 16];
    b[..w.len()].copy_from_slice(w);
    b[15] = w.len() as u8;
    u128::from_le_bytes(b)
}

/// An entry of the lexicon: its classes and, for a cue, the cue.
pub(super) type Entry = (u32, Option<Cue>);

/// The entry of a word not in the lexicon.
pub(super) static NO_ENTRY: Entry = (0, None);

/// The longest word (in bytes) kept in [`PackedTable::narrow`], whose keys are 64 bits wide.
pub(super) const NARROW: usize = 7;

/// A key of a [`Buckets`] table: a packed word, 0 for an empty place.
pub(super) trait Key: Copy + Eq + Default {
    /// The key's two halves, hashed.
    fn halves(self) -> (u64, u64);
}

impl Key for u64 {
    #[inline(always)]
    fn halves(self) -> (u64, u64) {
        (self, 0)
    }
}

impl Key for u128 {
    #[inline(always)]
    fn halves(self) -> (u64, u64) {
        (self as u64, (self >> 64) as u64)
    }
}

/// One bucket of a [`Buckets`] table: `N` keys with their entries and the bucket's overflow
/// mark, in one cache line, so that a lookup reads one line for a hit as for a miss.
#[derive(Debug, Clone, Copy)]
#[repr(C, align(64))]
pub(super) struct Line<K, const N: usize> {
    /// The keys, the empty key (0) in an empty place.
    pub(super) keys: [K; N],
    /// The entry of each key, at the key's place.
    pub(super) values: [Entry; N],
    /// Set when the bucket overflowed: some word homed here sits in its second bucket.
    pub(super) overflow: bool,
}

// A bucket is one cache line.
const _: () = assert!(std::mem::size_of::<Line<u64, 3>>() == 64);
const _: () = assert!(std::mem::size_of::<Line<u128, 2>>() == 64);

/// Packed words in buckets of `N` keys, each with its entries in one cache line, behind a
/// one-bit-per-hash filter.
///
/// A word sits in its home bucket or, when that is full, in its second bucket, and the home
/// bucket then has its overflow mark set: a lookup reads one line and compares all `N` keys
/// without branching on them; it reads a second line only for a home that overflowed.
/// Most words of running text are not in the lexicon, and the table is larger than the
/// first-level cache: the filter (some eight bits a key, a few kilobytes that stay cached)
/// turns most of them away before they touch a line.
pub(super) struct Buckets<K, const N: usize> {
    /// `mask + 1` buckets.
    pub(super) lines: Vec<Line<K, N>>,
    pub(super) mask: usize,
    pub(super) seed: u64,
    /// The bits [`Buckets::filter_probe`] of every key set: a clear one proves a key absent.
    pub(super) filter: Vec<u64>,
    /// The filter's words less one (a power of two less one).
    pub(super) filter_mask: usize,
}

impl<K: Key, const N: usize> Buckets<K, N> {
    /// The hash of `key` under `seed`.
    #[inline(always)]
    fn hash(key: K, seed: u64) -> u64 {
        let (lo, hi) = key.halves();
        let x = (lo ^ seed) ^ hi.wrapping_mul(0x9e37_79b9_7f4a_7c15);
        let m = u128::from(x) * 0x2d35_8dcc_aa6c_78a5;
        (m as u64) ^ ((m >> 64) as u64)
    }

    /// The home and second bucket of a key of hash `h`.
    #[inline(always)]
    fn homes_of(h: u64, mask: usize) -> (usize, usize) {
        (h as usize & mask, (h >> 32) as usize & mask)
    }

    /// The filter word of a key of hash `h` and its two bits there (hash bits apart from those
    /// of its buckets): two bits in one word cut the false positives of one bit a key by half
    /// or more at the cost of one more shift.
    #[inline(always)]
    fn filter_probe(h: u64, filter_mask: usize) -> (usize, u64) {
        let word = (h >> 16) as usize & filter_mask;
        (word, (1 << ((h >> 48) & 63)) | (1 << ((h >> 56) & 63)))
    }

    /// Whether a key of hash `h` may be in the table: `false` proves it absent.
    #[inline(always)]
    fn may_hold(&self, h: u64) -> bool {
        let (word, bits) = Self::filter_probe(h, self.filter_mask);
        self.filter[word] & bits == bits
    }

    /// The table of `entries`, buckets at most half full on average so that few overflow.
    pub(super) fn new(entries: &[(K, Entry)]) -> Self {
        let mut buckets = (entries.len() * 2 / N).next_power_of_two().max(4);
        let mut seed = 0x5851_f42d_4c95_7f2d_u64;
        loop {
            if let Some(t) = Self::build(entries, buckets, seed) {
                return t;
            }
            seed = seed.wrapping_mul(0x9e37_79b9_7f4a_7c15).wrapping_add(1);
            buckets *= 2;
        }
    }

    /// The table of `entries` (distinct non-zero keys) in `buckets` buckets (a power of two)
    /// hashed with `seed`, or `None` when some word finds both its buckets full.
    pub(super) fn build(entries: &[(K, Entry)], buckets: usize, seed: u64) -> Option<Self> {
        let mask = buckets - 1;
        let empty = Line {
            keys: [K::default(); N],
            values: [NO_ENTRY; N],
            overflow: false,
        };
        // One more bucket than homes: the spare, kept empty, that a key the filter turns away
        // reads (see [`Buckets::get`]).
        let mut lines = vec![empty; buckets + 1];
        // Some eight to sixteen bits a key.
        let filter_mask = (entries.len() * 8 / 64 + 1).next_power_of_two() - 1;
        let mut filter = vec![0u64; filter_mask + 1];
        for &(key, value) in entries {
            let h = Self::hash(key, seed);
            let (word, bits) = Self::filter_probe(h, filter_mask);
            filter[word] |= bits;
            let (a, b) = Self::homes_of(h, mask);
            let place = |lines: &[Line<K, N>], at: usize| {
                lines[at].keys.iter().position(|&k| k == K::default())
            };
            let (at, k) = match place(&lines, a) {
                Some(k) => (a, k),
                None => {
                    lines[a].overflow = true;
                    (b, place(&lines, b)?)
                }
            };
            lines[at].keys[k] = key;
            lines[at].values[k] = value;
        }
        Some(Buckets {
            lines,
            mask,
            seed,
            filter,
            filter_mask,
        })
    }

    /// The entry of `key` in bucket `line`, if it is there, found without branching on the
    /// keys.
    #[inline(always)]
    fn find_in(line: &Line<K, N>, key: K) -> Option<&Entry> {
        let mut m = 0u32;
        for (i, &k) in line.keys.iter().enumerate() {
            m |= u32::from(k == key) << i;
        }
        // The keys of a bucket are distinct: at most one matches.
        line.values.get(m.trailing_zeros() as usize)
    }

    /// The entry of `key` (not the empty key); `(0, None)` when it is not there. A reference
    /// into the table, so that a caller copies the entry once, straight into its token.
    ///
    /// Nothing branches on whether the word is there: about half the words of running text
    /// are in the lexicon, in no order a predictor can learn. A key the filter turns away
    /// reads the spare empty bucket past the homes (one line, always cached) instead of its
    /// home, and the entry is chosen by a select; only a home that overflowed (rare) costs a
    /// branch taken.
    #[inline(always)]
    pub(super) fn get(&self, key: K) -> &Entry {
        let h = Self::hash(key, self.seed);
        let (a, b) = Self::homes_of(h, self.mask);
        let at = std::hint::select_unpredictable(self.may_hold(h), a, self.mask + 1);
        let home = &self.lines[at];
        let mut m = 0u32;
        for (i, &k) in home.keys.iter().enumerate() {
            m |= u32::from(k == key) << i;
        }
        // The overflow mark first: it is seldom set (and never on the spare), so this branch
        // is predicted; one on `m` would not be.
        if home.overflow && m == 0 {
            return Self::find_in(&self.lines[b], key).unwrap_or(&NO_ENTRY);
        }
        // The keys of a bucket are distinct: at most one matches.
        let i = (m.trailing_zeros() as usize).min(N - 1);
        std::hint::select_unpredictable(m != 0, &home.values[i], &NO_ENTRY)
    }
}

/// The short words of the lexicon by [`pack`]: those of at most [`NARROW`] bytes by their low
/// 64 bits (the top byte holding the length), three to a bucket, the longer ones (up to
/// [`PACKED`] bytes) by the whole packed word, two to a bucket. Most words of running text are
/// short, and their table is small enough to stay in the first-level cache.
pub(super) struct PackedTable {
    pub(super) narrow: Buckets<u64, 3>,
    pub(super) wide: Buckets<u128, 2>,
}

impl PackedTable {
    /// The table of `entries`, keyed by [`pack`].
    pub(super) fn new(entries: &[(u128, Entry)]) -> PackedTable {
        let narrow: Vec<(u64, Entry)> = entries
            .iter()
            .filter_map(|&(k, v)| narrow_key(k).map(|n| (n, v)))
            .collect();
        let wide: Vec<(u128, Entry)> = entries
            .iter()
            .filter(|(k, _)| narrow_key(*k).is_none())
            .copied()
            .collect();
        PackedTable {
            narrow: Buckets::new(&narrow),
            wide: Buckets::new(&wide),
        }
    }

    /// The entry of `key` (a [`pack`]ed word); `(0, None)` when it is not there.
    #[inline(always)]
    pub(super) fn get(&self, key: u128) -> &Entry {
        match narrow_key(key) {
            Some(k) => self.narrow.get(k),
            None => self.wide.get(key),
        }
    }
}

/// The 64-bit key of a [`pack`]ed word of at most [`NARROW`] bytes: its bytes, then its length
/// in the top byte.
#[inline(always)]
pub(super) fn narrow_key(key: u128) -> Option<u64> {
    let len = (key >> 120) as u64;
    (len <= NARROW as u64).then_some(key as u64 | (len << 56))
}

pub(super) struct Lexicon {
    /// Lower-case word → its classes and, for a cue, the cue.
    pub(super) words: FxMap<String, Entry>,
    /// The words of `words` of at most [`PACKED`] bytes, by [`pack`]: looked up without hashing
    /// or comparing strings.
    pub(super) short: PackedTable,
    /// The longest word in `words`, plus slack: longer words are not looked up.
    pub(super) longest: usize,
    /// Bit `(first letter × 26 + last letter)` of row `len` set when some lexicon word of that
    /// length starts and ends so: most words of running text are rejected without hashing.
    pub(super) shapes: Vec<[u64; 11]>,
    /// First word (lower case) → the remaining words of each phrase starting with it.
    pub(super) phrases: HashMap<&'static str, Vec<Vec<&'static str>>>,
    /// Each cue form's lemma and marked class, read by the scope module.
    pub(super) lemmas: CueLemmas,
}

/// A cue word form's lemma (with its particle for a particle cue) and the class its indirect
/// speech attributions get instead of speech, if any (a stance, a thought, a perception).
#[derive(Debug, Clone, Copy)]
pub(super) struct CueLemma {
    pub(super) lemma: &'static str,
    pub(super) class: Option<CueClass>,
}

/// What the cue lexicon's build records of `cues.txt` for the scope module: word form →
/// its [`CueLemma`] (the first section to list a form gives it), `form particle` → the particle
/// cue's, and the source phrases with their lower-case words, in the file's order.
#[derive(Debug, Default)]
pub(super) struct CueLemmas {
    pub(super) forms: FxMap<String, CueLemma>,
    pub(super) particles: FxMap<String, CueLemma>,
    pub(super) phrases: Vec<(&'static str, Vec<&'static str>)>,
}

/// The mark on a cue line that says the verb reports a stance, whatever its section.
const STANCE_MARK: &str = "!stance";

/// The class a mark on a cue line gives its indirect attributions: `!stance`, `!thought` (an
/// inference or estimate: `estimated that …`, `concluded that …`), `!perception` (`sees …`).
fn marked_class(mark: &str) -> Option<CueClass> {
    match mark {
        STANCE_MARK => Some(CueClass::Stance),
        "!thought" => Some(CueClass::Thought),
        "!perception" => Some(CueClass::Perception),
        _ => None,
    }
}

pub(super) fn inflect(lemma: &str) -> Vec<(String, Form)> {
    let mut out = vec![(lemma.to_string(), Form::Base)];
    let stem_y = lemma
        .strip_suffix('y')
        .filter(|s| !s.ends_with(['a', 'e', 'i', 'o', 'u']));
    if let Some(stem) = stem_y {
        out.push((format!("{stem}ies"), Form::S));
        out.push((format!("{stem}ied"), Form::Past));
        out.push((format!("{lemma}ing"), Form::Ing));
    } else if lemma.ends_with("ee") {
        out.push((format!("{lemma}s"), Form::S));
        out.push((format!("{lemma}d"), Form::Past));
        out.push((format!("{lemma}ing"), Form::Ing));
    } else if let Some(stem) = lemma.strip_suffix('e') {
        out.push((format!("{lemma}s"), Form::S));
        out.push((format!("{lemma}d"), Form::Past));
        out.push((format!("{stem}ing"), Form::Ing));
    } else {
        let s =
            if lemma.ends_with(['s', 'x', 'z']) || lemma.ends_with("sh") || lemma.ends_with("ch") {
                format!("{lemma}es")
            } else {
                format!("{lemma}s")
            };
        out.push((s, Form::S));
        // `plan` → `planned`, `concur` → `concurred`: a stressed final syllable ending in one
        // vowel letter and one consonant doubles the consonant before `-ed` and `-ing`.
        let stem = match doubled_final(lemma) {
            Some(c) => format!("{lemma}{c}"),
            None => lemma.to_string(),
        };
        out.push((format!("{stem}ed"), Form::Past));
        out.push((format!("{stem}ing"), Form::Ing));
    }
    out
}

/// Drops the generated regular past of an irregular verb from `forms` (its generated forms
/// followed by the forms its cue line lists): a verb whose line lists a past form that is not
/// its stem with an ending (`see saw seen`, `sing sang sung`, `tell told`) has no regular
/// past, so `seed`, `singed` and `telled` are no forms of it (`seed` and `singed` are other
/// words). A listed variant of the regular past (`signal signalled`, `learn learnt`) keeps
/// the generated one (`signaled`, `learned`); a listed form is never dropped.
fn drop_regular_past<'a>(
    lemma: &str,
    listed: impl Iterator<Item = &'a str> + Clone,
    forms: &mut Vec<(String, Form)>,
) {
    let stem = lemma.strip_suffix(['e', 'y']).unwrap_or(lemma);
    if !listed
        .clone()
        .any(|f| listed_form(f) == Form::Past && !f.starts_with(stem))
    {
        return;
    }
    let regular: Vec<String> = inflect(lemma)
        .into_iter()
        .filter(|(f, form)| *form == Form::Past && !listed.clone().any(|l| l == f))
        .map(|(f, _)| f)
        .collect();
    forms.retain(|(f, _)| !regular.contains(f));
}

/// Unstressed prefixes that leave the stress on a one-syllable root after them: `con|cur`,
/// `re|but`, `a|ver`, `ex|tol`, `pre|fer`, `ad|mit`, longest first.
const STRESSED_ROOT_PREFIXES: [&str; 17] = [
    "trans", "com", "con", "dis", "for", "per", "pre", "sub", "ad", "be", "de", "ex", "in", "oc",
    "re", "un", "a",
];

/// Two-consonant onsets a stressed root may open with (`tr` in `con|trol`, `gr` in `re|gret`);
/// not `qu`, whose roots after a prefix are unstressed (`con|quer`).
const ONSETS: [&str; 27] = [
    "bl", "br", "ch", "cl", "cr", "dr", "dw", "fl", "fr", "gl", "gr", "kn", "ph", "pl", "pr", "sc",
    "sh", "sk", "sl", "sm", "sn", "sp", "st", "sw", "th", "tr", "wh",
];

/// The consonant a lemma doubles before `-ed` and `-ing` (`plan` → `n`), or `None`.
///
/// English doubles the final consonant of a verb whose last syllable is stressed and spelled
/// consonant, one vowel letter, consonant (not `w`, `x` or `y`): `sob` → `sobbed`, `concur` →
/// `concurred`. Spelling does not show stress, so a longer verb counts as stressed on its last
/// syllable when it is an unstressed prefix (`con`, `re`, `a`, …) on a one-syllable root that
/// opens with a consonant onset (`re|but`, `ex|tol`, `con|trol`): `offer` (`o|ffer`),
/// `open`, `visit`, `limit`, `deliver` (`de|liver`: two syllables) keep their consonant.
pub(super) fn doubled_final(lemma: &str) -> Option<char> {
    let b = lemma.as_bytes();
    let n = b.len();
    if n < 2 || !lemma.is_ascii() {
        return None;
    }
    let vowel = |c: u8| matches!(c, b'a' | b'e' | b'i' | b'o' | b'u');
    let last = b[n - 1];
    if vowel(last) || matches!(last, b'w' | b'x' | b'y' | b'h' | b'c') || !vowel(b[n - 2]) {
        return None;
    }
    // One vowel letter before the consonant (`quip`: the `u` of `qu` is no vowel).
    if n >= 3 && vowel(b[n - 3]) && !(b[n - 3] == b'u' && n >= 4 && b[n - 4] == b'q') {
        return None;
    }
    let syllables = |w: &[u8]| {
        let mut count = 0;
        let mut prev = false;
        for (k, &c) in w.iter().enumerate() {
            let v = vowel(c) && !(c == b'u' && k > 0 && w[k - 1] == b'q') || c == b'y' && k > 0;
            if v && !prev {
                count += 1;
            }
            prev = v;
        }
        count
    };
    let stressed = syllables(b) == 1
        || STRESSED_ROOT_PREFIXES.iter().any(|p| {
            lemma.strip_prefix(p).is_some_and(|root| {
                let r = root.as_bytes();
                // `qu` is one onset (`con|quer`: not a stressed root).
                let onset = r
                    .iter()
                    .enumerate()
                    .take_while(|&(k, &c)| !vowel(c) || c == b'u' && k > 0 && r[k - 1] == b'q')
                    .count();
                syllables(r) == 1
                    && (onset == 1
                        || onset == 2 && ONSETS.contains(&&root[..2])
                        || onset == 3 && root.starts_with("str"))
            })
        });
    stressed.then_some(char::from(last))
}

/// The form of an irregular form listed after a lemma in the cue lexicon (`referring`,
/// `says`, `spoken`).
pub(super) fn listed_form(w: &str) -> Form {
    if w.ends_with("ing") {
        Form::Ing
    } else if w.ends_with('s') && !w.ends_with("ss") {
        Form::S
    } else {
        Form::Past
    }
}

/// Reporting nouns and the prepositions that introduce their content (`call` → `for`).
pub(super) static NOUN_PREPS: Lazy<HashMap<&'static str, Vec<&'static str>>> = Lazy::new(|| {
    let mut m: HashMap<&'static str, Vec<&'static str>> = HashMap::new();
    for line in sections(GRAMMAR)
        .remove("reporting-noun")
        .into_iter()
        .flatten()
    {
        let mut ws = line.split_whitespace();
        if let Some(noun) = ws.next() {
            m.entry(noun)
                .or_default()
                .extend(ws.filter(|w| !w.starts_with('!')));
        }
    }
    m
});

/// The class a mark on a `[reporting-noun]` line gives the noun's attributions (`concerns
/// about !thought`, `positions on !stance`), by noun.
pub(super) static NOUN_CLASSES: Lazy<FxMap<&'static str, CueClass>> = Lazy::new(|| {
    let mut m = FxMap::default();
    for line in sections(GRAMMAR)
        .remove("reporting-noun")
        .into_iter()
        .flatten()
    {
        let mut ws = line.split_whitespace();
        if let (Some(noun), Some(class)) = (ws.next(), ws.find_map(marked_class)) {
            m.insert(noun, class);
        }
    }
    m
});

pub(super) static LEX: Lazy<Lexicon> = Lazy::new(|| {
    let mut words: FxMap<String, u32> = FxMap::default();
    let mut add = |w: &str, flag: u32| *words.entry(w.to_string()).or_insert(0) |= flag;
    let g = sections(GRAMMAR);
    for w in SUBORDINATORS {
        add(w, SUB);
    }
    for (name, flag) in [
        ("aux", AUX),
        ("aux-finite", AUX | FINITE_AUX),
        ("determiner", DET),
        ("stop", STOP),
        ("connective", CONN),
        ("time", TIME),
        ("medium", MEDIUM),
        ("preposition", PREP),
        ("object", OBJECT),
        ("content-noun", CONTENT_NOUN),
        ("light-verb", LIGHT_VERB),
        ("object-control", CONTROL),
        ("amount-verb", AMOUNT),
        ("participle", PARTICIPLE),
        ("words-noun", WORDS_NOUN),
        ("read-by-word", READ_BY_WORD),
    ] {
        for w in g.get(name).into_iter().flatten() {
            add(w, flag);
        }
    }
    for w in READ_LISTS.iter().flat_map(|l| l.iter()) {
        add(w, READ_BY_WORD);
    }
    // The weekdays, parts of the day and units of time bylines also read: one class.
    for w in crate::lexicon::calendar::time_words() {
        add(w, TIME);
    }
    for line in g.get("reporting-noun").into_iter().flatten() {
        let mut ws = line.split_whitespace();
        if let Some(noun) = ws.next() {
            add(noun, REPORT_NOUN);
        }
        // The prepositions that introduce the noun's content, read by word after it.
        for p in ws.filter(|w| !w.starts_with('!')) {
            add(p, READ_BY_WORD);
        }
    }
    let s = &*SOURCE_WORDS;
    for (name, flag) in [
        ("title", TITLE),
        ("role", ROLE),
        ("organisation", ORG),
        ("organisation-noun", ORG),
        ("unnamed", UNNAMED),
        ("evidence", EVIDENCE),
    ] {
        for w in s.get(name).into_iter().flatten() {
            add(w, flag);
        }
    }
    // Kin nouns marked `role` name a source by the relation alone (`her father said`).
    for line in s.get("kin").into_iter().flatten() {
        let mut it = line.split_whitespace();
        if let Some(w) = it.next()
            && it.any(|x| x == "role")
        {
            add(w, ROLE);
        }
    }
    // The role nouns bylines share with sources (`the correspondent`) are a class of their own.
    for w in crate::lexicon::role::shared_roles() {
        add(w, ROLE);
    }
    for line in s.get("pronoun").into_iter().flatten() {
        let mut it = line.split_whitespace();
        let (Some(w), g) = (it.next(), it.next()) else {
            continue;
        };
        let gender = match g {
            Some("m") => MALE,
            Some("f") => FEMALE,
            _ => 0,
        };
        add(w, PRONOUN | gender);
    }
    add("who", WHO);
    let mut cues: FxMap<String, Cue> = FxMap::default();
    let mut phrases: HashMap<&'static str, Vec<Vec<&'static str>>> = HashMap::new();
    let mut lemmas = CueLemmas::default();
    let cue_sections = sections(CUES);
    let order = [
        "speech",
        "stance",
        "writing",
        "thought",
        "perception",
        "evidence",
        "postquote",
        "naming",
        "evidential",
        "phrase",
    ];
    for section in order {
        let lines = cue_sections.get(section).cloned().unwrap_or_default();
        let (class, constraint) = match section {
            "speech" => (CueClass::Speech, Constraint::Plain),
            "stance" => (CueClass::Speech, Constraint::Stance),
            "writing" => (CueClass::Writing, Constraint::Plain),
            "thought" => (CueClass::Thought, Constraint::Plain),
            "perception" => (CueClass::Perception, Constraint::Plain),
            "evidence" => (CueClass::Perception, Constraint::Evidence),
            "postquote" => (CueClass::Speech, Constraint::PostQuote),
            "naming" => (CueClass::Speech, Constraint::Naming),
            "evidential" => (CueClass::Thought, Constraint::Evidential),
            "phrase" => {
                for l in lines {
                    lemmas.phrases.push((l, l.split_whitespace().collect()));
                    let mut ws = l.split_whitespace();
                    if let Some(first) = ws.next() {
                        phrases.entry(first).or_default().push(ws.collect());
                    }
                }
                continue;
            }
            _ => continue,
        };
        for line in lines {
            let mut ws = line.split_whitespace();
            let Some(lemma) = ws.next() else { continue };
            let tell = lemma == "tell" || lemma == "ask";
            let mut forms = inflect(lemma);
            let mut senses: Senses = 0;
            let mut object = false;
            // The class its indirect attributions get: a `[stance]` verb's, else its first mark's.
            let mut marked = (section == "stance").then_some(CueClass::Stance);
            for extra in ws {
                if extra == "!object" {
                    object = true;
                    continue;
                }
                if let Some(c) = Complement::from_mark(extra) {
                    senses |= c.bit();
                    continue;
                }
                if extra == "!noun" {
                    forms.retain(|(_, f)| !matches!(f, Form::Base | Form::S));
                    continue;
                }
                if extra.starts_with('!') {
                    // A class mark (`!stance`), read by the scope module.
                    if marked.is_none() {
                        marked = marked_class(extra);
                    }
                    continue;
                }
                forms.push((extra.to_string(), listed_form(extra)));
            }
            drop_regular_past(
                lemma,
                line.split_whitespace()
                    .skip(1)
                    .filter(|w| !w.starts_with(['!', '+'])),
                &mut forms,
            );
            for (f, form) in forms {
                lemmas.forms.entry(f.clone()).or_insert(CueLemma {
                    lemma,
                    class: marked,
                });
                cues.entry(f).or_insert(Cue {
                    marks: if tell { Cue::TELL } else { 0 }
                        | if object { Cue::OBJECT_STANCE } else { 0 },
                    sense_bytes: senses.to_le_bytes(),
                    ..Cue::new(class, form, constraint)
                });
            }
        }
    }
    for line in cue_sections.get("particle").into_iter().flatten() {
        let mut ws = line.split_whitespace();
        let (Some(lemma), Some(particle)) = (ws.next(), ws.next()) else {
            continue;
        };
        let rest: Vec<&str> = ws.collect();
        let mut forms = inflect(lemma);
        forms.extend(
            rest.iter()
                .filter(|extra| !extra.starts_with(['!', '+']))
                .map(|extra| (extra.to_string(), listed_form(extra))),
        );
        drop_regular_past(
            lemma,
            rest.iter().copied().filter(|w| !w.starts_with(['!', '+'])),
            &mut forms,
        );
        // The particle cue's lemma (`talk about`) and class: its mark's, else the class the
        // verb has where a section lists it.
        let entry = CueLemma {
            lemma: &line[..line[lemma.len()..]
                .find(particle)
                .map_or(0, |i| i + lemma.len())
                + particle.len()],
            class: rest.iter().find_map(|m| marked_class(m)).or_else(|| {
                forms
                    .iter()
                    .find_map(|(f, _)| lemmas.forms.get(f.as_str())?.class)
            }),
        };
        for (f, _) in &forms {
            lemmas
                .particles
                .entry(format!("{f} {particle}"))
                .or_insert(entry);
        }
        let Some(bit) = PARTICLES.iter().position(|p| *p == particle) else {
            continue;
        };
        // The class of the verb where another section lists it (`plan to`: thought).
        let class = forms
            .iter()
            .find_map(|(f, _)| cues.get(f))
            .map_or(CueClass::Speech, |c| c.class);
        for (f, form) in forms {
            cues.entry(f)
                .or_insert(Cue::new(class, form, Constraint::ParticleOnly))
                .particles |= 1 << bit;
        }
    }
    for first in phrases.keys() {
        *words.entry((*first).to_string()).or_insert(0) |= PHRASE;
    }
    let mut merged: FxMap<String, (u32, Option<Cue>)> = FxMap::default();
    for (w, f) in words {
        let cue = cues.remove(&w);
        merged.insert(w, (f, cue));
    }
    for (w, c) in cues {
        merged.insert(w, (0, Some(c)));
    }
    let words = merged;
    let longest = words.keys().map(String::len).max().unwrap_or(0) + 4; // room for ’ and .
    let mut shapes = vec![[0u64; 11]; longest + 1];
    for w in words.keys() {
        if let Some(bit) = shape(w.as_bytes()) {
            shapes[w.len()][bit / 64] |= 1 << (bit % 64);
        }
    }
    let short = PackedTable::new(
        &words
            .iter()
            .filter(|(w, _)| w.len() <= PACKED)
            .map(|(w, v)| (pack(w.as_bytes()), *v))
            .collect::<Vec<_>>(),
    );
    Lexicon {
        words,
        short,
        phrases,
        longest,
        shapes,
        lemmas,
    }
});

/// The shape bit of a word whose first and last bytes are ASCII letters.
pub(super) fn shape(w: &[u8]) -> Option<usize> {
    let (f, l) = (
        w.first()?.to_ascii_lowercase(),
        w.last()?.to_ascii_lowercase(),
    );
    (f.is_ascii_lowercase() && l.is_ascii_lowercase())
        .then(|| usize::from(f - b'a') * 26 + usize::from(l - b'a'))
}

impl Lexicon {
    /// The classes and cue of `w`, a lower-case word.
    pub(super) fn get(&self, w: &str) -> &Entry {
        if w.len() <= PACKED {
            self.short.get(pack(w.as_bytes()))
        } else {
            self.words.get(w).unwrap_or(&NO_ENTRY)
        }
    }

    /// The classes and cue of `bytes[start..start + len]` lower-cased, an ASCII word of at most
    /// [`PACKED`] bytes: no copy is made. Where 16 bytes can be read from `start`, the word is
    /// read as one integer and lower-cased a whole lane at a time.
    #[inline(always)]
    pub(super) fn get_ascii_lower_at(&self, bytes: &[u8], start: usize, len: usize) -> &Entry {
        let len = len.min(PACKED);
        // A word of at most [`NARROW`] bytes (most words) in one 64-bit lane: its narrow key.
        if (1..=NARROW).contains(&len)
            && let Some(chunk) = bytes.get(start..start + 8)
        {
            let mut a = [0u8; 8];
            a.copy_from_slice(chunk);
            let x = u64::from_le_bytes(a) & ((1u64 << (8 * len)) - 1);
            // As below, a lane of eight bytes.
            let from_a = x.wrapping_add(0x3f3f_3f3f_3f3f_3f3f);
            let past_z = x.wrapping_add(0x2525_2525_2525_2525);
            let upper = from_a & !past_z & 0x8080_8080_8080_8080;
            return self
                .short
                .narrow
                .get((x | (upper >> 2)) | ((len as u64) << 56));
        }
        if let Some(chunk) = bytes.get(start..start + 16) {
            let mut a = [0u8; 16];
            a.copy_from_slice(chunk);
            let x = u128::from_le_bytes(a) & ((1u128 << (8 * len)) - 1);
            // Every byte is ASCII (below 0x80): adding 0x3f sets a byte's top bit from `A` up,
            // adding 0x25 from `[` up, with no carry between bytes.
            let from_a = x.wrapping_add(0x3f3f_3f3f_3f3f_3f3f_3f3f_3f3f_3f3f_3f3f);
            let past_z = x.wrapping_add(0x2525_2525_2525_2525_2525_2525_2525_2525);
            let upper = from_a & !past_z & 0x8080_8080_8080_8080_8080_8080_8080_8080;
            let k = (x | (upper >> 2)) | ((len as u128) << 120);
            return self.short.get(k);
        }
        let b = &bytes[start..start + len];
        // Built in a register, as [`pack`] lays it out (a byte array read back as one integer
        // would stall on store forwarding).
        let mut k = (b.len() as u128) << 120;
        for (i, c) in b.iter().enumerate() {
            k |= u128::from(c.to_ascii_lowercase()) << (8 * i);
        }
        self.short.get(k)
    }

    /// Whether `w`, an ASCII word, may be in the lexicon (no false negatives). Non-ASCII words
    /// are always looked up: `didn’t` is looked up as `didn't`.
    pub(super) fn may_hold_ascii(&self, w: &str) -> bool {
        match shape(w.as_bytes()) {
            Some(bit) => self
                .shapes
                .get(w.len())
                .is_some_and(|row| row[bit / 64] & (1 << (bit % 64)) != 0),
            None => w.len() <= self.longest,
        }
    }
}

#[cfg(test)]
mod lexicon_tests {
    use super::*;
    use proptest::prelude::*;

    fn past_and_ing(lemma: &str) -> (String, String) {
        let forms = inflect(lemma);
        let of = |want: Form| {
            forms
                .iter()
                .find(|(_, f)| *f == want)
                .map(|(w, _)| w.clone())
                .unwrap_or_default()
        };
        (of(Form::Past), of(Form::Ing))
    }

    #[test]
    fn an_irregular_verb_has_no_regular_past() {
        let cue = |w: &str| LEX.words.get(w).is_some_and(|(_, c)| c.is_some());
        // `see saw seen`: `seed` is a noun and a verb of its own, never a form of `see`.
        for (form, is_cue) in [
            ("saw", true),
            ("seen", true),
            ("seed", false),
            ("sings", true),
            ("sang", true),
            ("singed", false),
            ("told", true),
            ("telled", false),
            ("foreseed", false),
            ("thought", true),
            ("thinked", false),
            // A listed variant keeps the regular past beside it.
            ("learnt", true),
            ("learned", true),
            ("signalled", true),
            ("signaled", true),
            ("pleaded", true),
            ("pled", true),
        ] {
            assert_eq!(cue(form), is_cue, "{form}");
        }
    }

    #[test]
    fn a_stressed_final_cvc_syllable_doubles_its_consonant() {
        for (lemma, past, ing) in [
            ("plan", "planned", "planning"),
            ("sob", "sobbed", "sobbing"),
            ("concur", "concurred", "concurring"),
            ("rebut", "rebutted", "rebutting"),
            ("aver", "averred", "averring"),
            ("extol", "extolled", "extolling"),
            ("regret", "regretted", "regretting"),
            ("control", "controlled", "controlling"),
            ("admit", "admitted", "admitting"),
            ("quip", "quipped", "quipping"),
            ("transfer", "transferred", "transferring"),
        ] {
            assert_eq!(past_and_ing(lemma), (past.into(), ing.into()), "{lemma}");
        }
    }

    #[test]
    fn an_unstressed_or_non_cvc_final_syllable_keeps_one_consonant() {
        for (lemma, past, ing) in [
            ("offer", "offered", "offering"),
            ("open", "opened", "opening"),
            ("visit", "visited", "visiting"),
            ("answer", "answered", "answering"),
            ("conquer", "conquered", "conquering"),
            ("deliver", "delivered", "delivering"),
            ("reckon", "reckoned", "reckoning"),
            ("render", "rendered", "rendering"),
            ("reason", "reasoned", "reasoning"),
            ("whisper", "whispered", "whispering"),
            ("repeat", "repeated", "repeating"),
            ("tweet", "tweeted", "tweeting"),
            ("text", "texted", "texting"),
            ("vow", "vowed", "vowing"),
            ("relay", "relayed", "relaying"),
            ("mull", "mulled", "mulling"),
            ("exit", "exited", "exiting"),
        ] {
            assert_eq!(past_and_ing(lemma), (past.into(), ing.into()), "{lemma}");
        }
    }

    #[test]
    fn doubled_forms_are_cues() {
        for w in [
            "planned",
            "planning",
            "concurred",
            "rebutted",
            "averred",
            "extolled",
            "sobbed",
        ] {
            assert!(LEX.get(w).1.is_some(), "{w}");
        }
        for w in ["planed", "concured", "rebuted", "sobed"] {
            assert!(LEX.get(w).1.is_none(), "{w}");
        }
    }

    #[test]
    fn a_short_word_has_a_narrow_key_and_a_long_one_none() {
        assert_eq!(
            narrow_key(pack(b"said")),
            Some(u64::from_le_bytes(*b"said\0\0\0\x04"))
        );
        assert_eq!(narrow_key(pack(b"spokesm")).map(|k| k >> 56), Some(7));
        assert_eq!(narrow_key(pack(b"reported")), None);
        assert_eq!(narrow_key(pack(b"spokeswomen's")), None);
    }

    #[test]
    fn every_short_word_is_found_and_others_miss() {
        let lex = &*LEX;
        for (w, v) in &lex.words {
            if w.len() <= PACKED {
                assert_eq!(
                    format!("{:?}", lex.short.get(pack(w.as_bytes()))),
                    format!("{v:?}"),
                    "{w}"
                );
            }
        }
        for w in ["zzyzx", "qwertyuiop", "x", "said2", "thee"] {
            assert!(!lex.words.contains_key(w));
            assert_eq!(lex.short.get(pack(w.as_bytes())).0, 0, "{w}");
            assert!(lex.short.get(pack(w.as_bytes())).1.is_none(), "{w}");
        }
    }

    #[test]
    fn the_filters_turn_most_absent_words_away() {
        let short = &LEX.short;
        for (name, filter) in [
            ("narrow", &short.narrow.filter),
            ("wide", &short.wide.filter),
        ] {
            let set: u32 = filter.iter().map(|w| w.count_ones()).sum();
            let bits = filter.len() * 64;
            assert!(set as usize * 3 <= bits, "{name}: {set} of {bits} bits set");
        }
        // Words of no lexicon, of both widths: most of them never reach a bucket.
        let absent: Vec<String> = (0..2000)
            .flat_map(|i| [format!("q{i}z"), format!("qwerty{i}xyzzy")])
            .collect();
        let passed = absent
            .iter()
            .filter(|w| {
                let key = pack(w.as_bytes());
                match narrow_key(key) {
                    Some(k) => {
                        let t = &short.narrow;
                        t.may_hold(Buckets::<u64, 3>::hash(k, t.seed))
                    }
                    None => {
                        let t = &short.wide;
                        t.may_hold(Buckets::<u128, 2>::hash(key, t.seed))
                    }
                }
            })
            .count();
        assert!(
            passed * 10 < absent.len(),
            "{passed} of {} passed",
            absent.len()
        );
        for w in &absent {
            assert!(LEX.get(w).1.is_none() && LEX.get(w).0 == 0, "{w}");
        }
    }

    #[test]
    fn words_of_a_full_bucket_are_found_in_their_second() {
        // 48 words in 32 buckets of 2: three quarters full, so some home buckets overflow.
        let words: Vec<String> = (0..48).map(|i| format!("w{i}")).collect();
        let entries: Vec<(u128, Entry)> = words
            .iter()
            .enumerate()
            .map(|(i, w)| (pack(w.as_bytes()), (i as u32 + 1, None)))
            .collect();
        let mut seed = 1;
        let table = loop {
            if let Some(t) = Buckets::<u128, 2>::build(&entries, 32, seed) {
                break t;
            }
            seed += 1;
        };
        assert!(
            table.lines.iter().any(|l| l.overflow),
            "some bucket overflowed"
        );
        // The spare bucket past the homes, read for a key the filter turns away, stays empty.
        let spare = table.lines.last().expect("the spare bucket");
        assert!(table.lines.len() == 33 && !spare.overflow && spare.keys.iter().all(|&k| k == 0));
        for (i, w) in words.iter().enumerate() {
            assert_eq!(table.get(pack(w.as_bytes())).0, i as u32 + 1, "{w}");
        }
        assert_eq!(table.get(pack(b"w48")).0, 0);
        // Absent words, whichever way the filter answers for them, find nothing.
        for i in 48..2000 {
            let w = format!("w{i}");
            let e = table.get(pack(w.as_bytes()));
            assert!(e.0 == 0 && e.1.is_none(), "{w}");
        }
        // The first 40 by their 64-bit keys in 16 buckets of three: five sixths full.
        let narrow: Vec<(u64, Entry)> = entries[..40]
            .iter()
            .map(|&(k, v)| (narrow_key(k).expect("short"), v))
            .collect();
        let table = loop {
            if let Some(t) = Buckets::<u64, 3>::build(&narrow, 16, seed) {
                break t;
            }
            seed += 1;
        };
        assert!(
            table.lines.iter().any(|l| l.overflow),
            "some bucket overflowed"
        );
        for (i, &(k, _)) in narrow.iter().enumerate() {
            assert_eq!(table.get(k).0, i as u32 + 1);
        }
        for &(k, _) in &entries[40..] {
            assert_eq!(table.get(narrow_key(k).expect("short")).0, 0);
        }
    }

    proptest! {
        /// The in-place lookup agrees with lower-casing a copy, wherever the word lies.
        #[test]
        fn in_place_lookup_is_lookup_of_the_lower_case(
            pre in "[ -~]{0,20}",
            w in "[A-Za-z0-9'.&-]{1,15}|(SAID|Said|said|Told|TOLD|President|PRES\\.|Sen\\.|DR\\.)",
            post in "[ -~]{0,20}",
        ) {
            let text = format!("{pre}{w}{post}");
            let got = LEX.get_ascii_lower_at(text.as_bytes(), pre.len(), w.len());
            let want = LEX.get(&w.to_ascii_lowercase());
            prop_assert_eq!(format!("{got:?}"), format!("{want:?}"));
        }
    }
}
