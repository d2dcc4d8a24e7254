//! Article dates: normalising the many shapes publishers use (`2024-03-05T10:00:00Z`,
//! `2024-03-05 08:00`, `2024/03/05`) to `YYYY-MM-DD`, or nothing when the text does not start with
//! a plausible calendar date.

/// The `YYYY-MM-DD` date that `text` starts with (after surrounding whitespace), with `-`, `/` or
/// `.` as separators. Month and day must be in range; anything after the date (a time, a zone) is
/// ignored, but the date must not run on into more digits.
pub fn normalize_date(text: &str) -> Option<String> {
    let b = text.trim().as_bytes();
    let digits = |range: std::ops::Range<usize>| -> Option<u32> {
        let part = b.get(range)?;
        if !part.iter().all(u8::is_ascii_digit) {
            return None;
        }
        Some(part.iter().fold(0, |n, &d| n * 10 + u32::from(d - b'0')))
    };
    let year = digits(0..4)?;
    let sep = *b.get(4)?;
    if !matches!(sep, b'-' | b'/' | b'.') || b.get(7) != Some(&sep) {
        return None;
    }
    let month = digits(5..7)?;
    let day = digits(8..10)?;
    if b.get(10).is_some_and(u8::is_ascii_digit) {
        return None;
    }
    if !(1000..=9999).contains(&year) || !(1..=12).contains(&month) || !(1..=31).contains(&day) {
        return None;
    }
    Some(format!("{year:04}-{month:02}-{day:02}"))
}

#[cfg(test)]
mod tests {
    use super::normalize_date;

    #[test]
    fn timestamps_are_cut_to_the_day() {
        assert_eq!(
            normalize_date("2025-02-14T07:30:00+00:00").as_deref(),
            Some("2025-02-14")
        );
        assert_eq!(
            normalize_date(" 2025-03-11 08:00").as_deref(),
            Some("2025-03-11")
        );
        assert_eq!(normalize_date("2025/03/11").as_deref(), Some("2025-03-11"));
        assert_eq!(normalize_date("2025-03-11").as_deref(), Some("2025-03-11"));
    }

    #[test]
    fn non_dates_are_refused() {
        for text in [
            "",
            "March 3, 2024",
            "2025-13-01",
            "2025-00-10",
            "2025-01-32",
            "2025-01-011",
            "2025-01/01",
            "12025-01-01",
            "20٢5-01-01",
            "1710000000",
        ] {
            assert_eq!(normalize_date(text), None, "{text:?}");
        }
    }
}
