//! Keeping highlights apart: one mark per stretch of text.

/// Sorts `items` by start (longest first at equal starts) and drops every item that overlaps
/// one kept before it, so the rest can be rendered as non-nested marks.
///
/// ```
/// use dossier::analysis::drop_overlaps;
/// let mut spans = vec![(4, 9), (0, 3), (2, 5), (0, 6)];
/// drop_overlaps(&mut spans, |&(s, e)| (s, e));
/// assert_eq!(spans, [(0, 6)]);
/// ```
pub fn drop_overlaps<T>(items: &mut Vec<T>, span: impl Fn(&T) -> (usize, usize)) {
    items.sort_by_key(|item| {
        let (start, end) = span(item);
        (start, std::cmp::Reverse(end))
    });
    let mut last_end = 0;
    items.retain(|item| {
        let (start, end) = span(item);
        let keep = start >= last_end;
        if keep {
            last_end = end;
        }
        keep
    });
}
