//! Entities and coreference (provisional: filled in by the attribution work).
