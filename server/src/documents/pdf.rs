//! A small PDF writer, enough for the documents the portal hands out: the
//! pre-filled MV35 request module and application receipts. A4 pages of
//! Helvetica text (WinAnsi encoding, so Italian accents and € print), lines
//! and boxes; uncompressed content streams and an exact cross-reference table,
//! so any PDF reader (and `lopdf` in the tests) opens it.

use std::fmt::Write as _;

pub const A4_WIDTH: f32 = 595.0;
pub const A4_HEIGHT: f32 = 842.0;

/// Text style.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Font {
    Regular,
    Bold,
}

impl Font {
    fn resource(self) -> &'static str {
        match self {
            Font::Regular => "F1",
            Font::Bold => "F2",
        }
    }
}

/// A document being written; pages are added in order.
#[derive(Debug, Default)]
pub struct Pdf {
    pages: Vec<String>,
    title: String,
}

impl Pdf {
    pub fn new(title: &str) -> Self {
        Self {
            pages: vec![String::new()],
            title: title.to_owned(),
        }
    }

    fn page(&mut self) -> &mut String {
        self.pages.last_mut().expect("a page always exists")
    }

    pub fn new_page(&mut self) {
        self.pages.push(String::new());
    }

    /// Text whose baseline starts at (`x`, `y`), points from bottom-left.
    pub fn text(&mut self, x: f32, y: f32, size: f32, font: Font, s: &str) {
        let encoded = pdf_string(s);
        let f = font.resource();
        let _ = writeln!(
            self.page(),
            "BT /{f} {size:.1} Tf {x:.2} {y:.2} Td ({encoded}) Tj ET"
        );
    }

    /// Wrapped text in a column `width` points wide; returns the `y` below it.
    pub fn paragraph(&mut self, x: f32, y: f32, width: f32, size: f32, font: Font, s: &str) -> f32 {
        let leading = size * 1.35;
        let mut y = y;
        for line in wrap(s, width, size) {
            self.text(x, y, size, font, &line);
            y -= leading;
        }
        y
    }

    /// Outline of a rectangle with its lower-left corner at (`x`, `y`).
    pub fn rect(&mut self, x: f32, y: f32, w: f32, h: f32) {
        let _ = writeln!(self.page(), "0.6 w {x:.2} {y:.2} {w:.2} {h:.2} re S");
    }

    /// A light grey band (section headings).
    pub fn band(&mut self, x: f32, y: f32, w: f32, h: f32) {
        let _ = writeln!(self.page(), "q 0.9 g {x:.2} {y:.2} {w:.2} {h:.2} re f Q");
    }

    pub fn line(&mut self, x1: f32, y1: f32, x2: f32, y2: f32) {
        let _ = writeln!(self.page(), "0.6 w {x1:.2} {y1:.2} m {x2:.2} {y2:.2} l S");
    }

    /// The finished file.
    pub fn finish(self) -> Vec<u8> {
        let mut out: Vec<u8> = Vec::new();
        let mut offsets: Vec<usize> = Vec::new();
        out.extend_from_slice(b"%PDF-1.4\n%\xE2\xE3\xCF\xD3\n");
        let n_pages = self.pages.len();
        // Objects: 1 catalog, 2 pages, 3-4 fonts, 5 info, then page + content pairs.
        let page_id = |i: usize| 6 + 2 * i;
        let kids: Vec<String> = (0..n_pages)
            .map(|i| format!("{} 0 R", page_id(i)))
            .collect();
        let mut objects: Vec<Vec<u8>> = vec![
            b"<< /Type /Catalog /Pages 2 0 R >>".to_vec(),
            format!(
                "<< /Type /Pages /Kids [{}] /Count {n_pages} >>",
                kids.join(" ")
            )
            .into_bytes(),
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
                .to_vec(),
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>"
                .to_vec(),
            format!(
                "<< /Title ({}) /Producer (PIN INPS simulatore) >>",
                pdf_string(&self.title)
            )
            .into_bytes(),
        ];
        for (i, content) in self.pages.iter().enumerate() {
            objects.push(
                format!(
                    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {A4_WIDTH} {A4_HEIGHT}] \
                     /Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents {} 0 R >>",
                    page_id(i) + 1
                )
                .into_bytes(),
            );
            let mut stream = format!("<< /Length {} >>\nstream\n", content.len()).into_bytes();
            stream.extend_from_slice(content.as_bytes());
            stream.extend_from_slice(b"\nendstream");
            objects.push(stream);
        }
        for (i, body) in objects.iter().enumerate() {
            offsets.push(out.len());
            out.extend_from_slice(format!("{} 0 obj\n", i + 1).as_bytes());
            out.extend_from_slice(body);
            out.extend_from_slice(b"\nendobj\n");
        }
        let xref_at = out.len();
        let mut xref = format!("xref\n0 {}\n0000000000 65535 f \n", objects.len() + 1);
        for off in offsets {
            let _ = writeln!(xref, "{off:010} 00000 n ");
        }
        let _ = write!(
            xref,
            "trailer\n<< /Size {} /Root 1 0 R /Info 5 0 R >>\nstartxref\n{xref_at}\n%%EOF\n",
            objects.len() + 1
        );
        out.extend_from_slice(xref.as_bytes());
        out
    }
}

/// A PDF literal string body in WinAnsi: ASCII as is (with `\`, `(`, `)`
/// escaped), other characters as octal escapes of their WinAnsi byte, and
/// `?` for what WinAnsi cannot show.
pub fn pdf_string(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\\' | '(' | ')' => {
                out.push('\\');
                out.push(c);
            }
            '\n' | '\r' | '\t' => out.push(' '),
            ' '..='~' => out.push(c),
            _ => {
                let b = win_ansi(c).unwrap_or(b'?');
                let _ = write!(out, "\\{b:03o}");
            }
        }
    }
    out
}

fn win_ansi(c: char) -> Option<u8> {
    Some(match c {
        '\u{A0}'..='\u{FF}' => c as u32 as u8,
        '€' => 0x80,
        '‘' => 0x91,
        '’' => 0x92,
        '“' => 0x93,
        '”' => 0x94,
        '•' => 0x95,
        '–' => 0x96,
        '—' => 0x97,
        _ => return None,
    })
}

/// Greedy word wrap by an average Helvetica glyph width (half the size).
fn wrap(s: &str, width: f32, size: f32) -> Vec<String> {
    let max = ((width / (size * 0.5)).floor() as usize).max(10);
    let mut lines = Vec::new();
    let mut cur = String::new();
    for word in s.split_whitespace() {
        if !cur.is_empty() && cur.chars().count() + 1 + word.chars().count() > max {
            lines.push(std::mem::take(&mut cur));
        }
        if !cur.is_empty() {
            cur.push(' ');
        }
        cur.push_str(word);
    }
    if !cur.is_empty() {
        lines.push(cur);
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strings_are_escaped_and_encoded() {
        assert_eq!(pdf_string("a(b)\\"), "a\\(b\\)\\\\");
        assert_eq!(pdf_string("è €"), "\\350 \\200");
        assert_eq!(pdf_string("ǅ"), "\\077");
    }

    #[test]
    fn xref_offsets_point_at_objects() {
        let mut pdf = Pdf::new("Prova");
        pdf.text(50.0, 800.0, 12.0, Font::Bold, "Ciao");
        pdf.new_page();
        pdf.rect(10.0, 10.0, 100.0, 50.0);
        let bytes = pdf.finish();
        let text = String::from_utf8_lossy(&bytes);
        let xref_at: usize = text
            .rsplit("startxref\n")
            .next()
            .unwrap()
            .lines()
            .next()
            .unwrap()
            .parse()
            .unwrap();
        assert!(bytes[xref_at..].starts_with(b"xref\n"));
        let table = std::str::from_utf8(&bytes[xref_at..]).unwrap();
        let entries: Vec<&str> = table.lines().skip(3).take(9).collect();
        assert_eq!(entries.len(), 9);
        for (i, e) in entries.iter().enumerate() {
            let off: usize = e[..10].parse().unwrap();
            let head = format!("{} 0 obj", i + 1);
            assert!(
                bytes[off..].starts_with(head.as_bytes()),
                "object {}",
                i + 1
            );
        }
    }

    #[test]
    fn wraps_on_words() {
        let lines = wrap("uno due tre quattro cinque sei sette otto", 60.0, 10.0);
        assert!(lines.len() > 1);
        assert!(lines.iter().all(|l| l.chars().count() <= 12));
    }
}
