//! End-to-end tests of `find_quotes` with hand-built entities (independent of the NER).

use super::*;
use crate::analysis::entities::EntityKind;
use crate::analysis::paragraphs::paragraphs;

/// An entity with every occurrence of `surfaces` in `body` as its mentions.
pub(super) fn entity(body: &str, name: &str, kind: EntityKind, surfaces: &[&str]) -> Entity {
    let mut mentions: Vec<Span> = surfaces
        .iter()
        .flat_map(|s| {
            body.match_indices(s)
                .map(|(i, _)| Span::new(i, i + s.len()))
        })
        .collect();
    mentions.sort();
    mentions.dedup();
    Entity {
        name: name.into(),
        kind,
        mentions,
    }
}

/// (quote text, speaker name or "-", speaker words or "-", cue or "-", kind)
fn run(body: &str, entities: &[Entity]) -> Vec<(String, String, String, String, QuoteKind)> {
    let paras = paragraphs(body);
    find_quotes(body, &paras, &[], entities)
        .into_iter()
        .map(|q| {
            let words = |s: Option<Span>| s.map_or("-".to_string(), |s| s.text(body).to_string());
            (
                q.span.text(body).to_string(),
                q.speaker
                    .map_or("-".to_string(), |id| entities[id].name.clone()),
                words(q.speaker_span),
                words(q.cue),
                q.kind,
            )
        })
        .collect()
}

fn speakers(body: &str, entities: &[Entity]) -> Vec<String> {
    run(body, entities).into_iter().map(|q| q.1).collect()
}

#[test]
fn news_patterns_attribute_to_named_people() {
    let body = "“The bridge will open in May,” Dana Holt said.\n\n\
                “It will not,” said Omar Reyes, the city engineer.\n\n\
                Holt told reporters: “We have the money.”\n\n\
                Reyes said the plan was “a fantasy” and left.";
    let ents = [
        entity(
            body,
            "Dana Holt",
            EntityKind::Person,
            &["Dana Holt", "Holt"],
        ),
        entity(
            body,
            "Omar Reyes",
            EntityKind::Person,
            &["Omar Reyes", "Reyes"],
        ),
    ];
    let got = run(body, &ents);
    assert_eq!(
        speakers(body, &ents),
        ["Dana Holt", "Omar Reyes", "Dana Holt", "Omar Reyes"]
    );
    assert_eq!(got[0].2, "Dana Holt");
    assert_eq!(got[1].3, "said");
    assert_eq!(got[3].4, QuoteKind::Partial);
    assert_eq!(got[2].4, QuoteKind::Direct);
}

#[test]
fn pronouns_descriptions_and_continuations() {
    let body = "Officials are bracing for “a long winter,” according to the mayor.\n\n\
                Mayor Lena Brandt said the shelters were full. “We need beds. We need staff,” she said.\n\n\
                “Nobody planned for this.”\n\n\
                Pavel Novak, the fire chief, disagreed.\n\n\
                “We planned,” the chief said. “We were ignored.”";
    let ents = [
        entity(body, "Lena Brandt", EntityKind::Person, &["Lena Brandt"]),
        entity(body, "Pavel Novak", EntityKind::Person, &["Pavel Novak"]),
    ];
    let got = run(body, &ents);
    assert_eq!(
        speakers(body, &ents),
        [
            "Lena Brandt",
            "Lena Brandt",
            "Lena Brandt",
            "Pavel Novak",
            "Pavel Novak"
        ]
    );
    assert_eq!(got[0].2, "the mayor");
    assert_eq!(got[0].3, "according to");
    assert_eq!(got[1].2, "she");
}

#[test]
fn multi_paragraph_quote_shares_its_speaker() {
    let body = "“The river rose at night. We had minutes.\n\n\
                “By dawn the school was gone,” said Ines Ferro, a teacher.\n\n\
                The ‘flood plan’ was never tested.";
    let ents = [entity(
        body,
        "Ines Ferro",
        EntityKind::Person,
        &["Ines Ferro"],
    )];
    let got = run(body, &ents);
    assert_eq!(got.len(), 3);
    assert_eq!(got[0].0, "The river rose at night. We had minutes.");
    assert_eq!(speakers(body, &ents), ["Ines Ferro", "Ines Ferro", "-"]);
    assert_eq!(got[2].4, QuoteKind::Partial);
}

#[test]
fn unknown_speakers_stay_null() {
    let body =
        "The sign read “closed for repairs” all week.\n\n“Someone will pay,” a voice shouted.";
    let got = run(body, &[]);
    assert_eq!(speakers(body, &[]), ["-", "-"]);
    assert_eq!(got[1].3, "shouted");
}

#[test]
fn shared_surnames_map_to_the_right_person() {
    let body = "Anna Kovacs and her brother Peter Kovacs run the mill.\n\n\
                “We stay,” Anna Kovacs said. “We sell,” Peter Kovacs replied.";
    let ents = [
        entity(body, "Anna Kovacs", EntityKind::Person, &["Anna Kovacs"]),
        entity(body, "Peter Kovacs", EntityKind::Person, &["Peter Kovacs"]),
    ];
    assert_eq!(speakers(body, &ents), ["Anna Kovacs", "Peter Kovacs"]);
}

mod properties {
    use super::*;
    use proptest::prelude::*;

    /// Text from the characters quote pairing and attribution care about.
    fn quote_heavy() -> impl Strategy<Value = String> {
        let pieces = prop::sample::select(vec![
            "“",
            "”",
            "‘",
            "’",
            "\"",
            "'",
            " ",
            " ",
            "\n",
            "\n\n",
            ".",
            ",",
            ":",
            "—",
            "s",
            "n",
            "Ab",
            "Mr.",
            "said",
            "he",
            "the spokesman",
            "according to",
            "who",
            "é",
            "’90s",
            "Cara Lund",
            "told",
            "of",
            "9",
        ]);
        prop::collection::vec(pieces, 0..80).prop_map(|v| v.concat())
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(400))]

        #[test]
        fn quotes_are_ordered_inside_paragraphs_and_on_boundaries(body in quote_heavy()) {
            let paras = paragraphs(&body);
            let ents = [
                entity(&body, "Cara Lund", EntityKind::Person, &["Cara Lund", "Lund"]),
                entity(&body, "Ab", EntityKind::Organization, &["Ab"]),
            ];
            let quotes = find_quotes(&body, &paras, &[], &ents);
            let mut last = 0;
            for q in &quotes {
                prop_assert!(q.span.start >= last && q.span.start < q.span.end);
                prop_assert!(body.is_char_boundary(q.span.start) && body.is_char_boundary(q.span.end));
                prop_assert!(paras.iter().any(|p| p.start <= q.span.start && q.span.end <= p.end));
                for s in [q.speaker_span, q.cue].into_iter().flatten() {
                    prop_assert!(body.is_char_boundary(s.start) && body.is_char_boundary(s.end));
                    prop_assert!(s.start < s.end && s.end <= body.len());
                }
                prop_assert!(q.speaker.is_none_or(|id| id < ents.len()));
                last = q.span.end;
            }
        }
    }
}

#[test]
fn organisations_speak_through_descriptions_and_documents() {
    let body = "The Harbour Ministry of Transport blamed the unions. “The offer stands,” the \
                ministry said.\n\n\
                Talks were run by the Coastal Freight Board. According to a statement from the \
                board, a deal “cannot come before May.”\n\n\
                Brightway Freight said it was ready. “We have waited long enough,” the company said.\n\n\
                In a statement, Holt’s office said: “She will travel on Monday.”";
    let ents = [
        entity(
            body,
            "Harbour Ministry of Transport",
            EntityKind::Organization,
            &["Harbour Ministry of Transport"],
        ),
        entity(
            body,
            "Coastal Freight Board",
            EntityKind::Organization,
            &["Coastal Freight Board"],
        ),
        entity(
            body,
            "Brightway Freight",
            EntityKind::Organization,
            &["Brightway Freight"],
        ),
        entity(body, "Dana Holt", EntityKind::Person, &["Holt"]),
    ];
    assert_eq!(
        speakers(body, &ents),
        [
            "Harbour Ministry of Transport",
            "Coastal Freight Board",
            "Brightway Freight",
            "-"
        ]
    );
}

#[test]
fn fragments_pronouns_and_next_sentence_speakers() {
    let body = "Judge Ann Kerr sentenced Tom Bale. In her ruling, the judge said it was \
                “reckless.” She added that he had “no remorse” and showed “no shame.”\n\n\
                “Nobody warned us.” Mara Lind says this quietly, by the window.";
    let ents = [
        entity(body, "Ann Kerr", EntityKind::Person, &["Judge Ann Kerr"]),
        entity(body, "Tom Bale", EntityKind::Person, &["Tom Bale"]),
        entity(body, "Mara Lind", EntityKind::Person, &["Mara Lind"]),
    ];
    assert_eq!(
        speakers(body, &ents),
        ["Ann Kerr", "Ann Kerr", "Ann Kerr", "Mara Lind"]
    );
}

#[test]
fn bare_quote_goes_to_the_one_person_its_paragraph_named() {
    let body = "Asked about her plans, Nadia Reyes laughed. “Listen to music.”\n\n\
                Tom Bale met Ann Kerr. “It went well.”";
    let ents = [
        entity(body, "Nadia Reyes", EntityKind::Person, &["Nadia Reyes"]),
        entity(body, "Tom Bale", EntityKind::Person, &["Tom Bale"]),
        entity(body, "Ann Kerr", EntityKind::Person, &["Ann Kerr"]),
    ];
    assert_eq!(speakers(body, &ents), ["Nadia Reyes", "-"]);
}

#[test]
fn a_fragment_does_not_lend_its_speaker_to_the_next_paragraph() {
    let body = "The Port Board called the delay ‘a matter for the builder’.\n\n\
                ‘I have no idea how I will get to work.’\n\n\
                Kim Lo, a nurse, said the ferry was her only way in.";
    let ents = [
        entity(
            body,
            "Port Board",
            EntityKind::Organization,
            &["Port Board"],
        ),
        entity(body, "Kim Lo", EntityKind::Person, &["Kim Lo"]),
    ];
    // Not the Port Board's: the next paragraph names its speaker (`Kim Lo, a nurse, said`).
    assert_eq!(speakers(body, &ents), ["Port Board", "Kim Lo"]);
    // After a quoted clause, the lone quote goes on with that speaker instead.
    let body = "“The delay is the builder’s,” Kim Lo said.\n\n\
                “I have no idea how I will get to work.”\n\n\
                Ana Ruiz, a nurse, said the ferry was her only way in.";
    let ents = [
        entity(body, "Kim Lo", EntityKind::Person, &["Kim Lo"]),
        entity(body, "Ana Ruiz", EntityKind::Person, &["Ana Ruiz"]),
    ];
    assert_eq!(speakers(body, &ents), ["Kim Lo", "Kim Lo"]);
}

#[test]
fn the_known_sample_patterns() {
    // A prepositional phrase after a fragment is no inverted attribution.
    let body = "Kai Moss said the rules required “prior consent” with local owners, and that no \
                permit would be issued before the survey had reported.";
    let ents = [entity(body, "Kai Moss", EntityKind::Person, &["Kai Moss"])];
    let got = run(body, &ents);
    assert_eq!((got[0].1.as_str(), got[0].3.as_str()), ("Kai Moss", "said"));
    // A pronoun subject of a coordinated speech verb resolves to the latest fitting person.
    let body = "Mr. Ivo Tan was calm. Standing by the gate, he pointed at the field and said: \
                “This was all forest once.”";
    let ents = [entity(body, "Ivo Tan", EntityKind::Person, &["Ivo Tan"])];
    assert_eq!(speakers(body, &ents), ["Ivo Tan"]);
    // `X, a long aside, noted that … “…”`.
    let body = "Dr. Lea Ross, a chemist at the Institute of Soil & Water who is not involved, \
                noted that yields “often fall in dry years.”";
    let ents = [entity(body, "Lea Ross", EntityKind::Person, &["Lea Ross"])];
    assert_eq!(speakers(body, &ents), ["Lea Ross"]);
}

#[test]
fn round_two_patterns_from_us_wire_and_agencies() {
    let body = "The plan’s author, Sen. Ann Cole, D-Ohio, said critics were “stalling.”\n\n\
                The Guild of Master Bakers, the trade’s lobby, said in a statement that the tax \
                “would close small shops.”\n\n\
                Ferrow Docks Ltd. called the union’s demands “unrealistic.”";
    let ents = [
        entity(body, "Ann Cole", EntityKind::Person, &["Ann Cole"]),
        entity(
            body,
            "Guild of Master Bakers",
            EntityKind::Organization,
            &["Guild of Master Bakers"],
        ),
        entity(
            body,
            "Ferrow Docks Ltd.",
            EntityKind::Organization,
            &["Ferrow Docks Ltd."],
        ),
    ];
    let found = run(body, &ents);
    assert_eq!(found[0].1, "Ann Cole");
    assert_eq!(found[1].1, "Guild of Master Bakers");
    assert_eq!(found[2].1, "Ferrow Docks Ltd.");
    assert_eq!(found[2].3, "called");
    assert_eq!(found[2].4, QuoteKind::Partial);
}

#[test]
fn agencies_and_offices_by_their_description() {
    let body = "The Coastal Weather Service issued a warning. “Stay inland,” the agency said.\n\n\
                The Dunmore County Harbour Office closed the quay. “Nobody sails,” the harbour \
                office said.";
    let ents = [
        entity(
            body,
            "Coastal Weather Service",
            EntityKind::Organization,
            &["Coastal Weather Service"],
        ),
        entity(
            body,
            "Dunmore County Harbour Office",
            EntityKind::Organization,
            &["Dunmore County Harbour Office"],
        ),
    ];
    assert_eq!(
        speakers(body, &ents),
        ["Coastal Weather Service", "Dunmore County Harbour Office"]
    );
}

#[test]
fn speakers_named_after_the_quote() {
    let body = "“The bridge will not last another winter.”\n\n\
                The words came from Ida Brook, an engineer.\n\n\
                “We grew up on this river.” That was Tom Hale, a boatman.\n\n\
                “The fish will return.” Lena Sato, a biologist with the trust, said the weir \
                should go.";
    let ents = [
        entity(body, "Ida Brook", EntityKind::Person, &["Ida Brook"]),
        entity(body, "Tom Hale", EntityKind::Person, &["Tom Hale"]),
        entity(body, "Lena Sato", EntityKind::Person, &["Lena Sato"]),
    ];
    assert_eq!(
        speakers(body, &ents),
        ["Ida Brook", "Tom Hale", "Lena Sato"]
    );
}

#[test]
fn a_bare_quote_after_a_pronoun_subject_needs_one_candidate() {
    let one = "The historian Paul Amis studied the letters.\n\n\
               He pauses over a page. “Look at this line.”";
    let ents = [entity(one, "Paul Amis", EntityKind::Person, &["Paul Amis"])];
    assert_eq!(speakers(one, &ents), ["Paul Amis"]);
    // Two people the pronoun could mean: unknown.
    let two = "Paul Amis met Ivo Berg at the archive.\n\n\
               He pauses over a page. “Look at this line.”";
    let ents = [
        entity(two, "Paul Amis", EntityKind::Person, &["Paul Amis"]),
        entity(two, "Ivo Berg", EntityKind::Person, &["Ivo Berg"]),
    ];
    assert_eq!(speakers(two, &ents), ["-"]);
}

#[test]
fn judges_rule_and_critics_dismiss() {
    let body = "Judge Mara Quist ruled that the firm had “ignored every warning.”\n\n\
                Omar Reyes dismissed the answer as “a rehearsed apology.”";
    let ents = [
        entity(
            body,
            "Mara Quist",
            EntityKind::Person,
            &["Judge Mara Quist"],
        ),
        entity(body, "Omar Reyes", EntityKind::Person, &["Omar Reyes"]),
    ];
    let found = run(body, &ents);
    assert_eq!(
        (found[0].1.as_str(), found[0].3.as_str()),
        ("Mara Quist", "ruled")
    );
    assert_eq!(
        (found[1].1.as_str(), found[1].3.as_str()),
        ("Omar Reyes", "dismissed")
    );
    assert_eq!(found[1].4, QuoteKind::Partial);
}

#[test]
fn a_plural_closing_single_quote_does_not_swallow_the_next_quote() {
    let body = "She said the firm had promised 'no compulsory redundancies' only last spring. \
                'That promise lasted a year,' she said.";
    let found = run(body, &[]);
    assert_eq!(found.len(), 2);
    assert_eq!(found[0].0, "no compulsory redundancies");
    assert_eq!(found[1].0, "That promise lasted a year,");
}

#[test]
fn a_bare_quote_after_the_same_pronoun_keeps_its_speaker() {
    let body = "His daughter, Ana Lind, spoke to us.\n\n\
                “He was brave,” she said.\n\n\
                She said the family was overwhelmed. “People left flowers.”";
    let ents = [entity(body, "Ana Lind", EntityKind::Person, &["Ana Lind"])];
    assert_eq!(speakers(body, &ents), ["Ana Lind", "Ana Lind"]);
    // Someone named in between, even someone the pronoun does not fit: unknown.
    let body = "His daughter, Ana Lind, spoke to us.\n\n\
                “He was brave,” she said. Mr. Eva Roux agreed.\n\n\
                She said the family was overwhelmed. “People left flowers.”";
    let ents = [
        entity(body, "Ana Lind", EntityKind::Person, &["Ana Lind"]),
        entity(body, "Eva Roux", EntityKind::Person, &["Eva Roux"]),
    ];
    assert_eq!(speakers(body, &ents), ["Ana Lind", "-"]);
}

#[test]
fn a_role_qualified_by_a_name_is_the_one_person_named_before_it() {
    let body = "Ida Lund was substituted early. “I felt it go,” the Harlow striker said.\n\n\
                Asked about the final, the striker smiled. “I will be there.”";
    let ents = [entity(body, "Ida Lund", EntityKind::Person, &["Ida Lund"])];
    assert_eq!(speakers(body, &ents), ["Ida Lund", "Ida Lund"]);
    // Two people named before the role: unknown.
    let body = "Ida Lund fouled Eva Roux. “I felt it go,” the Harlow striker said.";
    let ents = [
        entity(body, "Ida Lund", EntityKind::Person, &["Ida Lund"]),
        entity(body, "Eva Roux", EntityKind::Person, &["Eva Roux"]),
    ];
    assert_eq!(speakers(body, &ents), ["-"]);
}

#[test]
fn a_reported_fragment_goes_on_into_a_quote_paragraph_but_a_label_does_not() {
    let body = "Mira Holt, 61, farms above the lake. She said the offer was “less than a cow.”\n\n\
                “Nobody has shown us where we would live. I will not sign.”\n\n\
                The ministry called the plan “a matter for the operator.”\n\n\
                “We are ready to talk,” a union steward said.\n\n\
                “Our doors are open.”";
    let e = [entity(
        body,
        "Mira Holt",
        EntityKind::Person,
        &["Mira Holt"],
    )];
    let q = run(body, &e);
    assert_eq!(q[0].1, "Mira Holt");
    assert_eq!((q[1].1.as_str(), q[1].4), ("Mira Holt", QuoteKind::Direct));
    // The label's paragraph passes nothing on; the steward's does (to the words, no entity).
    assert_eq!(q[2].3, "called");
    assert_eq!(q[3].2, "a union steward");
    assert_eq!(q[4].2, "a union steward");
}

// The fifth blind set: a pronoun subject carried over, a subjectless participle, a quote-only
// paragraph after the paragraph that introduces its speaker.

#[test]
fn a_pronoun_goes_on_meaning_the_subject_of_the_sentence_that_named_someone_else() {
    let body = "Omar Reyes was named man of the match. He dedicated the win to the kit man, \
                Dan Ferris, who retired in May.\n\n“He never missed a day,” he said.";
    let ents = [
        entity(body, "Omar Reyes", EntityKind::Person, &["Omar Reyes"]),
        entity(body, "Dan Ferris", EntityKind::Person, &["Dan Ferris"]),
    ];
    assert_eq!(speakers(body, &ents), ["Omar Reyes"]);
    // Without the pronoun opening that sentence, the latest person is meant.
    let body = "Omar Reyes was named man of the match. The club thanked Dan Ferris, who \
                retired in May.\n\n“I never missed a day,” he said.";
    let ents = [
        entity(body, "Omar Reyes", EntityKind::Person, &["Omar Reyes"]),
        entity(body, "Dan Ferris", EntityKind::Person, &["Dan Ferris"]),
    ];
    assert_eq!(speakers(body, &ents), ["Dan Ferris"]);
}

#[test]
fn a_quote_only_paragraph_goes_to_the_subject_the_paragraph_before_opens_with() {
    let body = "Professor Ines Varga, who led the study at the institute, described the moment \
                the team met Dr. Paul Lind.\n\n“We had a bet that it would fail.”\n\n\
                “It did not.”";
    let ents = [
        entity(body, "Ines Varga", EntityKind::Person, &["Ines Varga"]),
        entity(body, "Paul Lind", EntityKind::Person, &["Paul Lind"]),
    ];
    assert_eq!(speakers(body, &ents), ["Ines Varga", "Ines Varga"]);
    // Not when the quote's paragraph holds more than the quote.
    let body = "Professor Ines Varga led the study.\n\n“We had a bet.” The court heard it twice.";
    let ents = [entity(
        body,
        "Ines Varga",
        EntityKind::Person,
        &["Ines Varga"],
    )];
    assert_eq!(speakers(body, &ents), ["-"]);
    // Not when the paragraph before opens with something else.
    let body = "On Monday the board met Dr. Paul Lind.\n\n“We had a bet that it would fail.”";
    let ents = [entity(
        body,
        "Paul Lind",
        EntityKind::Person,
        &["Paul Lind"],
    )];
    assert_eq!(speakers(body, &ents), ["-"]);
}

#[test]
fn a_participle_cue_without_a_subject_keeps_the_speaker_of_its_sentence() {
    let body = "Dana Holt said she would rest. “One day,” she said, before adding: “Maybe two.”";
    let ents = [entity(
        body,
        "Dana Holt",
        EntityKind::Person,
        &["Dana Holt"],
    )];
    assert_eq!(speakers(body, &ents), ["Dana Holt", "Dana Holt"]);
}

#[test]
fn a_pronoun_skips_a_person_whose_given_name_does_not_fit_it() {
    let body = "Margit Olsen opened the kiln while her neighbour Jonas Berg watched.\n\n\
                “It never gets old,” she said.";
    let ents = [
        entity(body, "Margit Olsen", EntityKind::Person, &["Margit Olsen"]),
        entity(body, "Jonas Berg", EntityKind::Person, &["Jonas Berg"]),
    ];
    assert_eq!(speakers(body, &ents), ["Margit Olsen"]);
}

#[test]
fn but_said_and_a_participle_aside_keep_the_subject() {
    let body = "Mayor Ana Ruiz praised the plan but said families were “still struggling” now.\n\n\
                Governor Tom Hale, speaking in Millbrook, said the state was “ready to help.”";
    let ents = [
        entity(body, "Ana Ruiz", EntityKind::Person, &["Ana Ruiz"]),
        entity(body, "Tom Hale", EntityKind::Person, &["Tom Hale"]),
        entity(body, "Millbrook", EntityKind::Place, &["Millbrook"]),
    ];
    assert_eq!(speakers(body, &ents), ["Ana Ruiz", "Tom Hale"]);
}

#[test]
fn the_nationality_noun_of_a_named_person_speaks_for_them() {
    let body = "City manager Pep Ruiz declined to comment. Asked about the result, the Spaniard \
                said: “We played well.”\n\nAsked again, the French said: “Non.”";
    let ents = [
        entity(body, "Pep Ruiz", EntityKind::Person, &["Pep Ruiz"]),
        entity(body, "Spaniard", EntityKind::Group, &["Spaniard"]),
        entity(body, "French", EntityKind::Group, &["French"]),
    ];
    assert_eq!(speakers(body, &ents), ["Pep Ruiz", "French"]);
}

#[test]
fn a_plural_role_in_the_lede_is_nobody_the_next_paragraphs_quote() {
    let body = "A deputy was convicted on Friday, a verdict that prosecutors called “a measure of \
                justice.”\n\n“Nothing will bring him back,” his mother, Denise Hall, said.";
    let ents = [entity(
        body,
        "Denise Hall",
        EntityKind::Person,
        &["Denise Hall"],
    )];
    assert_eq!(speakers(body, &ents), ["-", "Denise Hall"]);
}

#[test]
fn a_participle_label_speaks_for_the_subject_past_an_opening_phrase() {
    let body = "Ruth Amadi of Kestrel Bank was upbeat, calling the figures “a blip.”\n\n\
                In Lagos, the state broadcaster Radio Ekun opened its bulletin with the vote, \
                calling it “a new dawn.”";
    let ents = [
        entity(body, "Ruth Amadi", EntityKind::Person, &["Ruth Amadi"]),
        entity(
            body,
            "Radio Ekun",
            EntityKind::Organization,
            &["Radio Ekun"],
        ),
    ];
    assert_eq!(speakers(body, &ents), ["Ruth Amadi", "Radio Ekun"]);
}

#[test]
fn a_split_quote_resumes_past_a_participle_aside_and_a_reported_tail() {
    let body = "“We were,” Cole said, smiling at the room, “lucky in the end.”\n\n\
                The second goal killed us, he said. “We switched off” — he shook his head — \
                “and paid for it.”";
    let ents = [entity(body, "Max Cole", EntityKind::Person, &["Cole"])];
    let found = run(body, &ents);
    assert_eq!(found[1].4, QuoteKind::Direct);
    assert!(found.iter().all(|q| q.1 == "Max Cole"), "{found:?}");
}

#[test]
fn a_described_speaker_with_an_apposed_name_is_that_name() {
    let body = "“We need rain,” Kenya’s minister of agriculture, Joseph Mwangi, said.\n\n\
                “The dams are low,” the minister said.\n\n\
                Deputy Minister Ann Ruto said talks would go on.";
    let ents = [
        entity(
            body,
            "Joseph Mwangi",
            EntityKind::Person,
            &["Joseph Mwangi"],
        ),
        entity(body, "Ann Ruto", EntityKind::Person, &["Ann Ruto"]),
    ];
    assert_eq!(speakers(body, &ents), ["Joseph Mwangi", "Joseph Mwangi"]);
}

#[test]
fn an_organisation_speaks_by_its_possessive_short_name_and_its_head_noun() {
    let body = "Visits to St. Mary’s Hospital were cut on Monday.\n\n\
                Staff were moved.\n\nBeds were closed.\n\nWards were shut.\n\n\
                In a letter, St. Mary’s said that “visits are suspended.”\n\n\
                “We are coping,” the hospital said.";
    let ents = [entity(
        body,
        "St. Mary’s Hospital",
        EntityKind::Organization,
        &["St. Mary’s Hospital"],
    )];
    assert_eq!(
        speakers(body, &ents),
        ["St. Mary’s Hospital", "St. Mary’s Hospital"]
    );
}

#[test]
fn a_label_in_the_writers_apposition_is_its_own_subjects() {
    let body = "Ana Reis promised a levy on sugar, a plan Tom Lowe had called “a tax on joy.”";
    let ents = [
        entity(body, "Ana Reis", EntityKind::Person, &["Ana Reis"]),
        entity(body, "Tom Lowe", EntityKind::Person, &["Tom Lowe"]),
    ];
    assert_eq!(speakers(body, &ents), ["Tom Lowe"]);
}
