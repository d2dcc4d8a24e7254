//! Unit tests for the segmenter: one test per hard case of news English, in our own words.

use super::sentences;
use crate::analysis::paragraphs::paragraphs;

fn split(body: &str) -> Vec<&str> {
    sentences(body, &paragraphs(body))
        .iter()
        .map(|s| s.text(body))
        .collect()
}

#[test]
fn plain_sentences_split_on_period_question_and_exclamation() {
    assert_eq!(
        split("The ferry left at dawn. Was anyone aboard? Nobody knows!"),
        [
            "The ferry left at dawn.",
            "Was anyone aboard?",
            "Nobody knows!"
        ]
    );
}

#[test]
fn titles_never_end_a_sentence() {
    let body = "Mr. Okafor met Mrs. Lindqvist and Ms. Boateng. Dr. Reyes, Gen. Haddad, Col. Pike, \
                Lt. Moss and Sgt. Duarte waited. Sen. Alvarez, Rep. Cho, Gov. Barnes and Pres. \
                Tamm spoke. Prof. Ilves arrived.";
    assert_eq!(
        split(body),
        [
            "Mr. Okafor met Mrs. Lindqvist and Ms. Boateng.",
            "Dr. Reyes, Gen. Haddad, Col. Pike, Lt. Moss and Sgt. Duarte waited.",
            "Sen. Alvarez, Rep. Cho, Gov. Barnes and Pres. Tamm spoke.",
            "Prof. Ilves arrived."
        ]
    );
}

#[test]
fn saints_mountains_and_streets() {
    assert_eq!(
        split(
            "Crowds filled St. Brigid's square near Mt. Kenya. The bakery on Harbor St. It closed."
        ),
        [
            "Crowds filled St. Brigid's square near Mt. Kenya.",
            "The bakery on Harbor St.",
            "It closed."
        ]
    );
}

#[test]
fn country_abbreviations_continue_before_names() {
    assert_eq!(
        split("The U.S. Treasury and the U.K. Foreign Office disagreed with the U.N. Security Council and E.U. ministers."),
        ["The U.S. Treasury and the U.K. Foreign Office disagreed with the U.N. Security Council and E.U. ministers."]
    );
}

#[test]
fn country_abbreviation_can_end_a_sentence() {
    assert_eq!(
        split("Talks moved to the U.S. He flew in on Monday. Exports fell in the E.U. But imports rose."),
        ["Talks moved to the U.S.", "He flew in on Monday.", "Exports fell in the E.U.", "But imports rose."]
    );
}

#[test]
fn times_of_day() {
    assert_eq!(
        split(
            "At 6 a.m. Ms. Dube opened the gates. The market shut at 4 p.m. Traders then left. \
               A vote is due at 9 a.m. Friday and at 11 a.m. Kabul time."
        ),
        [
            "At 6 a.m. Ms. Dube opened the gates.",
            "The market shut at 4 p.m.",
            "Traders then left.",
            "A vote is due at 9 a.m. Friday and at 11 a.m. Kabul time."
        ]
    );
}

#[test]
fn month_short_forms_before_dates() {
    assert_eq!(
        split("The law passed on Jan. 12 and took effect on Sept. 3, after a Dec. 5 review. It lapsed in Oct. Then it returned."),
        [
            "The law passed on Jan. 12 and took effect on Sept. 3, after a Dec. 5 review.",
            "It lapsed in Oct.",
            "Then it returned."
        ]
    );
}

#[test]
fn number_abbreviation_binds_to_digits() {
    assert_eq!(
        split("He lives at No. 14 and cites p. 203 of the report. Asked again, she said no. The hearing ended."),
        [
            "He lives at No. 14 and cites p. 203 of the report.",
            "Asked again, she said no.",
            "The hearing ended."
        ]
    );
}

#[test]
fn company_suffixes_and_generational_names() {
    assert_eq!(
        split("Orbit Freight Inc. and Calder Ltd. sued Weller Corp. and Hask & Co. on Tuesday. \
               Martin Greer Jr. and Paul Greer Sr. own shares in Nolan Bros. They declined to comment."),
        [
            "Orbit Freight Inc. and Calder Ltd. sued Weller Corp. and Hask & Co. on Tuesday.",
            "Martin Greer Jr. and Paul Greer Sr. own shares in Nolan Bros.",
            "They declined to comment."
        ]
    );
}

#[test]
fn latin_connectors_never_end_and_etc_may() {
    assert_eq!(
        split(
            "Rivals, e.g. Brightline, and partners, i.e. Hovland, joined. It was Leeds vs. Porto. \
               Fuel, rent, wages, etc. The list grew, etc. and grew."
        ),
        [
            "Rivals, e.g. Brightline, and partners, i.e. Hovland, joined.",
            "It was Leeds vs. Porto.",
            "Fuel, rent, wages, etc.",
            "The list grew, etc. and grew."
        ]
    );
}

#[test]
fn initials_do_not_end_sentences() {
    assert_eq!(
        split("A rare edition by J. R. R. Tolkien sold. George W. Bush and Franklin D. Roosevelt were named. \
               The plan needs you and I. Did anyone object?"),
        [
            "A rare edition by J. R. R. Tolkien sold.",
            "George W. Bush and Franklin D. Roosevelt were named.",
            "The plan needs you and I.",
            "Did anyone object?"
        ]
    );
    assert_eq!(
        split("The prize went to J. A. Okoro and I. M. Pell. A jury chose them."),
        [
            "The prize went to J. A. Okoro and I. M. Pell.",
            "A jury chose them."
        ]
    );
}

#[test]
fn numbers_with_points_and_commas() {
    assert_eq!(
        split("Some 9,000 troops, 3.5 times more, cost $2.5bn by 11.30 on Monday, up 1.5%. The bill was $40.75. Nobody paid."),
        [
            "Some 9,000 troops, 3.5 times more, cost $2.5bn by 11.30 on Monday, up 1.5%.",
            "The bill was $40.75.",
            "Nobody paid."
        ]
    );
}

#[test]
fn ellipses_in_three_forms() {
    assert_eq!(
        split(
            "The mayor paused ... then went on. She said the budget was . . . tight. \
               Nobody spoke… Then the lights went out. It was over...."
        ),
        [
            "The mayor paused ... then went on.",
            "She said the budget was . . . tight.",
            "Nobody spoke…",
            "Then the lights went out.",
            "It was over...."
        ]
    );
}

#[test]
fn doubled_question_and_exclamation_marks() {
    assert_eq!(
        split("Who approved this?! Nobody. Again!! The crowd roared?? Maybe."),
        [
            "Who approved this?!",
            "Nobody.",
            "Again!!",
            "The crowd roared??",
            "Maybe."
        ]
    );
}

#[test]
fn ends_inside_closing_quotes_and_brackets() {
    assert_eq!(
        split(
            "He called it “a betrayal.” The board agreed. \"Go home?\" Nobody moved. \
               (The vote was close.) Then came ‘the end.’” Later, silence."
        ),
        [
            "He called it “a betrayal.”",
            "The board agreed.",
            "\"Go home?\"",
            "Nobody moved.",
            "(The vote was close.)",
            "Then came ‘the end.’”",
            "Later, silence."
        ]
    );
}

#[test]
fn comma_ended_quote_keeps_its_attribution() {
    assert_eq!(
        split("“We will rebuild the bridge,” Okonjo told reporters. “Soon,” he added."),
        [
            "“We will rebuild the bridge,” Okonjo told reporters.",
            "“Soon,” he added."
        ]
    );
}

#[test]
fn question_in_quotes_followed_by_lowercase_attribution() {
    assert_eq!(
        split("“Can the port reopen?” she asked. “Not yet!” the minister replied."),
        [
            "“Can the port reopen?” she asked.",
            "“Not yet!” the minister replied."
        ]
    );
}

#[test]
fn question_in_quotes_followed_by_named_speaker() {
    assert_eq!(
        split("“Why now?” Ortiz asked. “Because we must.” Lena Ortiz said the rest could wait."),
        [
            "“Why now?” Ortiz asked.",
            "“Because we must.”",
            "Lena Ortiz said the rest could wait."
        ]
    );
}

#[test]
fn quote_opening_mid_sentence() {
    assert_eq!(
        split("The envoy said talks were “stalled but alive” and left. She added that “nothing is agreed. Not yet.”"),
        [
            "The envoy said talks were “stalled but alive” and left.",
            "She added that “nothing is agreed.",
            "Not yet.”"
        ]
    );
}

#[test]
fn numbered_lists_on_one_line() {
    assert_eq!(
        split("1) Repair the levee 2) Pay the crews 3) Report back"),
        ["1) Repair the levee", "2) Pay the crews", "3) Report back"]
    );
    assert_eq!(
        split("1. Raise rates. 2. Cut spending."),
        ["1. Raise rates.", "2. Cut spending."]
    );
    assert_eq!(
        split("a. Close schools b. Open shelters"),
        ["a. Close schools", "b. Open shelters"]
    );
}

#[test]
fn bullet_list_paragraph_splits_per_item() {
    assert_eq!(
        split("Key demands:\n- higher wages\n- safer docks\n• a shorter week\n1. no layoffs"),
        [
            "Key demands:",
            "- higher wages",
            "- safer docks",
            "• a shorter week",
            "1. no layoffs"
        ]
    );
}

#[test]
fn urls_and_email_addresses() {
    assert_eq!(
        split("Details are at https://news.example.org/2024/dam.html. Write to desk.editor@example.org. We reply."),
        [
            "Details are at https://news.example.org/2024/dam.html.",
            "Write to desk.editor@example.org.",
            "We reply."
        ]
    );
}

#[test]
fn dashes_do_not_end_sentences() {
    assert_eq!(
        split("The U.S.-backed deal – signed late – held. Prices rose—Mr. Dube said so—again."),
        [
            "The U.S.-backed deal – signed late – held.",
            "Prices rose—Mr. Dube said so—again."
        ]
    );
}

#[test]
fn lowercase_continuation_after_a_period() {
    assert_eq!(
        split("The fund bought approx. forty homes in the Lakes dist. before June."),
        ["The fund bought approx. forty homes in the Lakes dist. before June."]
    );
}

#[test]
fn line_break_alone_does_not_end_a_sentence() {
    assert_eq!(
        split("Storm warning for the coast\nresidents urged to leave by noon"),
        ["Storm warning for the coast\nresidents urged to leave by noon"]
    );
}

#[test]
fn headline_paragraph_without_punctuation_is_one_sentence() {
    assert_eq!(
        split("Dam Talks Collapse Again\n\nThe talks failed."),
        ["Dam Talks Collapse Again", "The talks failed."]
    );
}

#[test]
fn sentences_never_cross_paragraphs() {
    assert_eq!(
        split("He works for Mr.\n\nSmith now."),
        ["He works for Mr.", "Smith now."]
    );
}

#[test]
fn curly_apostrophes_and_possessive_abbreviations() {
    assert_eq!(
        split("It was Martin Greer Jr.’s call. Kabul’s mayor didn’t agree."),
        [
            "It was Martin Greer Jr.’s call.",
            "Kabul’s mayor didn’t agree."
        ]
    );
}

#[test]
fn non_breaking_spaces_are_whitespace() {
    let body = "Mr.\u{a0}Osei left.\u{a0}The vote\u{202f}followed.";
    assert_eq!(
        split(body),
        ["Mr.\u{a0}Osei left.", "The vote\u{202f}followed."]
    );
}

#[test]
fn company_name_with_exclamation_mark() {
    assert_eq!(
        split("She joined Zoomly! in the spring. It grew fast."),
        ["She joined Zoomly! in the spring.", "It grew fast."]
    );
}

#[test]
fn empty_and_whitespace_paragraphs_yield_nothing() {
    assert!(split("").is_empty());
    assert!(split("  \n \n").is_empty());
    assert_eq!(split(" . "), ["."]);
}

#[test]
fn trailing_ellipsis_in_quote_keeps_attribution() {
    assert_eq!(
        split("“We will see…” Amira Haddad said. “Maybe…” Nothing followed."),
        [
            "“We will see…” Amira Haddad said.",
            "“Maybe…”",
            "Nothing followed."
        ]
    );
}

#[test]
fn missing_space_before_opening_quote_still_separates() {
    assert_eq!(
        split("The vote passed.“It is done,” he said."),
        ["The vote passed.", "“It is done,” he said."]
    );
}
