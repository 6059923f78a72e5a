#pragma once

#include "gui/document/Session.h"

#include <QByteArray>

namespace hopfield::app {

/// What a session may hold, checked before anything is allocated so a file cannot ask for
/// more memory than a few hundred megabytes (about 20 bytes per stored spin in the run,
/// its views and its history): at most kMaxPatterns stored patterns (inline items, names of
/// a built-in set -- each name is one pattern -- or a random count), kMaxStoredSpins spins
/// in all, grids of at most 1024 x 1024, and kMaxJsonValues JSON values; the file itself
/// is at most 64 MiB (SessionFile).
namespace sessionLimits {
inline constexpr long long kMaxPatterns = 10000;
inline constexpr long long kMaxStoredSpins = 1LL << 24;
inline constexpr long long kMaxJsonValues = 2000000;
} // namespace sessionLimits

/// Reads a session document and checks every field, or throws SessionError naming the
/// first bad field ("settings.noise: expected a number in [0, 1], got 1.5"; malformed
/// JSON: "malformed JSON at byte 120: unterminated string").  Nothing is half-applied:
/// the result is a new value, complete or not made at all.  Unknown fields are refused.
///
/// The format (version 1):
///   { "format": "hopfield-lab-session", "version": 1,
///     "patterns": one of
///        { "width": W, "height": H, "items": [ { "name": "A", "rows": ["..#..", ...] } ] }
///            rows of '#' (+1) and '.' (-1), H rows of W characters each;
///        { "builtin": "letters" | "digits" | "symbols", "names": ["A", "I"] }
///            "names" optional (all patterns of the set when absent);
///        { "random": { "width": W, "height": H, "count": P } }
///            unbiased random patterns drawn first from settings.seed (as RetrievalRun and
///            hopfield-lab-cli retrieve do), so the seed fixes patterns, start and run;
///     "settings": { "temperature": 0..2, "update": "async" | "sequential" | "sync",
///        "rule": { "name": "hebb" | "pseudo-inverse" | "storkey" | "dreaming" |
///                          "unlearning" | "boltzmann" | "examples-supervised" |
///                          "examples-unsupervised" | "dense",
///                  "dreaming-time": t >= 0 (dreaming only),
///                  "order": "2".."30" | "exp" (dense only; "3" if absent) },
///        "seed": whole number (a decimal string above 2^53), "noise": 0..1,
///        "start": "corrupted-target" | "mixture" | "given", "target": index,
///        "mixture": [distinct indices, at least 2] (required for "mixture"),
///        "speed": spin updates per second > 0 | "unlimited",
///        "field": { "pattern": index, "strength": H in 0..2 } (optional; absent = no
///                 external field; not with "dense") },
///     "start-state": { "rows": [...] }      (required for "given": a start made in the
///                                            pattern panel, e.g. an occlusion)
///     "state": { "sweep": S >= 0, "rows": [...] }                        (optional)
///     "lesson": { "title": "...", "what-is-it": "...", "things-to-notice": "...",
///                 "things-to-try": "...", "hidden": [control ids], "locked": [...] }
///                                                          (optional; ids: ControlIds.h)
///     "labs": { "learning": { "view": "capacity", "capacity": { "neurons": 140, ... }, ... },
///               "continuous": { "preset": "limit-cycle", "beta": 6.35, ... } }
///        (optional, either part too) the other labs' controls by key: numbers and names,
///        the learning lab's grouped by panel.  Read here for their shape only; the lab
///        checks keys, ranges and choices against its controls before applying any
///        (KeyedControls.h, the same path-qualified errors), and a missing key or part
///        takes the lab's default.
///   }
/// In "settings" only "seed" is required; an omitted field takes the SessionSettings
/// default (T = 0, async, Hebb, noise 0.2, corrupted target 0, 400 updates per second, no
/// field).
Session readSession(const QByteArray& json);

class JsonField;

/// The id a lesson names in `field` (a string), refused unless it is one of `lab`'s
/// controls (a studio session cannot name the plasticity lab's controls, nor the reverse).
ControlId controlIdFrom(const JsonField& field, LessonLab lab);
/// A "lesson" block (the format above), its hidden and locked ids checked against `lab`.
LessonNotes readLessonNotes(const JsonField& field, LessonLab lab);

} // namespace hopfield::app
