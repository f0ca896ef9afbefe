//! Entities and coreference: the people, organisations and places that speak in an article,
//! each with every mention that names it.
//!
//! Resolution is deliberately conservative: a full name and its surname or first name are one
//! entity (`Kim Jong Un` … `Kim`), a pronoun (`he`, `she`) is the most recent speaker of a
//! compatible gender, a role noun (`the spokesman`) is the entity that carries that title, a
//! capital city standing for its government (`Pyongyang`) is its country, and a description
//! (`state media`) is the entity first introduced with it (`state media KCNA`). An
//! organisation's kind (`the ministry`, `the company`) and `it` are the latest organisation of the
//! last few sentences (one whose name has the head word first), `they` a group or an
//! organisation there, and an acronym (`ACC`) the name whose initials spell it (`Agricultural
//! Development Canada`, recent or spelt out in brackets before). People named together (`Kim and
//! Clark Dunmore`) are one group, never a `he`; a person named with the organisation they speak for
//! (`Ana Ruiz of Shell`) is the person. A title before a surname seen before (`Mayor Okafor`,
//! also inside a quotation) makes the role its person's; a role noun that is a sentence's
//! subject (`On Monday, the mayor raised …`) makes that person salient for the pronouns after
//! it; a one-word short form that stood for one person alone (`Kim` for `Kim Jong Un`) keeps
//! them when a second name shares the word; a one-word organisation name is the fuller name
//! it began before (`Northgate` after `Calgary-based Northgate Energy`); a name ending in a country's
//! name is an organisation's (`Agricultural Credit Canada`); and a capitalised run ending in a
//! country's adjective before a common noun (`Notable Canadian cases`) is no name.
//! Anything else stays unresolved rather than guessed.
//!
//! ```
//! use copydesk::entity::EntityKind;
//!
//! let text = "“We won,” Jane Doe said. “It was hard,” she added. Doe left.";
//! let found = copydesk::attribution::attribute_text(text);
//! let jane = &found.entities()[0];
//! assert_eq!(jane.name(), "Jane Doe");
//! assert_eq!(jane.kind(), EntityKind::Person);
//! let mentions: Vec<_> = jane.mentions().iter().map(|m| m.as_str()).collect();
//! assert_eq!(mentions, ["Jane Doe", "she"]);
//! ```

mod names;
mod orgs;
mod tables;

pub(crate) use names::{
    SOURCE_WORDS, classify, is_demonym, may_be_person, place, plural_name_shape, sections,
    trim_possessive,
};
use names::{
    classify_words, ends_organisation, given_name_gender, is_acronym, is_kin, kin_apposition,
    name_tokens, role_gender, same_name, spells, title_gender,
};

use crate::Snippet;
use crate::util::few::Few;
use crate::util::hash::FxMap;
use tables::Tables;

/// What sort of thing an [`Entity`] is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum EntityKind {
    /// A person (`Kim Jong Un`, `the spokesman`).
    Person,
    /// An organisation, government body or news outlet (`KCNA`, `the White House`).
    Organisation,
    /// A country or city, usually standing for its government (`North Korea`, `Pyongyang`).
    Place,
    /// A name that could be any of these.
    Unknown,
    /// People named together (`Ivo Brandt and Lena Marsh`): a `they`, never a `he`.
    Group,
}

/// The grammatical gender the text shows for a person (through `he`/`she`, `Mr.`/`Ms.`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
pub enum Gender {
    /// Referred to as `he`, `Mr.`.
    Male,
    /// Referred to as `she`, `Ms.`, `Mrs.`.
    Female,
}

/// Someone or something that speaks or is spoken for, with all its mentions.
#[derive(Clone)]
pub struct Entity<'h> {
    // 32-bit: with `kind` and `gender` in one word, an entity is eight words, not nine (a body
    // naming a great many holds one per name).
    id: u32,
    name: &'h str,
    kind: EntityKind,
    gender: Option<Gender>,
    /// The title, description and role, which most entities lack: kept apart, so that an
    /// entity without them is a few words (an article may name a great many).
    extra: Option<Box<Extra<'h>>>,
    mentions: Few<Snippet<'h>>,
}

// An entity stays within eight words on 64-bit targets (an article may name a great many).
#[cfg(target_pointer_width = "64")]
const _: () = assert!(std::mem::size_of::<Entity<'static>>() <= 64);

/// What only some entities have: [`Entity::title`], [`Entity::description`], [`Entity::role`].
#[derive(Debug, Clone, Copy, Default)]
struct Extra<'h> {
    title: Option<Snippet<'h>>,
    description: Option<Snippet<'h>>,
    role: Option<&'h str>,
}

impl<'h> Entity<'h> {
    /// A new entity with no title, description, role, gender or mentions.
    fn new(id: usize, name: &'h str, kind: EntityKind) -> Self {
        Entity {
            // (Past four thousand million entities ids repeat: never met.)
            id: u32::try_from(id).unwrap_or(u32::MAX),
            name,
            kind,
            gender: None,
            extra: None,
            mentions: Few::new(),
        }
    }

    fn extra(&self) -> Extra<'h> {
        self.extra.as_deref().copied().unwrap_or_default()
    }

    fn extra_mut(&mut self) -> &mut Extra<'h> {
        self.extra.get_or_insert_with(Box::default)
    }

    fn set_title(&mut self, title: Snippet<'h>) {
        self.extra_mut().title = Some(title);
    }

    fn set_description(&mut self, description: Snippet<'h>) {
        self.extra_mut().description = Some(description);
    }

    fn set_role(&mut self, role: &'h str) {
        self.extra_mut().role = Some(role);
    }
}

// Written out (not derived) to read as the fields did before the rare ones moved apart: id,
// name, kind, title, description, role, gender, mentions.
impl PartialEq for Entity<'_> {
    fn eq(&self, other: &Self) -> bool {
        self.id == other.id
            && self.name == other.name
            && self.kind == other.kind
            && self.title() == other.title()
            && self.description() == other.description()
            && self.role() == other.role()
            && self.gender == other.gender
            && self.mentions == other.mentions
    }
}

impl Eq for Entity<'_> {}

impl std::fmt::Debug for Entity<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Entity")
            .field("id", &self.id)
            .field("name", &self.name)
            .field("kind", &self.kind)
            .field("title", &self.title())
            .field("description", &self.description())
            .field("role", &self.role())
            .field("gender", &self.gender)
            .field("mentions", &self.mentions)
            .finish()
    }
}

#[cfg(feature = "serde")]
impl serde::Serialize for Entity<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut st = s.serialize_struct("Entity", 8)?;
        st.serialize_field("id", &self.id)?;
        st.serialize_field("name", self.name)?;
        st.serialize_field("kind", &self.kind)?;
        st.serialize_field("title", &self.title())?;
        st.serialize_field("description", &self.description())?;
        st.serialize_field("role", &self.role())?;
        st.serialize_field("gender", &self.gender)?;
        st.serialize_field("mentions", &self.mentions)?;
        st.end()
    }
}

impl<'h> Entity<'h> {
    /// Its id: its index in the list of entities it came in.
    ///
    /// ```
    /// let found = copydesk::attribution::attribute_text("“Yes,” Kim said.");
    /// assert_eq!(found.entities()[0].id(), 0);
    /// ```
    #[must_use]
    pub fn id(&self) -> usize {
        self.id as usize
    }

    /// Its canonical name: the fullest name the text gives it (for a place named through its
    /// capital, the country's name).
    ///
    /// ```
    /// let text = "“Yes,” Kim said. Kim Jong Un left.\n“No,” Kim Jong Un said.";
    /// let found = copydesk::attribution::attribute_text(text);
    /// assert_eq!(found.entities()[0].name(), "Kim Jong Un");
    /// ```
    #[must_use]
    pub fn name(&self) -> &'h str {
        self.name
    }

    /// Person, organisation, place or unknown.
    ///
    /// ```
    /// use copydesk::entity::EntityKind;
    /// let found = copydesk::attribution::attribute_text("Pyongyang said it was ready.");
    /// assert_eq!(found.entities()[0].kind(), EntityKind::Place);
    /// assert_eq!(found.entities()[0].name(), "North Korea");
    /// ```
    #[must_use]
    pub fn kind(&self) -> EntityKind {
        self.kind
    }

    /// The title written before its name, where the text gives one (`Russian President`).
    ///
    /// ```
    /// let text = "Russian President Vladimir Putin said he was ready.";
    /// let found = copydesk::attribution::attribute_text(text);
    /// assert_eq!(found.entities()[0].title().unwrap().as_str(), "Russian President");
    /// ```
    #[must_use]
    pub fn title(&self) -> Option<Snippet<'h>> {
        self.extra.as_ref().and_then(|x| x.title)
    }

    /// A description written before its name that is not a title (`state media` in
    /// `state media KCNA`).
    ///
    /// ```
    /// let text = "The talks failed, according to state media KCNA.";
    /// let found = copydesk::attribution::attribute_text(text);
    /// assert_eq!(found.entities()[0].description().unwrap().as_str(), "state media");
    /// ```
    #[must_use]
    pub fn description(&self) -> Option<Snippet<'h>> {
        self.extra.as_ref().and_then(|x| x.description)
    }

    /// The role noun the text gives it in an apposition or a predicate nominative (`mayor` in
    /// `Ana Ruiz, the mayor of Leeds,` or `Ana Ruiz is the mayor`), or that a later role
    /// mention resolved to it carries (`the mayor said`), if any.
    ///
    /// ```
    /// let text = "Ana Ruiz, the mayor of Leeds, opened the bridge. “It is ours,” the mayor said.";
    /// let found = copydesk::attribution::attribute_text(text);
    /// let ruiz = found.attributions()[0].entity().unwrap();
    /// assert_eq!((ruiz.name(), ruiz.role()), ("Ana Ruiz", Some("mayor")));
    /// ```
    #[must_use]
    pub fn role(&self) -> Option<&'h str> {
        self.extra.as_ref().and_then(|x| x.role)
    }

    /// The gender the text shows, if any.
    ///
    /// ```
    /// use copydesk::entity::Gender;
    /// let found = copydesk::attribution::attribute_text("“Yes,” Kim said. “No,” she added.");
    /// assert_eq!(found.entities()[0].gender(), Some(Gender::Female));
    /// ```
    #[must_use]
    pub fn gender(&self) -> Option<Gender> {
        self.gender
    }

    /// Every mention of it, in text order.
    ///
    /// ```
    /// let found = copydesk::attribution::attribute_text("“Yes,” Kim said. “No,” he added.");
    /// assert_eq!(found.entities()[0].mentions().len(), 2);
    /// ```
    #[must_use]
    pub fn mentions(&self) -> &[Snippet<'h>] {
        &self.mentions
    }
}

/// Whether a mention starts with `the` (`The mayor`, `the former clerk`).
fn starts_with_the(m: &str) -> bool {
    m.get(..4).is_some_and(|w| w.eq_ignore_ascii_case("the "))
}

/// Whether a definite description that is no role noun of the lexicon describes one person:
/// by age (`the 40-year-old baker`) or by a post held before (`the former clerk of the House`).
fn person_description(m: &str) -> bool {
    starts_with_the(m)
        && (m.contains("-year-old")
            || m[4..]
                .get(..7)
                .is_some_and(|w| w.eq_ignore_ascii_case("former ")))
}

/// How a source mention is written, as the attribution finder sees it.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Mention<'h> {
    /// `he`, `she` (with gender).
    Pronoun(Option<Gender>),
    /// A name, with the title and description words written before it.
    Name {
        name: Snippet<'h>,
        title: Option<Snippet<'h>>,
        description: Option<Snippet<'h>>,
    },
    /// A role noun (`the spokesman`) with its head word.
    Role(&'h str),
    /// A person the text introduces without naming (`a former senior executive`), with the
    /// head word: never resolved to an entity already seen.
    Unnamed(&'h str),
    /// People named together (`Kim and Clark Dunmore`), the whole coordination.
    Group(Snippet<'h>),
    /// An organisation by its kind (`the ministry`, `the company`), with the head word.
    OrgRef(&'h str),
    /// A document (`the report`, `Foster’s book`), with the author its noun phrase names, its
    /// head noun and whether it is definite (`the report`: the one whose author was named).
    Document {
        author: Option<Snippet<'h>>,
        head: &'h str,
        definite: bool,
    },
    /// Anything else (`state media`): resolved only through a description.
    Other,
}

/// A recent speaker: an entity, or a person the text does not name (`a spokesman said`),
/// who stands between a pronoun and the speakers before.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Speaker {
    Entity(usize),
    Unnamed(Option<Gender>),
}

/// A recent person-like mention, for pronouns: who, in which sentence, and whether it is the
/// sentence's subject (a source always is).
#[derive(Debug, Clone, Copy)]
struct Recent {
    who: Speaker,
    /// Where the mention starts (a byte offset into the text).
    pos: usize,
    /// Whether it is written as a name (not a pronoun or a role).
    named: bool,
    unit: usize,
    subject: bool,
    speech: bool,
}

/// Where a mention stands: its sentence (unit) and whether it is that sentence's subject.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct At {
    pub(crate) unit: usize,
    pub(crate) subject: bool,
    /// Whether the mention is the source of something said or written (not of a belief or a
    /// perception): in its sentence, the speaker a later speaking pronoun continues.
    pub(crate) speech: bool,
    /// Where the mention starts: a byte offset into the text.
    pub(crate) pos: usize,
}

/// Builds the entity list mention by mention, in text order.
#[derive(Debug, Default)]
pub(crate) struct Resolver<'h> {
    entities: Vec<Entity<'h>>,
    /// The working tables (name words and their index, recent mentions, scratch buffers),
    /// which one thread's articles pass on to the next ([`Tables`]).
    t: Tables<'h>,
    /// The article's text, for acronyms spelt out in brackets (`… Canada (ACC)`).
    text: &'h str,
    /// How many entities have been named by an acronym alone (`ACC`).
    acronyms: usize,
    /// Documents whose author the text gives (`a report by X`, `X wrote in a report`), in
    /// order: head noun, author, sentence. The most recent few.
    docs: Vec<(&'h str, usize, usize)>,
    /// One-word short forms (`Kim`) and the entity each last stood for alone while only one
    /// name had it: a later second name with that word does not make it ambiguous.
    short_forms: FxMap<&'h str, usize>,
    /// The content of the attribution whose source is being resolved (byte range): a pronoun
    /// source is not a person its own content names (`Lee and two aides hid in a closet, he
    /// said`: not Lee).
    content: (usize, usize),
}

/// The range `a..b` of the arena as 32-bit offsets; past four thousand million words (an input
/// of many gigabytes) an empty range, which [`Resolver::w`] reads as no words.
fn arena_range(a: usize, b: usize) -> (u32, u32) {
    match (u32::try_from(a), u32::try_from(b)) {
        (Ok(a), Ok(b)) => (a, b),
        _ => (0, 0),
    }
}

/// How far back role nouns, descriptions and candidate names are looked for: keeps
/// resolution linear in the number of mentions.
const LOOKBACK: usize = 64;
/// The end of a chain of [`Tables::links`].
const NO_LINK: u32 = u32::MAX;

/// The key of a name's word in [`Tables::by_word`]: the high half of its hash, not the word
/// (four bytes, no pointer into the text: an index entry is two 32-bit words). Two words with
/// one key share a chain; every reader of a chain compares the entities' words with its own.
fn word_key(w: &str) -> u32 {
    use std::hash::BuildHasher;
    let h = std::hash::BuildHasherDefault::<crate::util::hash::Fx>::default().hash_one(w);
    (h >> 32) as u32
}
/// How many recent speakers a pronoun can refer to.
const RECENT_SPEAKERS: usize = 16;
/// How many recent person-like mentions are kept for pronouns.
const RECENT_MENTIONS: usize = 32;
/// How many sentences before a pronoun's own are searched for its antecedent by salience.
const PRONOUN_SENTENCES: usize = 2;

impl<'h> Resolver<'h> {
    /// A resolver for the mentions of `text`.
    pub(crate) fn new(text: &'h str) -> Self {
        // The working tables of this thread's last article, emptied (none the first time).
        let mut t = Tables::take();
        // The bounded lists at their bounds at once, the entity lists at a few entities: not
        // grown step by step from empty (most articles have some).
        t.speakers.reserve(RECENT_SPEAKERS + 1);
        t.recent.reserve(RECENT_MENTIONS);
        t.others.reserve(RECENT_MENTIONS);
        t.words.reserve(8);
        t.anchored.reserve(8);
        t.arena.reserve(16);
        t.links.reserve(16);
        Resolver {
            text,
            entities: Vec::with_capacity(8),
            t,
            ..Resolver::default()
        }
    }

    /// Room for the entities of some `mentions` mentions (at most one new entity each, its
    /// name some two indexed words), so that a body naming a great many does not grow the
    /// tables step by step, each growth holding the old table beside the new. A news
    /// article's few are left to the recycled tables ([`Tables::KEEP`]).
    pub(crate) fn reserve(&mut self, mentions: usize) {
        if mentions <= Tables::KEEP {
            return;
        }
        self.entities.reserve(mentions);
        self.t.words.reserve(mentions);
        self.t.anchored.reserve(mentions);
        self.t.arena.reserve(2 * mentions);
        self.t.links.reserve(2 * mentions);
        self.t.by_word.reserve(2 * mentions);
    }

    fn mention(&mut self, id: usize, at: Snippet<'h>, speaker: bool) {
        let e = &mut self.entities[id];
        if e.mentions.last() != Some(&at) {
            e.mentions.push(at);
        }
        if speaker && matches!(e.kind, EntityKind::Person | EntityKind::Unknown) {
            self.t.speakers.retain(|&s| s != Speaker::Entity(id));
            self.push_speaker(Speaker::Entity(id));
        }
    }

    fn push_speaker(&mut self, s: Speaker) {
        self.t.speakers.push(s);
        if self.t.speakers.len() > RECENT_SPEAKERS {
            self.t.speakers.remove(0);
        }
    }

    fn new_entity(&mut self, name: &'h str, kind: EntityKind) -> usize {
        // The words once, for the index and the list.
        let words = self.set_words(name);
        self.add_entity(name, kind, words)
    }

    /// A new entity whose name's words are `words` in the arena.
    fn add_entity(&mut self, name: &'h str, kind: EntityKind, words: (u32, u32)) -> usize {
        let id = self.entities.len();
        self.acronyms += usize::from(is_acronym(name));
        self.t.words.push(words);
        self.index_words(id);
        self.t.anchored.push(false);
        self.entities.push(Entity::new(id, name, kind));
        id
    }

    /// Sets the byte range of the content whose source is resolved next (`(0, 0)`: none).
    pub(crate) fn set_content(&mut self, start: usize, end: usize) {
        self.content = (start, end);
    }

    /// Resolves one mention (`at` is the whole mention as written) and records it.
    pub(crate) fn resolve(
        &mut self,
        at: Snippet<'h>,
        how: Mention<'h>,
        speaker: bool,
        whr: At,
    ) -> Option<usize> {
        let id = self.resolve_at(at, how, speaker, whr)?;
        self.t.anchored[id] = true;
        Some(id)
    }

    /// A lone capitalised word that no attribution reports (`A photo showed Gasol …`): when it
    /// is the first or last word of exactly one recent person's name, that person is salient
    /// for the pronouns after it. Never makes an entity or a mention.
    pub(crate) fn seen_word(&mut self, at: Snippet<'h>, whr: At) {
        let w = trim_possessive(at.as_str());
        let Some(&head) = self.t.by_word.get(&word_key(w)) else {
            return;
        };
        let mut found = None;
        // A short form that stood for one person alone keeps standing for them.
        let known = self.short_forms.get(w).copied().filter(|&id| {
            self.entities[id].kind == EntityKind::Person && same_name(&[w], self.w(id))
        });
        // The order does not matter: one name found, or two (ambiguous).
        for id in self.chain(head).filter(|_| known.is_none()) {
            let same = match self.entities[id].kind {
                EntityKind::Person => same_name(&[w], self.w(id)),
                // `ACC declined to comment … it said`: an organisation by its name or acronym.
                EntityKind::Organisation => {
                    self.entities[id].name == w || is_acronym(w) && spells(w, self.w(id))
                }
                _ => false,
            };
            if same {
                if found.is_some_and(|f| f != id) {
                    return; // two of that name: ambiguous
                }
                found = Some(id);
            }
        }
        match known.or(found) {
            Some(id) if self.entities[id].kind == EntityKind::Person => {
                if self.w(id).len() > 1 && self.w(id)[0] == w && known.is_none() {
                    self.short_forms.insert(w, id);
                }
                self.remember(Speaker::Entity(id), whr, true);
            }
            Some(id) => self.remember_other(Some(id), whr),
            None => {}
        }
    }

    /// Records a mention that no attribution reports (`Lawmakers asked whether Corrigan …`): a
    /// name that later mentions and pronouns can refer to. Returns its entity.
    pub(crate) fn seen(
        &mut self,
        at: Snippet<'h>,
        how: Mention<'h>,
        whr: At,
        role: Option<&'h str>,
    ) -> Option<usize> {
        let id = self.resolve_at(at, how, false, whr)?;
        if let Some(role) = role
            && self.entities[id].role().is_none()
        {
            self.entities[id].set_role(role);
        }
        Some(id)
    }

    /// Resolves a relative pronoun source (`who`) to the mention just before it in its
    /// sentence, when that is a person or organisation mentioned there.
    pub(crate) fn relative(&mut self, at: Snippet<'h>, whr: At) -> Option<usize> {
        let last = self.t.recent.last()?;
        let Speaker::Entity(id) = last.who else {
            return None;
        };
        if last.unit != whr.unit {
            return None;
        }
        self.t.anchored[id] = true;
        self.mention(id, at, true);
        Some(id)
    }

    /// Gives entity `id` the role an apposition or predicate nominative shows.
    pub(crate) fn set_role(&mut self, id: usize, role: &'h str) {
        if self.entities[id].role().is_none() {
            self.entities[id].set_role(role);
        }
    }

    /// Records a person-like mention for pronouns; `named` when it is written as a name.
    fn remember(&mut self, who: Speaker, whr: At, named: bool) {
        if self.t.recent.len() == RECENT_MENTIONS {
            self.t.recent.remove(0);
        }
        self.t.recent.push(Recent {
            who,
            pos: whr.pos,
            named,
            unit: whr.unit,
            subject: whr.subject,
            speech: whr.speech,
        });
    }

    fn resolve_at(
        &mut self,
        at: Snippet<'h>,
        how: Mention<'h>,
        speaker: bool,
        whr: At,
    ) -> Option<usize> {
        let at = match how {
            Mention::Name { name, .. } => name,
            _ => at,
        };
        let id = match how {
            Mention::Pronoun(None) => {
                let w = at.as_str();
                if w.eq_ignore_ascii_case("it") {
                    self.neuter(false, whr.unit)
                } else if w.eq_ignore_ascii_case("they") {
                    self.neuter(true, whr.unit)
                } else {
                    None
                }
            }
            Mention::Pronoun(gender) => self.pronoun(gender, whr),
            Mention::Group(g) => Some(self.group(g)),
            Mention::OrgRef(head) => self
                .described(at.as_str())
                .or_else(|| self.org_ref(head, whr.unit)),
            Mention::Name {
                name,
                title,
                description,
            } => Some(self.name(name, title, description)),
            Mention::Role(head) => {
                // A kin noun is relational: `her father` is the father a kin apposition
                // introduced, `the father` may be anyone's.
                let kin_the = is_kin(head) && starts_with_the(at.as_str());
                let id = (!kin_the)
                    .then(|| self.role(head))
                    .flatten()
                    .or_else(|| self.titled_in_text(head, at.start()));
                if let Some(id) = id
                    && self.entities[id].role().is_none()
                {
                    self.entities[id].set_role(head);
                }
                id
            }
            Mention::Document {
                author: Some(author),
                head,
                ..
            } => {
                let id = self.name(author, None, None);
                self.authored(head, id, whr.unit);
                Some(id)
            }
            Mention::Document {
                author: None,
                head,
                definite,
            } => definite
                .then(|| self.document(head, whr.unit))
                .flatten()
                .or_else(|| self.speaking_org(whr.unit)),
            Mention::Unnamed(_) => None,
            Mention::Other => self.described(at.as_str()),
        };
        // A description no title, role or earlier description explains (`the 40-year-old
        // baker`, `the former clerk of the House`), speaking: the person the sentence before
        // was about, named as its subject (a news report's second sentence after its lead).
        let id = id.or_else(|| {
            let gender = match how {
                Mention::Role(head) if starts_with_the(at.as_str()) => role_gender(head),
                Mention::Other if person_description(at.as_str()) => None,
                _ => return None,
            };
            (speaker && whr.speech)
                .then(|| self.subject_before(gender, whr.unit))
                .flatten()
        });
        let Some(id) = id else {
            // A person speaking whom the text does not name: a later `he` is more likely this
            // one than a speaker before.
            if let Mention::Role(head) | Mention::Unnamed(head) = how
                && speaker
            {
                let who = Speaker::Unnamed(role_gender(head));
                self.push_speaker(who);
                self.remember(who, whr, false);
            }
            // `officials said`: a later `they` is more likely them than an organisation.
            if speaker
                && matches!(how, Mention::Unnamed(_) | Mention::Other)
                && at.as_str().ends_with('s')
            {
                self.remember_other(None, whr);
            }
            return None;
        };
        self.mention(id, at, speaker);
        let kind = self.entities[id].kind;
        if matches!(kind, EntityKind::Person | EntityKind::Unknown) {
            self.remember(
                Speaker::Entity(id),
                whr,
                matches!(how, Mention::Name { .. }),
            );
        }
        if kind != EntityKind::Person {
            self.remember_other(Some(id), whr);
        }
        Some(id)
    }

    /// The named person who was the subject of sentence `unit - 1` without saying anything
    /// there (`X, who …, is considering a run.`), agreeing with `gender` when it is known.
    fn subject_before(&self, gender: Option<Gender>, unit: usize) -> Option<usize> {
        let prev = unit.checked_sub(1)?;
        self.t
            .recent
            .iter()
            .rev()
            .skip_while(|r| r.unit > prev)
            .take_while(|r| r.unit == prev)
            .find(|r| {
                r.subject
                    && r.named
                    && !r.speech
                    && gender.is_none_or(|g| self.agrees(r.who, g))
                    && matches!(r.who, Speaker::Entity(id)
                        if self.entities[id].kind == EntityKind::Person)
            })
            .and_then(|r| match r.who {
                Speaker::Entity(id) => Some(id),
                Speaker::Unnamed(_) => None,
            })
    }

    /// A document that names no author (`a statement said`): the organisation (or the body of
    /// unknown kind) that is the speaking subject of its sentence or the one before (`Shell
    /// said … A statement said …`).
    fn speaking_org(&self, unit: usize) -> Option<usize> {
        self.t
            .others
            .iter()
            .rev()
            .take_while(|(_, at)| at.unit + 1 >= unit)
            .find_map(|&(id, at)| {
                let id = id?;
                let kind = self.entities[id].kind;
                (at.subject
                    && at.speech
                    && matches!(kind, EntityKind::Organisation | EntityKind::Unknown))
                .then_some(id)
            })
    }

    fn remember_other(&mut self, id: Option<usize>, whr: At) {
        if self.t.others.last() == Some(&(id, whr)) {
            return;
        }
        if self.t.others.len() == RECENT_MENTIONS {
            self.t.others.remove(0);
        }
        self.t.others.push((id, whr));
    }

    /// `it` (an organisation or a place) or `they` (a group or an organisation): the subject of
    /// its sentence or of the two before, else the latest such mention there.
    fn neuter(&mut self, plural: bool, unit: usize) -> Option<usize> {
        let fits = |kind: EntityKind, words: usize| match kind {
            EntityKind::Organisation => true,
            EntityKind::Place => !plural,
            EntityKind::Group => plural,
            EntityKind::Unknown => !plural && words == 1,
            _ => false,
        };
        let mut found = None;
        'sentences: for back in 0..=PRONOUN_SENTENCES {
            let Some(s) = unit.checked_sub(back) else {
                break;
            };
            for subject in [true, false] {
                for &(id, at) in self.t.others.iter().rev() {
                    if at.unit != s || at.subject != subject {
                        continue;
                    }
                    match id {
                        // An unnamed plural source stands first for `they`.
                        None if plural => return None,
                        // `the Greens`: a plural, never an `it`.
                        Some(id)
                            if fits(self.entities[id].kind, self.w(id).len())
                                && (plural || !self.plural_the(id, at)) =>
                        {
                            found = Some(id);
                            break 'sentences;
                        }
                        _ => {}
                    }
                }
            }
        }
        let id = found?;
        if self.entities[id].kind == EntityKind::Unknown {
            self.entities[id].kind = EntityKind::Organisation;
        }
        Some(id)
    }

    /// Whether the mention of entity `id` at `at` is `the` and its one-word name ending in a
    /// plural `s` (`the Greens`, not `the Demos`): a party or a team by its members' plural.
    fn plural_the(&self, id: usize, at: At) -> bool {
        let name = self.entities[id].name.as_bytes();
        let b = self.text.as_bytes();
        plural_name_shape(name)
            && !name.contains(&b' ')
            && b.get(at.pos..at.pos + 4)
                .is_some_and(|w| w.eq_ignore_ascii_case(b"the "))
            && b.get(at.pos + 4..at.pos + 4 + name.len()) == Some(name)
    }

    /// People named together: one group entity per coordination as written.
    fn group(&mut self, g: Snippet<'h>) -> usize {
        let from = self.entities.len().saturating_sub(LOOKBACK);
        if let Some(id) = (from..self.entities.len()).find(|&id| {
            self.entities[id].kind == EntityKind::Group && self.entities[id].name == g.as_str()
        }) {
            return id;
        }
        let id = self.entities.len();
        self.t.words.push((0, 0));
        self.t.anchored.push(false);
        self.entities
            .push(Entity::new(id, g.as_str(), EntityKind::Group));
        id
    }

    /// Whether a recent mention can be the antecedent of a pronoun of `gender`.
    fn agrees(&self, who: Speaker, gender: Gender) -> bool {
        match who {
            Speaker::Entity(id) => {
                let e = &self.entities[id];
                matches!(e.kind, EntityKind::Person | EntityKind::Unknown)
                    && e.gender.is_none_or(|g| g == gender)
            }
            Speaker::Unnamed(g) => g.is_none_or(|g| g == gender),
        }
    }

    fn pronoun(&mut self, gender: Option<Gender>, whr: At) -> Option<usize> {
        let gender = gender?;
        // Salience first: the pronoun's sentence, then the sentences before, each with its
        // subjects before its other mentions (Lee et al. 2013, the pronoun sieve); then the
        // speakers before (the speaker of a quotation paragraph continues). A pronoun that
        // says or writes something continues a sentence's speaker before its other subjects
        // (`…, leaders like Prime Minister X wanted …, Y writes. “…,” he writes.`: Y).
        let mut found = None;
        let tiers: &[(bool, bool)] = if whr.speech {
            &[(true, true), (true, false), (false, false)]
        } else {
            &[(true, false), (false, false)]
        };
        // The person the pronoun's own content names, if any (the latest): never the pronoun
        // (`Lee and colleagues hid, he said`: he is not Lee, here or as an earlier speaker).
        let (c0, c1) = self.content;
        let named = self
            .t
            .recent
            .iter()
            .rev()
            .take_while(|r| r.pos >= c0)
            .find(|r| r.pos < c1 && r.named)
            .map(|r| r.who);
        let other = |who: Speaker| named != Some(who);
        'sentences: for back in 0..=PRONOUN_SENTENCES {
            let Some(s) = whr.unit.checked_sub(back) else {
                break;
            };
            for &(subject, speech) in tiers {
                if let Some(r) = self.t.recent.iter().find(|r| {
                    r.unit == s
                        && other(r.who)
                        && r.subject == subject
                        && (!speech || r.speech)
                        && self.agrees(r.who, gender)
                }) {
                    found = Some(r.who);
                    break 'sentences;
                }
            }
        }
        let found = match found {
            Some(f) => f,
            None => *self
                .t
                .speakers
                .iter()
                .rev()
                .find(|s| other(**s) && self.agrees(**s, gender))?,
        };
        let Speaker::Entity(id) = found else {
            return None; // the unnamed speaker: not resolved
        };
        let e = &mut self.entities[id];
        e.gender = Some(gender);
        e.kind = EntityKind::Person;
        Some(id)
    }

    /// Indexes entity `id` by the first and last of its name's words.
    fn index_words(&mut self, id: usize) {
        let words = self.w(id);
        let first = words.first().copied();
        let last = if words.len() > 1 {
            words.last().copied()
        } else {
            None
        };
        self.index_first_last(id, first, last);
    }

    /// The latest [`LOOKBACK`] ids of the chain of [`Tables::links`] that ends at `head`,
    /// latest first.
    fn chain(&self, head: u32) -> impl Iterator<Item = usize> + '_ {
        let mut at = head;
        std::iter::from_fn(move || {
            let &(id, prev) = self.t.links.get(at as usize)?;
            at = prev;
            Some(id as usize)
        })
        .take(LOOKBACK)
    }

    /// The words of entity `id`'s name.
    fn w(&self, id: usize) -> &[&'h str] {
        let (a, b) = self.t.words[id];
        self.t.arena.get(a as usize..b as usize).unwrap_or(&[])
    }

    /// Adds the words of `name` to the arena: their range.
    fn set_words(&mut self, name: &'h str) -> (u32, u32) {
        let a = self.t.arena.len();
        self.t.arena.extend(name_tokens(name));
        arena_range(a, self.t.arena.len())
    }

    /// Indexes entity `id` by the first and (if other than the first) last word of its name.
    fn index_first_last(&mut self, id: usize, first: Option<&'h str>, last: Option<&'h str>) {
        // (Past four thousand million entities, the rest go unindexed: never met.)
        let Ok(id) = u32::try_from(id) else {
            return;
        };
        for w in [first, last].into_iter().flatten() {
            let next = u32::try_from(self.t.links.len()).unwrap_or(NO_LINK);
            match self.t.by_word.entry(word_key(w)) {
                std::collections::hash_map::Entry::Occupied(mut o) => {
                    let head = *o.get();
                    if self.t.links.get(head as usize).map(|l| l.0) != Some(id) {
                        self.t.links.push((id, head));
                        o.insert(next);
                    }
                }
                std::collections::hash_map::Entry::Vacant(v) => {
                    self.t.links.push((id, NO_LINK));
                    v.insert(next);
                }
            }
        }
    }

    fn role(&mut self, head: &str) -> Option<usize> {
        let mut found = None;
        let from = self.t.titled.len().saturating_sub(LOOKBACK);
        for &id in &self.t.titled[from..] {
            let e = &self.entities[id];
            let Some(t) = e.title() else { continue };
            if t.as_str()
                .split_whitespace()
                .any(|w| w.eq_ignore_ascii_case(head))
            {
                if found.is_some_and(|f| f != id) {
                    return None; // two entities carry it: ambiguous
                }
                found = Some(id);
            }
        }
        // A role given by an apposition or a predicate nominative (`X, the mayor,`).
        let from = self.entities.len().saturating_sub(LOOKBACK);
        for (id, r) in self
            .entities
            .iter()
            .map(Entity::role)
            .enumerate()
            .skip(from)
        {
            if r.is_some_and(|r| r.eq_ignore_ascii_case(head)) {
                if found.is_some_and(|f| f != id) {
                    return None;
                }
                found = Some(id);
            }
        }
        found
    }

    fn described(&mut self, words: &str) -> Option<usize> {
        let words = words
            .strip_prefix("the ")
            .or_else(|| words.strip_prefix("The "))
            .unwrap_or(words);
        let from = self.t.described.len().saturating_sub(LOOKBACK);
        self.t.described[from..].iter().copied().find(|&id| {
            self.entities[id]
                .description()
                .is_some_and(|d| d.as_str().eq_ignore_ascii_case(words))
        })
    }

    fn name(
        &mut self,
        name: Snippet<'h>,
        title: Option<Snippet<'h>>,
        description: Option<Snippet<'h>>,
    ) -> usize {
        let text = name.as_str();
        let kin = description.and_then(|d| kin_apposition(d.as_str()));
        let id = if let Some(country) = place(text) {
            match self.t.places.get(country) {
                Some(&id) => id,
                None => {
                    // The country's name as written, when the text writes it; else the lexicon's.
                    let written: &'h str = if text.eq_ignore_ascii_case(country) {
                        text
                    } else {
                        country
                    };
                    let id = self.new_entity(written, EntityKind::Place);
                    self.t.places.insert(country, id);
                    id
                }
            }
        } else {
            let mut toks = std::mem::take(&mut self.t.scratch_words);
            toks.clear();
            toks.extend(name_tokens(text));
            let mut ids = std::mem::take(&mut self.t.scratch_ids);
            ids.clear();
            ids.extend(
                [toks.first(), toks.last()]
                    .into_iter()
                    .flatten()
                    .filter_map(|w| self.t.by_word.get(&word_key(w)))
                    .flat_map(|&head| self.chain(head)),
            );
            ids.sort_unstable();
            ids.dedup();
            let mut candidates = ids.iter().copied().filter(|&id| {
                self.entities[id].kind != EntityKind::Place && same_name(&toks, self.w(id))
            });
            let mut found = (candidates.next(), candidates.next());
            let n_toks = toks.len();
            // A relative by the given name alone (`Vogt’s father, Tomas,`): someone new, not
            // an earlier person who has that given name.
            if n_toks == 1 && kin.is_some() {
                found = (None, None);
            }
            // One word that two names share (`Park` after `Park Geun Hye` and `Park Won Soon`):
            // the one it already stood for alone, if any, keeps it.
            if n_toks == 1
                && found.1.is_some()
                && let Some(&id) = self.short_forms.get(toks[0])
                && same_name(&toks, self.w(id))
            {
                found = (Some(id), None);
            } else if n_toks == 1
                && let (Some(id), None) = found
                && self.w(id).len() > 1
                && self.w(id)[0] == toks[0]
            {
                // A first word standing alone (`Kim`, family name first): surnames, the usual
                // short form, need no record.
                self.short_forms.insert(toks[0], id);
            }
            self.t.scratch_words = toks;
            self.t.scratch_ids = ids;
            let acronym = match found {
                (None, _) => self.acronym(name),
                _ => None,
            };
            match found {
                _ if acronym.is_some() => acronym.unwrap_or_default(),
                (Some(id), None) => {
                    let renamed = n_toks > self.w(id).len();
                    if renamed {
                        let name = trim_possessive(text);
                        self.entities[id].name = name;
                        self.t.words[id] = self.set_words(name);
                        self.index_words(id);
                    }
                    let given = given_name_gender(self.w(id));
                    // `Trudeau’s Liberals` … `the Liberals`: a party, whichever came first.
                    let plural = self.entities[id].kind == EntityKind::Unknown
                        && self.plural_after_the(name);
                    let e = &mut self.entities[id];
                    if plural {
                        e.kind = EntityKind::Organisation;
                    }
                    // Its name or a title is new: the kind may be known now (the same name
                    // without a title classifies the same way again).
                    if e.kind == EntityKind::Unknown && (renamed || title.is_some()) {
                        e.kind = classify(e.name, title.is_some());
                    }
                    // `Dave Hawkins` … `Mr Hawkins`: the later title shows the gender.
                    if e.gender.is_none() {
                        e.gender = title.and_then(|t| title_gender(t.as_str()));
                    }
                    if e.gender.is_none() && e.kind == EntityKind::Person {
                        e.gender = given;
                    }
                    id
                }
                _ => {
                    let n = trim_possessive(text);
                    let fuller =
                        (n_toks == 1 && title.is_none() && kin.is_none() && !is_acronym(n))
                            .then(|| self.fuller_org(n, name.start()))
                            .flatten();
                    let (id, kind) = if let Some(full) = fuller {
                        (
                            self.new_entity(full, EntityKind::Organisation),
                            EntityKind::Organisation,
                        )
                    } else if n.len() == text.len() {
                        // No possessive: the words split above are the name's.
                        let kind = classify_words(
                            n,
                            self.t.scratch_words.iter().copied(),
                            title.is_some(),
                        );
                        let a = self.t.arena.len();
                        self.t.arena.extend_from_slice(&self.t.scratch_words);
                        let words = arena_range(a, self.t.arena.len());
                        (self.add_entity(n, kind, words), kind)
                    } else {
                        let kind = classify(n, title.is_some());
                        (self.new_entity(n, kind), kind)
                    };
                    self.entities[id].gender = title.and_then(|t| title_gender(t.as_str()));
                    if kind == EntityKind::Unknown && self.plural_after_the(name) {
                        self.entities[id].kind = EntityKind::Organisation;
                    }
                    if kind == EntityKind::Person && self.entities[id].gender.is_none() {
                        self.entities[id].gender = given_name_gender(self.w(id));
                    }
                    id
                }
            }
        };
        let e = &mut self.entities[id];
        let had = e.extra();
        if let Some(t) = title
            && had.title.is_none()
        {
            e.set_title(t);
            self.t.titled.push(id);
        } else if let Some(t) = title
            && had.role.is_none()
            && had.title.is_some_and(|old| old.as_str() != t.as_str())
            && let Some(last) = t.as_str().split_whitespace().last()
        {
            // A second title (`then-council candidate Daniel Okafor` … `Mayor
            // Okafor`): its last word is the role later descriptions name (`the mayor`).
            e.set_role(last);
        }
        // The kin noun is the relative's role (`her father` later) and may show the gender.
        if let Some((noun, gender)) = kin
            && had.role.is_none()
            && e.kind != EntityKind::Place
        {
            e.set_role(noun);
            e.kind = EntityKind::Person;
            if e.gender.is_none() {
                e.gender = gender;
            }
        }
        if let Some(d) = description
            && had.description.is_none()
        {
            e.set_description(d);
            self.t.described.push(id);
        }
        id
    }

    /// A role noun no title or apposition explains (`the mayor`): the person whose surname
    /// the capitalised role word stands before in the text before `before` (`Mayor Okafor`,
    /// in a quotation too, where the finder reads no names), when that surname is one person's.
    fn titled_in_text(&self, head: &str, before: usize) -> Option<usize> {
        const WINDOW: usize = 4096;
        let h = head.as_bytes();
        if !(3..=24).contains(&h.len()) || !h.iter().all(u8::is_ascii_lowercase) {
            return None;
        }
        let mut title = [0u8; 25];
        title[..h.len()].copy_from_slice(h);
        title[0] = title[0].to_ascii_uppercase();
        title[h.len()] = b' ';
        let title = &title[..=h.len()];
        let text = self.text;
        let from = crate::util::window_start(text, before, WINDOW);
        let bytes = text.as_bytes();
        memchr::memmem::rfind_iter(&bytes[from..before], title)
            // Not part of a longer title (`Prime Minister Marc Tremblay` for `the minister`).
            .filter(|&p| {
                let before = text[..from + p].trim_end();
                before.len() == from + p
                    || !before
                        .rsplit(' ')
                        .next()
                        .is_some_and(|w| w.starts_with(char::is_uppercase))
            })
            .map(|p| from + p + title.len())
            .filter(|&p| bytes.get(p).is_some_and(u8::is_ascii_uppercase))
            .find_map(|p| {
                // `O'Brien`, `Okafor’s`: apostrophes inside, a possessive dropped.
                let len = text[p..]
                    .find(|c: char| !c.is_alphanumeric() && !matches!(c, '-' | '\'' | '’'))
                    .unwrap_or(text.len() - p);
                let w = trim_possessive(&text[p..p + len]).trim_end_matches(['\'', '’']);
                let &link = self.t.by_word.get(&word_key(w))?;
                let mut found = None;
                for id in self.chain(link) {
                    // The surname (`Mayor Okafor`), not a given name.
                    if self.entities[id].kind == EntityKind::Person
                        && self.w(id).len() > 1
                        && self.w(id).last() == Some(&w)
                    {
                        if found.is_some_and(|f| f != id) {
                            return None;
                        }
                        found = Some(id);
                    }
                }
                found
            })
    }

    /// `the commissioner said …` before `Commissioner Ana Ruiz said …`: a role noun that found
    /// no one before it (`at`) is the one person whose title, given in the kilobyte of text
    /// after it, has that word (`league commissioner Ana Ruiz`). Called once every mention is
    /// read; the mention takes its place first in the entity's list.
    pub(crate) fn named_later(&mut self, at: Snippet<'h>, head: &'h str) -> Option<usize> {
        /// How far after the role noun the titled name may come (bytes).
        const AHEAD: usize = 1024;
        // Titled entities in the order their titles were read (text order): the few first
        // titled after the role noun.
        let from = self.t.titled.partition_point(|&id| {
            self.entities[id]
                .mentions
                .first()
                .is_none_or(|m| m.start() <= at.start())
        });
        let mut found = None;
        for &id in self.t.titled[from..].iter().take(LOOKBACK) {
            let e = &self.entities[id];
            let (Some(t), Some(first)) = (e.title(), e.mentions.first()) else {
                continue;
            };
            if first.start() <= at.start()
                || first.start() - at.start() > AHEAD
                || !t
                    .as_str()
                    .split_whitespace()
                    .any(|w| w.eq_ignore_ascii_case(head))
            {
                continue;
            }
            if found.is_some_and(|f| f != id) {
                return None; // two people carry it: ambiguous
            }
            found = Some(id);
        }
        let id = found?;
        let e = &mut self.entities[id];
        if e.kind != EntityKind::Person {
            return None;
        }
        e.mentions.insert(0, at);
        if e.role().is_none() {
            e.set_role(head);
        }
        self.t.anchored[id] = true;
        Some(id)
    }

    /// Records that entity `id` wrote the document with head noun `head`, in sentence `unit`
    /// (`X wrote in a new report`): a later `the report` is X's.
    pub(crate) fn authored(&mut self, head: &'h str, id: usize, unit: usize) {
        if self.docs.len() == RECENT_MENTIONS {
            self.docs.remove(0);
        }
        self.docs.push((head, id, unit));
    }

    /// `the report`, `the study`: the author of the latest document with that head noun, else
    /// of the latest document of the last few sentences.
    fn document(&self, head: &str, unit: usize) -> Option<usize> {
        const SENTENCES: usize = 4;
        let stem = |w: &'_ str| -> usize { w.len() - usize::from(w.ends_with('s')) };
        let want = &head[..stem(head)];
        self.docs
            .iter()
            .rev()
            .find(|d| d.0[..stem(d.0)].eq_ignore_ascii_case(want))
            .or_else(|| {
                self.docs
                    .last()
                    .filter(|d| d.2 <= unit && unit - d.2 <= SENTENCES)
            })
            .map(|d| d.1)
    }

    /// Whether `name` is one capitalised plural word after `the` (`the Greens`, `the Raptors`):
    /// a party, a team or a family, never one person (a `they`, not a `he`).
    fn plural_after_the(&self, name: Snippet<'h>) -> bool {
        let w = name.as_str().as_bytes();
        let before = self.text.as_bytes()[..name.start()].trim_ascii_end();
        plural_name_shape(w)
            && !w.contains(&b' ')
            && before.len() >= 3
            && before[before.len() - 3..].eq_ignore_ascii_case(b"the")
            && before
                .len()
                .checked_sub(4)
                .is_none_or(|k| !before[k].is_ascii_alphanumeric())
    }

    /// The entities that a source, secondary source or titled name mentions, ids in order, and
    /// for each entity id the resolver gave, its id in that list.
    pub(crate) fn finish(self) -> (Vec<Entity<'h>>, Vec<Option<usize>>) {
        let Resolver { entities, t, .. } = self;
        let mut ids = Vec::with_capacity(entities.len());
        // Kept in place: no second list of entities.
        let mut kept = entities;
        let mut i = 0;
        let mut next = 0;
        kept.retain_mut(|e| {
            let keep = t.anchored.get(i).copied().unwrap_or(false);
            i += 1;
            ids.push(keep.then_some(next));
            if keep {
                e.id = u32::try_from(next).unwrap_or(u32::MAX);
                next += 1;
            }
            keep
        });
        Tables::keep(t);
        (kept, ids)
    }
}
