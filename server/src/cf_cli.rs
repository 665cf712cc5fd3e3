//! `server cf check`: one codice fiscale per line on stdin, one JSON object
//! per line on stdout, the same JSON as `GET /api/v1/codice-fiscale/{code}`.
//! Every input line gets exactly one output line (an empty line answers a
//! `LENGTH` error), so outputs can be zipped with inputs — whatever its
//! bytes: a line that is not UTF-8 is read with replacement characters and
//! answered as the invalid code it is.

use std::io::{BufRead, BufWriter, Write};

use domain::codice_fiscale;

pub fn run_check(mut input: impl BufRead, output: impl Write) -> std::io::Result<()> {
    // A command-line check has no simulated clock: years are read against
    // the real date.
    let today = chrono::Utc::now().date_naive();
    let mut out = BufWriter::with_capacity(1 << 16, output);
    let mut line = Vec::with_capacity(64);
    loop {
        line.clear();
        if input.read_until(b'\n', &mut line)? == 0 {
            break;
        }
        let text = String::from_utf8_lossy(&line);
        let code = text.trim_end_matches(['\n', '\r']);
        let result = codice_fiscale::check_on(code, None, today);
        serde_json::to_writer(&mut out, &result)?;
        out.write_all(b"\n")?;
    }
    out.flush()
}

#[cfg(test)]
mod tests {
    use serde_json::Value;

    #[test]
    fn one_json_line_per_input_line() {
        let input = "RSSMRA80A01H501U\n  rssmra80a01h501v\r\n\nMRTMTT25D09F205Z";
        let mut output = Vec::new();
        super::run_check(input.as_bytes(), &mut output).unwrap();
        let lines: Vec<Value> = std::str::from_utf8(&output)
            .unwrap()
            .lines()
            .map(|l| serde_json::from_str(l).unwrap())
            .collect();
        assert_eq!(lines.len(), 4);
        assert_eq!(lines[0]["valid"], true);
        assert_eq!(lines[0]["decoded"]["birthplace"]["name"], "Roma");
        assert_eq!(lines[1]["code"], "RSSMRA80A01H501V");
        assert_eq!(lines[1]["errors"][0]["code"], "CHECK_CHARACTER");
        assert_eq!(lines[2]["errors"][0]["code"], "LENGTH");
        assert_eq!(lines[3]["decoded"]["birthplace"]["code"], "F205");
        assert!(lines.iter().all(|l| l.get("mismatches").is_none()));
    }

    /// Hardening item 5: a line that is not UTF-8 used to stop the command
    /// (exit 1, the rest unanswered).
    #[test]
    fn a_line_that_is_not_utf8_is_answered_as_invalid_and_the_rest_go_on() {
        let input = b"RSSMRA80A01H501U\n\xff\xfeRSSMRA80\xc3\n\x80\r\nRSSMRA80A01H501U";
        let mut output = Vec::new();
        super::run_check(&input[..], &mut output).unwrap();
        let lines: Vec<Value> = std::str::from_utf8(&output)
            .unwrap()
            .lines()
            .map(|l| serde_json::from_str(l).unwrap())
            .collect();
        assert_eq!(lines.len(), 4);
        assert_eq!(lines[0]["valid"], true);
        assert_eq!(lines[1]["valid"], false);
        assert!(!lines[1]["errors"].as_array().unwrap().is_empty());
        assert_eq!(lines[2]["valid"], false);
        assert_eq!(lines[3]["valid"], true);
    }

    #[test]
    fn same_json_as_the_route() {
        let mut output = Vec::new();
        super::run_check(" rssmra80a01h501u \n".as_bytes(), &mut output).unwrap();
        let from_cli: Value = serde_json::from_slice(&output).unwrap();
        let from_route = serde_json::to_value(crate::routes::codice_fiscale::check_with_query(
            " rssmra80a01h501u ",
            Default::default(),
            chrono::Utc::now().date_naive(),
        ))
        .unwrap();
        assert_eq!(from_cli, from_route);
    }
}
