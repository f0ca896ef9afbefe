//! `evaluate quotes`: quotation content spans against the gold `direct` quotes.

use std::error::Error;
use std::path::Path;

pub(crate) fn run(_gold: &Path, _predictions: Option<&Path>) -> Result<(), Box<dyn Error>> {
    Err("quotes evaluation: not yet written".into())
}
