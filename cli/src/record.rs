//! Reading one input record: the id and the text of a JSONL line or a text file, or why it
//! gives none. Self-contained (serde and serde_json only), so that the fuzz target
//! `fuzz/fuzz_targets/record.rs` runs exactly this code.

use std::borrow::Cow;
use std::fmt;

use serde::de::{self, DeserializeSeed, Deserializer, IgnoredAny, MapAccess, Visitor};
use serde_json::value::RawValue;

use crate::input::{Item, Kind};

/// Why a record gives no article.
#[derive(Debug)]
pub(crate) struct Failure<'a> {
    /// The id field's raw value, when the record is an object that has one.
    pub(crate) id: Option<&'a RawValue>,
    /// The line of the input it stands at.
    pub(crate) line: usize,
    /// What is wrong.
    pub(crate) message: String,
}

/// A record read: the id field's raw value (if the record names one) and the text, borrowed
/// from the record's bytes, or `None` when it had to be unescaped into the scratch string.
pub(crate) type Read<'a> = (Option<&'a RawValue>, Option<&'a str>);

/// The id (if the record names one) and the text of a record: borrowed from its bytes, or
/// `None` when it had to be unescaped into `scratch`.
pub(crate) fn read_record<'a>(
    bytes: &'a [u8],
    item: &Item,
    fields: Fields<'_>,
    scratch: &mut String,
) -> Result<Read<'a>, Failure<'a>> {
    let fail = |line, message| Failure {
        id: None,
        line,
        message,
    };
    match &item.kind {
        Kind::Failed(e) => Err(fail(item.line, e.clone())),
        Kind::Text => match std::str::from_utf8(bytes) {
            Ok(t) => Ok((None, Some(t))),
            Err(e) => {
                let at = e.valid_up_to();
                let line = 1 + bytes[..at].iter().filter(|&&b| b == b'\n').count();
                Err(fail(
                    line,
                    format!("not UTF-8: invalid byte at offset {at}"),
                ))
            }
        },
        Kind::Json => {
            let line = std::str::from_utf8(bytes).map_err(|e| {
                fail(
                    item.line,
                    format!("not UTF-8: invalid byte at column {}", e.valid_up_to() + 1),
                )
            })?;
            let mut de = serde_json::Deserializer::from_str(line);
            let found = fields
                .deserialize(&mut de)
                .and_then(|f| de.end().map(|()| f))
                .map_err(|e| {
                    let what = if e.is_data() {
                        "not a JSON object"
                    } else {
                        "invalid JSON"
                    };
                    fail(item.line, format!("{what}: {e}"))
                })?;
            let id = found.id;
            let failure = |message| Failure {
                id,
                line: item.line,
                message,
            };
            let Some(raw) = found.text else {
                return Err(failure(format!("no {:?} field", fields.text)));
            };
            if !raw.get().starts_with('"') {
                return Err(failure(format!(
                    "the {:?} field is not a string: {}",
                    fields.text,
                    kind_of(raw.get())
                )));
            }
            let text = JsonStr(scratch)
                .deserialize(&mut serde_json::Deserializer::from_str(raw.get()))
                .map_err(|e| failure(format!("the {:?} field: {e}", fields.text)))?;
            Ok((id, text))
        }
    }
}

fn kind_of(raw: &str) -> &'static str {
    match raw.as_bytes().first() {
        Some(b'{') => "an object",
        Some(b'[') => "an array",
        Some(b'n') => "null",
        Some(b't' | b'f') => "a boolean",
        _ => "a number",
    }
}

/// The names of the text and id fields; it reads a JSON object, keeping their raw values.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Fields<'f> {
    /// The field holding the text.
    pub(crate) text: &'f str,
    /// The field holding the id.
    pub(crate) id: &'f str,
}

/// The raw values of the text and id fields of an object, where it has them.
pub(crate) struct Found<'de> {
    text: Option<&'de RawValue>,
    id: Option<&'de RawValue>,
}

impl<'de> DeserializeSeed<'de> for Fields<'_> {
    type Value = Found<'de>;

    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Found<'de>, D::Error> {
        d.deserialize_map(self)
    }
}

impl<'de> Visitor<'de> for Fields<'_> {
    type Value = Found<'de>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a JSON object")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut m: A) -> Result<Found<'de>, A::Error> {
        let mut found = Found {
            text: None,
            id: None,
        };
        while let Some(key) = m.next_key::<Cow<'de, str>>()? {
            if key == self.text {
                found.text = Some(m.next_value()?);
            } else if key == self.id {
                found.id = Some(m.next_value()?);
            } else {
                m.next_value::<IgnoredAny>()?;
            }
        }
        Ok(found)
    }
}

/// A JSON string: borrowed when it has no escapes, else unescaped into the buffer (`None`).
struct JsonStr<'s>(&'s mut String);

impl<'de> DeserializeSeed<'de> for JsonStr<'_> {
    type Value = Option<&'de str>;

    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Option<&'de str>, D::Error> {
        d.deserialize_str(self)
    }
}

impl<'de> Visitor<'de> for JsonStr<'_> {
    type Value = Option<&'de str>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a string")
    }

    fn visit_borrowed_str<E: de::Error>(self, v: &'de str) -> Result<Option<&'de str>, E> {
        Ok(Some(v))
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<Option<&'de str>, E> {
        self.0.clear();
        self.0.push_str(v);
        Ok(None)
    }
}
