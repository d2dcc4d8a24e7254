//! Unit tests, on invented sentences, for the rules that the second blind set prompted: hyphenated
//! Korean given names, version numbers and known products, festivals, eponymous illnesses, possessive
//! splits, "called" descriptors, short forms and translated acronyms; and those the third blind set
//! prompted: quoted titles of works, ranks, group plurals, "X, or ACRONYM"; and the fourth: post-nominals,
//! party-state tags, trade nouns, unknown demonyms, one-word titles such as "MP"; and the fifth: a
//! lower-case "plc", wire credit lines.

use super::tests::entities;
use super::EntityKind;

fn kind_of(e: &[(String, EntityKind, Vec<&str>)], mention: &str) -> Option<EntityKind> {
    e.iter().find(|x| x.2.contains(&mention)).map(|x| x.1)
}

#[test]
fn a_hyphenated_given_name_with_a_lower_case_syllable_is_whole() {
    let body =
        "The surgeon, Dr. Yoon Ha-neul, operated twice. Yoon said the Busan-based clinic was full.";
    let e = entities(body);
    assert_eq!(e[0].2, ["Dr. Yoon Ha-neul", "Yoon"]);
    assert_eq!(e[0].1, EntityKind::Person);
    assert!(e.iter().any(|x| x.2.contains(&"Busan")));
}

#[test]
fn version_numbers_and_camel_case_names_are_products() {
    let body = "Trellis released Notely 3.1 for iOS on Friday. Notely 3.1 fixes a sync bug.";
    let e = entities(body);
    assert_eq!(kind_of(&e, "Notely 3.1"), Some(EntityKind::Other));
    assert_eq!(kind_of(&e, "iOS"), Some(EntityKind::Other));
}

#[test]
fn festivals_are_other_and_eponymous_illnesses_no_names() {
    let body = "Families in Leeds marked Diwali on Sunday. Doctors at Leeds General Infirmary \
                    said Parkinson's disease cases had risen.";
    let e = entities(body);
    assert_eq!(kind_of(&e, "Diwali"), Some(EntityKind::Other));
    assert!(!e.iter().any(|x| x.2.contains(&"Parkinson")));
}

#[test]
fn a_known_place_before_a_possessive_stays_apart() {
    let body = "Officials said Norway's Ministry of Fisheries would decide.";
    let e = entities(body);
    assert_eq!(kind_of(&e, "Norway"), Some(EntityKind::Place));
    assert_eq!(
        kind_of(&e, "Ministry of Fisheries"),
        Some(EntityKind::Organization)
    );
}

#[test]
fn a_product_named_after_called_is_other() {
    let body = "The firm makes a nasal spray vaccine called Brevimune in Lyon.";
    let e = entities(body);
    assert_eq!(kind_of(&e, "Brevimune"), Some(EntityKind::Other));
}

#[test]
fn a_short_form_and_a_foreign_acronym_join_their_full_names() {
    let body = "The Ministry of Fisheries and Coastal Affairs set new quotas. A Fisheries Ministry \
                    official said the catch fell. The National Institute for Water Safety (INAS) agreed, \
                    and INAS will publish data.";
    let e = entities(body);
    let ministry = e
        .iter()
        .find(|x| x.2.contains(&"Fisheries Ministry"))
        .unwrap();
    assert_eq!(ministry.0, "Ministry of Fisheries and Coastal Affairs");
    let board = e.iter().find(|x| x.2.contains(&"INAS")).unwrap();
    assert_eq!(board.2[0], "National Institute for Water Safety");
}

#[test]
fn a_quoted_title_case_span_is_a_work() {
    let body = "The choir closed with \"Lanterns over the Marsh\", a hymn by Pell Ardent. \
                Critics preferred “The Quiet Orchard” to it.";
    let e = entities(body);
    assert_eq!(
        kind_of(&e, "Lanterns over the Marsh"),
        Some(EntityKind::Other)
    );
    assert_eq!(kind_of(&e, "The Quiet Orchard"), Some(EntityKind::Other));
    assert!(kind_of(&e, "Marsh").is_none());
}

#[test]
fn quoted_speech_and_quoted_sentences_are_no_titles() {
    let body = "\"Thank You Both,\" said Mara Vint. \"We waited for the rain,\" she added.";
    let e = entities(body);
    assert!(kind_of(&e, "Thank You Both").is_none());
    assert!(e.iter().all(|x| x.1 != EntityKind::Other));
}

#[test]
fn a_group_plural_and_singular_are_one_group() {
    for (body, want) in [
        (
            "Many Estonians voted early. One Estonian said the queue was short.",
            ["Estonians", "Estonian"],
        ),
        (
            "An Estonian voted early, as did most Estonians in the town.",
            ["Estonian", "Estonians"],
        ),
    ] {
        let e = entities(body);
        let g: Vec<_> = e.iter().filter(|x| x.1 == EntityKind::Group).collect();
        assert_eq!(g.len(), 1, "{e:?}");
        assert_eq!(g[0].2, want);
    }
}

#[test]
fn an_acronym_offered_after_or_is_an_alias() {
    let body = "The Harbour Pilots Guild, or HPG, met on Monday. The HPG said fees would rise.";
    let e = entities(body);
    assert_eq!(e[0].2, ["Harbour Pilots Guild", "HPG", "HPG"]);
    assert_eq!(e[0].1, EntityKind::Organization);
}

#[test]
fn ranks_written_short_or_hyphenated_stay_out_of_the_name() {
    let body = "Brig. Gen. Orhan Telli spoke first. Under-Secretary-General Lise Varga replied, \
                and Secretary-General Piet Adler closed.";
    let e = entities(body);
    assert_eq!(kind_of(&e, "Orhan Telli"), Some(EntityKind::Person));
    assert_eq!(kind_of(&e, "Piet Adler"), Some(EntityKind::Person));
    assert!(kind_of(&e, "Brig").is_none());
}

#[test]
fn an_honorific_outweighs_a_place_ending() {
    let body = "Its chairman, Dr. Colm Abbey, said the harvest was late. Ms. Orla Lane agreed.";
    let e = entities(body);
    assert_eq!(kind_of(&e, "Dr. Colm Abbey"), Some(EntityKind::Person));
    assert_eq!(kind_of(&e, "Ms. Orla Lane"), Some(EntityKind::Person));
}

#[test]
fn where_a_person_named_with_an_age_lives_is_a_place() {
    let body = "Tobin Marsh, 41, of Eastholm, was charged. Lights will run along Coppergate.";
    let e = entities(body);
    assert_eq!(kind_of(&e, "Eastholm"), Some(EntityKind::Place));
    assert_eq!(kind_of(&e, "Coppergate"), Some(EntityKind::Place));
}

#[test]
fn an_elided_particle_joins_a_name() {
    let body = "Growers crossed into Côte d'Ivoire on Monday. The Val d’Orsenne resort closed.";
    let e = entities(body);
    assert_eq!(kind_of(&e, "Côte d'Ivoire"), Some(EntityKind::Place));
    assert!(e.iter().any(|x| x.2.contains(&"Val d’Orsenne")));
}

#[test]
fn a_sentence_initial_role_noun_is_no_part_of_the_name() {
    let body = "The set was loud. Guitarist Ines Varro said the tour would go on.";
    let e = entities(body);
    assert_eq!(kind_of(&e, "Ines Varro"), Some(EntityKind::Person));
    assert!(kind_of(&e, "Guitarist Ines Varro").is_none());
}

#[test]
fn a_sentence_initial_word_described_after_a_comma_is_a_name() {
    let body = "Marks fell again. Examra, the exams regulator, said it would publish a review.";
    let e = entities(body);
    assert_eq!(kind_of(&e, "Examra"), Some(EntityKind::Organization));
}

#[test]
fn a_run_ending_in_a_title_names_an_office() {
    let body = "The Dutch Fisheries Minister, Hanna Vos, spoke. The Transport Secretary said no.";
    let e = entities(body);
    assert_eq!(kind_of(&e, "Dutch"), Some(EntityKind::Group));
    assert_eq!(kind_of(&e, "Hanna Vos"), Some(EntityKind::Person));
    assert!(kind_of(&e, "Dutch Fisheries Minister").is_none());
    assert!(kind_of(&e, "Transport Secretary").is_none());
}

#[test]
fn an_airline_code_after_flight_is_no_name() {
    let body = "Flight KQ 310 to Nairobi left late, and flight LX 22 was cancelled.";
    let e = entities(body);
    assert!(kind_of(&e, "KQ").is_none());
    assert!(kind_of(&e, "LX").is_none());
    assert_eq!(kind_of(&e, "Nairobi"), Some(EntityKind::Place));
}

#[test]
fn a_headline_may_end_with_a_quoted_title() {
    let body = "Review: The Marl Sisters Go Quiet on \"Paper Boats\"\n\nThe Marl Sisters \
                return with a hushed record.";
    let e = entities(body);
    assert!(kind_of(&e, "The Marl Sisters Go Quiet").is_none());
    assert_eq!(kind_of(&e, "Paper Boats"), Some(EntityKind::Other));
}

#[test]
fn headline_words_vouched_by_the_body_keep_their_place_word_and_acronyms() {
    let body = "Crowds Return to Stonegate Market as KVR Trains Run Again\n\nTraders in \
                Stonegate said the KVR line had reopened.";
    let e = entities(body);
    assert_eq!(kind_of(&e, "Stonegate Market"), Some(EntityKind::Place));
    let kvr = e.iter().find(|x| x.0 == "KVR").expect("KVR");
    assert_eq!(kvr.2, ["KVR", "KVR"]);
    // The market is named after the street; they stay apart.
    assert!(e.iter().any(|x| x.2 == ["Stonegate"]));
}

#[test]
fn a_possessive_runs_through_one_known_word_into_an_institution_word() {
    let body = "Pupils at St Brannoc's Catholic Academy in Wexcombe celebrated.";
    let e = entities(body);
    assert_eq!(
        kind_of(&e, "St Brannoc's Catholic Academy"),
        Some(EntityKind::Organization)
    );
}

#[test]
fn a_possessive_title_word_and_a_trailing_place_make_an_institution() {
    let body = "She will study law at Queen's College Belfast next year.";
    let e = entities(body);
    assert_eq!(
        kind_of(&e, "Queen's College Belfast"),
        Some(EntityKind::Organization)
    );
}

#[test]
fn a_relative_clause_after_a_place_is_about_someone_else() {
    let body = "The prize went to Ama Osei of a school in Tarnwick, who read her poem aloud.";
    let e = entities(body);
    assert_eq!(kind_of(&e, "Tarnwick"), Some(EntityKind::Place));
    let body = "The party's candidate in Oskarby, the former diplomat Lene Strand, won the \
                Hallaby seat.";
    let e = entities(body);
    assert_eq!(kind_of(&e, "Oskarby"), Some(EntityKind::Place));
    assert_eq!(kind_of(&e, "Hallaby"), Some(EntityKind::Place));
}

#[test]
fn an_ordinal_belongs_to_a_unit_name() {
    let body = "The 41st Mountain Brigade left the valley on Monday.";
    let e = entities(body);
    assert_eq!(
        kind_of(&e, "41st Mountain Brigade"),
        Some(EntityKind::Organization)
    );
}

#[test]
fn a_language_is_no_entity_but_a_nationality_is() {
    let body = "Vera Holm writes in Danish and Swedish, and speaks Dari. Danish ports stayed shut.";
    let e = entities(body);
    let danish = e.iter().find(|x| x.0 == "Danish").expect("Danish ports");
    assert_eq!(danish.2, ["Danish"]);
    assert!(kind_of(&e, "Swedish").is_none());
    assert!(kind_of(&e, "Dari").is_none());
}

#[test]
fn a_bracketed_creed_completes_a_party_and_a_centre_takes_for() {
    let body = "Leaders of the Workers Party of Nordland (Maoist) met experts from the Centre \
                for Coastal Studies on Friday.";
    let e = entities(body);
    assert_eq!(
        kind_of(&e, "Workers Party of Nordland (Maoist)"),
        Some(EntityKind::Organization)
    );
    assert_eq!(
        kind_of(&e, "Centre for Coastal Studies"),
        Some(EntityKind::Organization)
    );
}

#[test]
fn a_common_first_word_vouched_for_mid_sentence_stays_in_the_name() {
    let body = "Long Acre Park will open at dawn. Stalls line the road between Harringay \
                and Long Acre all week.";
    let e = entities(body);
    assert_eq!(kind_of(&e, "Long Acre Park"), Some(EntityKind::Place));
    let body = "Long Acre Park will open at dawn. Stalls line the road all week.";
    let e = entities(body);
    assert!(kind_of(&e, "Long Acre Park").is_none());
}

#[test]
fn an_unknown_word_hyphened_to_a_country_is_a_body() {
    let body = "Forecasters at Clima-Portugal warned of storms across the Indo-Pacific region.";
    let e = entities(body);
    assert_eq!(
        kind_of(&e, "Clima-Portugal"),
        Some(EntityKind::Organization)
    );
    assert_ne!(kind_of(&e, "Indo-Pacific"), Some(EntityKind::Organization));
}

#[test]
fn a_foreign_article_opens_no_persons_name() {
    let body = "Tonight Los Perros Azules return to the Olympia.";
    let e = entities(body);
    assert_eq!(
        kind_of(&e, "Los Perros Azules"),
        Some(EntityKind::Organization)
    );
}

#[test]
fn a_laws_year_is_part_of_its_name() {
    let body = "The council broke the Harbour Safety Act 2019 when it closed the quay.";
    let e = entities(body);
    assert_eq!(
        kind_of(&e, "Harbour Safety Act 2019"),
        Some(EntityKind::Other)
    );
}

#[test]
fn possessives_keep_their_owner_apart_and_ordinals_open_streets() {
    let body = "Voters backed Halvorsen's Liberal Party again. Crowds filled 14th Street.";
    let e = entities(body);
    assert!(kind_of(&e, "Halvorsen's Liberal Party").is_none());
    assert_eq!(kind_of(&e, "14th Street"), Some(EntityKind::Place));
}

// Rules the fourth blind set prompted.

#[test]
fn a_post_nominal_closes_a_persons_name_inside_the_mention() {
    let body = "For the families, Orla Deasy SC told the tribunal the shelling was deliberate. \
                A chemist, Ravi Menon PhD, disagreed, as did Colm Breen KC. Deasy sat down.";
    let e = entities(body);
    let deasy = e
        .iter()
        .find(|x| x.2.contains(&"Orla Deasy SC"))
        .expect("Deasy");
    assert_eq!(
        (deasy.0.as_str(), deasy.1),
        ("Orla Deasy", EntityKind::Person)
    );
    assert!(deasy.2.contains(&"Deasy"));
    assert_eq!(kind_of(&e, "Ravi Menon PhD"), Some(EntityKind::Person));
    assert_eq!(kind_of(&e, "Colm Breen KC"), Some(EntityKind::Person));
    // "the Bolton MP" is an office, not a name with a post-nominal.
    let e = entities("The Bolton North MP said little.");
    assert!(!e.iter().any(|x| x.1 == EntityKind::Person));
}

#[test]
fn esquire_after_a_comma_is_no_name() {
    let body = "The tenants' lawyer, Carmen Ruiz, Esq., filed the motion.";
    let e = entities(body);
    assert_eq!(kind_of(&e, "Carmen Ruiz"), Some(EntityKind::Person));
    assert!(!e.iter().any(|x| x.2.iter().any(|m| m.contains("Esq"))));
}

#[test]
fn party_and_state_tags_are_no_names() {
    let body = "Sen. Alma Dorsey, D-N.Y., and Rep. Curt Vance (R-Kan.) wrote to the agency.";
    let e = entities(body);
    assert_eq!(kind_of(&e, "Sen. Alma Dorsey"), Some(EntityKind::Person));
    assert_eq!(kind_of(&e, "Rep. Curt Vance"), Some(EntityKind::Person));
    assert_eq!(e.len(), 2, "{e:?}");
}

#[test]
fn a_trade_noun_last_makes_a_business() {
    let body = "Lorries from Westmoor Transport blocked the lane outside Pellegrin Jewelers, \
                and Ostby Bakery closed early.";
    let e = entities(body);
    assert_eq!(
        kind_of(&e, "Westmoor Transport"),
        Some(EntityKind::Organization)
    );
    assert_eq!(
        kind_of(&e, "Pellegrin Jewelers"),
        Some(EntityKind::Organization)
    );
    assert_eq!(kind_of(&e, "Ostby Bakery"), Some(EntityKind::Organization));
}

#[test]
fn unknown_demonyms_before_a_noun_or_as_plurals_are_groups() {
    let body = "Talks resumed after Trevanian troops left the valley. The Trevanian envoy met the \
                Ossarese foreign minister, and the Trevanians offered a truce. Some 4,000 ethnic \
                Qarvani herders live there, and two Qarvani villages were shelled.";
    let e = entities(body);
    assert_eq!(kind_of(&e, "Trevanian"), Some(EntityKind::Group));
    assert_eq!(kind_of(&e, "Trevanians"), Some(EntityKind::Group));
    assert_eq!(kind_of(&e, "Ossarese"), Some(EntityKind::Group));
    assert_eq!(kind_of(&e, "Qarvani"), Some(EntityKind::Group));
    // A surname ending in "-i" after a role stays a person; a trade noun stays no group.
    let e = entities("The striker Paolo Bellini scored twice. Coach Bellini praised him.");
    assert_eq!(kind_of(&e, "Paolo Bellini"), Some(EntityKind::Person));
    let e = entities("Readers of the Guardian newspaper wrote in.");
    assert_ne!(kind_of(&e, "Guardian"), Some(EntityKind::Group));
}

#[test]
fn a_one_word_title_stays_in_the_mention_and_out_of_the_name() {
    let body = "MP Lorna Castell said the bill was flawed. Castell voted against it.";
    let e = entities(body);
    let c = e
        .iter()
        .find(|x| x.2.contains(&"Castell"))
        .expect("Castell");
    assert_eq!(c.0, "Lorna Castell");
    assert_eq!(c.1, EntityKind::Person);
}

#[test]
fn a_name_that_speaks_of_itself_as_it_is_a_body() {
    let body = "Skarvik said it would appeal the fine. Skarvik later withdrew the claim.";
    let e = entities(body);
    assert_eq!(kind_of(&e, "Skarvik"), Some(EntityKind::Organization));
    let e = entities("Mara Lindell said it was over. Lindell left.");
    assert_eq!(kind_of(&e, "Mara Lindell"), Some(EntityKind::Person));
}

#[test]
fn a_capitalised_flight_before_its_number_is_no_name() {
    let body = "Passengers on Flight QK 12 from Perth and Flight ZB204 waited for hours.";
    let e = entities(body);
    assert!(
        !e.iter()
            .any(|x| x.2.iter().any(|m| m.starts_with("Flight"))),
        "{e:?}"
    );
    assert_eq!(kind_of(&e, "Perth"), Some(EntityKind::Place));
}

// The fifth blind set: wire credits, lower-case company designators.

#[test]
fn a_lower_case_plc_ends_a_company_name() {
    let body =
        "Shares in Brenfield Mining plc fell 9% on Tuesday. Brenfield said output would recover.";
    let e = entities(body);
    let c = e
        .iter()
        .find(|x| x.2.contains(&"Brenfield"))
        .expect("Brenfield");
    assert_eq!(c.0, "Brenfield Mining plc");
    assert_eq!(c.1, EntityKind::Organization);
    // Not after a lower-case word, nor across a space-less join.
    let e = entities("The shares of a plc fell. Ostrava-plc is a code.");
    assert!(
        !e.iter().any(|x| x.2.iter().any(|m| m.contains("plc"))),
        "{e:?}"
    );
}

#[test]
fn a_parenthesised_credit_line_is_not_a_headline() {
    let body =
        "Prices rose again in March.\n\n(Reporting by Hana Okoro; Editing by Piet Vermaelen)";
    let e = entities(body);
    assert_eq!(kind_of(&e, "Hana Okoro"), Some(EntityKind::Person), "{e:?}");
    assert_eq!(
        kind_of(&e, "Piet Vermaelen"),
        Some(EntityKind::Person),
        "{e:?}"
    );
    assert!(!e.iter().any(|x| x.2.contains(&"Editing")), "{e:?}");
}

#[test]
fn a_field_after_of_does_not_split_a_ministry_at_and() {
    let body =
        "Chile's Ministry of Mining and Energy did not reply. Arkwell Mining and Tovar Ltd did.";
    let e = entities(body);
    assert_eq!(
        kind_of(&e, "Ministry of Mining and Energy"),
        Some(EntityKind::Organization),
        "{e:?}"
    );
    assert!(e.iter().any(|x| x.2.contains(&"Arkwell Mining")), "{e:?}");
}

#[test]
fn journals_utilities_and_radio_stations_are_organizations() {
    let body = "The study, published in the journal Soil Frontiers Letters, was small. \
                Varnholm Kraft, the Danish utility, will test it. Minister Ana Quispe told \
                the radio station Radio Pampa that it was safe.";
    let e = entities(body);
    for name in ["Soil Frontiers Letters", "Varnholm Kraft", "Radio Pampa"] {
        assert_eq!(
            kind_of(&e, name),
            Some(EntityKind::Organization),
            "{name}: {e:?}"
        );
    }
}

#[test]
fn according_to_is_no_place_cue_even_opening_a_sentence() {
    let body = "According to Samir Farouk, an economist, the talks stalled. Rice came from the \
                Irrawaddy Delta.";
    let e = entities(body);
    assert_eq!(
        kind_of(&e, "Samir Farouk"),
        Some(EntityKind::Person),
        "{e:?}"
    );
    assert_eq!(
        kind_of(&e, "Irrawaddy Delta"),
        Some(EntityKind::Place),
        "{e:?}"
    );
}

#[test]
fn a_collective_possessive_stays_inside_an_institution_name() {
    let body = "Leaders of the People's Renewal Party met. The Women's Rowing League agreed.";
    let e = entities(body);
    assert_eq!(
        kind_of(&e, "People's Renewal Party"),
        Some(EntityKind::Organization),
        "{e:?}"
    );
    assert!(
        e.iter().any(|x| x.2.contains(&"Women's Rowing League")),
        "{e:?}"
    );
}

#[test]
fn an_acronym_after_and_in_an_of_name_starts_a_second_name() {
    let body = "Chemists at the University of Harrowgate and KTH Malmvik built the cell.";
    let e = entities(body);
    assert!(
        e.iter().any(|x| x.2.contains(&"University of Harrowgate")),
        "{e:?}"
    );
    assert!(e.iter().any(|x| x.2.contains(&"KTH Malmvik")), "{e:?}");
}

#[test]
fn a_numbered_route_gate_or_platform_is_no_name() {
    let body = "Buses on Route 12 were late, and the train left from Platform 4 near Gate 9.";
    let e = entities(body);
    assert!(e.is_empty(), "{e:?}");
}

#[test]
fn a_speaker_saying_it_would_be_done_is_no_body_speaking_of_itself() {
    let body = "The deputy minister, Pham Van Long, defended the plan. Long said it would be \
                reviewed in May.";
    let e = entities(body);
    assert_eq!(
        kind_of(&e, "Pham Van Long"),
        Some(EntityKind::Person),
        "{e:?}"
    );
    let e = entities("Torvane said it would appeal the ruling.");
    assert_eq!(
        kind_of(&e, "Torvane"),
        Some(EntityKind::Organization),
        "{e:?}"
    );
}

#[test]
fn a_name_never_runs_across_a_full_stop_after_a_place_word() {
    let body = "Floods hit the Eastern Cape. Sam Altman said nothing. They met at Mt. Kenya.";
    let e = entities(body);
    assert_eq!(
        kind_of(&e, "Eastern Cape"),
        Some(EntityKind::Place),
        "{e:?}"
    );
    assert!(e.iter().any(|x| x.2.contains(&"Sam Altman")), "{e:?}");
    assert!(e.iter().any(|x| x.2.contains(&"Mt. Kenya")), "{e:?}");
}

#[test]
fn a_known_name_with_a_capital_inside_a_lower_case_word_is_a_name() {
    let e = entities("Passengers on easyJet flights were stranded.");
    assert_eq!(
        kind_of(&e, "easyJet"),
        Some(EntityKind::Organization),
        "{e:?}"
    );
}

#[test]
fn legislative_and_board_titles_stay_out_of_the_name() {
    let body = "Senate Majority Leader Carla Dunn met Fed Chair Omar Bell. Dunn spoke first.";
    let e = entities(body);
    let names: Vec<&str> = e.iter().map(|x| x.0.as_str()).collect();
    assert!(names.contains(&"Carla Dunn"), "{e:?}");
    assert!(names.contains(&"Omar Bell"), "{e:?}");
    assert_eq!(kind_of(&e, "Dunn"), Some(EntityKind::Person), "{e:?}");
}

#[test]
fn a_known_company_joins_its_name_with_a_designator() {
    let body = "Alphabet Inc.'s Google cut jobs. Shares of Alphabet rose 1%.";
    let e = entities(body);
    let a = e
        .iter()
        .find(|x| x.0 == "Alphabet Inc.")
        .expect("Alphabet Inc.");
    assert_eq!(a.2, ["Alphabet Inc.", "Alphabet"], "{e:?}");
}

#[test]
fn an_age_in_commas_makes_a_person_against_weak_place_votes() {
    let body = "Jurors in Baton Rouge found Derek Mouton, 41, guilty. Mouton faces 40 years in \
                prison. The shooting, captured on Mouton's camera, spread across the state.";
    let e = entities(body);
    assert_eq!(
        kind_of(&e, "Derek Mouton"),
        Some(EntityKind::Person),
        "{e:?}"
    );
}

#[test]
fn a_known_name_with_the_inside_stays_whole() {
    let body = "Aid groups including Save the Children said water was short. Save the Children \
                sent trucks to the Institute for the Study of War.";
    let e = entities(body);
    assert_eq!(
        kind_of(&e, "Save the Children"),
        Some(EntityKind::Organization),
        "{e:?}"
    );
    assert!(!e.iter().any(|x| x.2.contains(&"Save")), "{e:?}");
}
