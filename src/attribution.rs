//! Attribution: who said it, by which cue, through which source (provisional: filled in by the
//! attribution work).
