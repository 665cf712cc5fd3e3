//! Unit tests of the address comparison: each abbreviation and folding rule
//! of the module documentation, differences that must survive, and whole
//! residences against the registry.

use super::*;

fn street(s: &str) -> String {
    normalize_street(s)
}

fn same(a: &str, b: &str) -> bool {
    same_address(a, "12", b, "12")
}

fn registry() -> RegistryResidence {
    RegistryResidence {
        address: "Via Nazionale".into(),
        civic: "12".into(),
        province: "RM".into(),
        comune: "Roma".into(),
        cap: "00184".into(),
    }
}

fn typed(address: &str, civic: &str) -> Residence {
    Residence {
        address: Some(address.into()),
        civic: Some(civic.into()),
        province: Some("rm".into()),
        comune: Some("ROMA".into()),
        cap: Some(" 00184 ".into()),
        ..Default::default()
    }
}

#[test]
fn via_abbreviated_matches_via() {
    assert!(same("V. Nazionale", "Via Nazionale"));
    assert!(same("V Nazionale", "Via Nazionale"));
    assert!(same("V.Nazionale", "Via Nazionale"));
    assert!(same("v. nazionale", "VIA NAZIONALE"));
}

#[test]
fn each_street_type_abbreviation_is_spelled_out() {
    for (short, full) in [
        ("P.zza Garibaldi", "Piazza Garibaldi"),
        ("P.za Garibaldi", "Piazza Garibaldi"),
        ("Pza Garibaldi", "Piazza Garibaldi"),
        ("P.zza.Garibaldi", "Piazza Garibaldi"),
        ("C.so Italia", "Corso Italia"),
        ("V.le Europa", "Viale Europa"),
        ("L.go Argentina", "Largo Argentina"),
        ("P.le Clodio", "Piazzale Clodio"),
        ("Str. Statale", "Strada Statale"),
        ("Vic. del Cinque", "Vicolo del Cinque"),
        ("V.lo del Cinque", "Vicolo del Cinque"),
        ("Loc. Pian del Lago", "Località Pian del Lago"),
        ("Fraz. Torre", "Frazione Torre"),
        ("C.da Piano", "Contrada Piano"),
    ] {
        assert!(same(short, full), "{short} should match {full}");
        assert_eq!(street(short), street(full), "{short}");
    }
}

#[test]
fn saint_prefixes_are_one_word() {
    assert!(same("Via S. Francesco", "Via San Francesco"));
    assert!(same("Via S.Francesco", "Via San Francesco"));
    assert!(same(
        "P.zza S. Maria Maggiore",
        "Piazza Santa Maria Maggiore"
    ));
    assert!(same("Via S. Stefano", "Via Santo Stefano"));
    assert!(same("Via Sant'Angelo", "Via S. Angelo"));
    assert!(same("Via F.lli Bandiera", "Via Fratelli Bandiera"));
}

#[test]
fn case_accents_punctuation_and_spaces_do_not_matter() {
    assert!(same("VIA DELLA LIBERTÀ", "Via della Libertà"));
    assert!(same("Via della Liberta'", "Via della Libertà"));
    assert!(same("Via della Liberta", "Via della Libertà"));
    assert!(same("  Via   dell'Orso  ", "Via dell'Orso"));
    assert!(same("Via dell Orso", "Via dell'Orso"));
    assert!(same("Via Nuova-Marina", "Via Nuova Marina"));
    assert_eq!(street("  P.zza   S. Maria,  "), "piazza san maria");
}

#[test]
fn civic_number_markers_and_repeats_are_ignored() {
    assert_eq!(normalize_civic("n. 12"), "12");
    assert_eq!(normalize_civic("n°12"), "12");
    assert_eq!(normalize_civic("N12"), "12");
    assert_eq!(normalize_civic("nr. 12/A"), "12a");
    assert_eq!(normalize_civic("12 A"), "12a");
    assert_eq!(normalize_civic(" 12/a "), "12a");
    // The number written in the address too, with or without "n." or ",".
    assert!(same_address(
        "Via Nazionale, 12",
        "12",
        "Via Nazionale",
        "12"
    ));
    assert!(same_address(
        "V. Nazionale n. 12",
        "12",
        "Via Nazionale",
        "12"
    ));
    assert!(same_address(
        "V. Nazionale n°12",
        "n. 12",
        "Via Nazionale",
        "12"
    ));
    assert!(same_address(
        "Via Nazionale 12/A",
        "12 A",
        "Via Nazionale",
        "12a"
    ));
    // A number that belongs to the street stays.
    assert!(same_address("Via IV Novembre", "3", "Via IV Novembre", "3"));
    assert!(same_address(
        "Strada Statale 16",
        "5",
        "Str. Statale 16",
        "5"
    ));
    assert!(!same_address(
        "Strada Statale 16",
        "5",
        "Strada Statale",
        "5"
    ));
    // "N." before a name is an initial, not a number marker.
    assert_eq!(street("Via N. Sauro"), "via n sauro");
}

#[test]
fn different_addresses_still_differ() {
    // Another street type.
    assert!(!same("V.le Nazionale", "Via Nazionale"));
    assert!(!same("Viale Roma", "Via Roma"));
    assert!(!same("P.le Garibaldi", "Piazza Garibaldi"));
    assert!(!same("P.zza Garibaldi", "Piazzale Garibaldi"));
    assert!(!same("C.so Italia", "Via Italia"));
    // Another name, a word more or less.
    assert!(!same("Via Nazionale Bis", "Via Nazionale"));
    assert!(!same("Via Nazionali", "Via Nazionale"));
    assert!(!same("Via San Marco", "Via San Marcello"));
    assert!(!same("Nazionale", "Via Nazionale"));
    // Another civic number.
    assert!(!same_address("Via Nazionale", "12A", "Via Nazionale", "12"));
    assert!(!same_address("Via Nazionale", "120", "Via Nazionale", "12"));
    assert!(!same_address(
        "Via Nazionale 13",
        "12",
        "Via Nazionale",
        "12"
    ));
    // Inside a name "V." is an initial, not "Via".
    assert_eq!(street("Corso V. Emanuele II"), "corso v emanuele ii");
    assert!(!same("Corso V. Emanuele II", "Corso Via Emanuele II"));
}

#[test]
fn whole_residence_against_the_registry() {
    let reg = registry();
    assert!(residence_matches(
        ResidenceType::Italia,
        &typed("V. Nazionale", "12"),
        &reg
    ));
    assert!(residence_matches(
        ResidenceType::Italia,
        &typed("via nazionale, n. 12", "n° 12"),
        &reg
    ));
    assert!(!residence_matches(
        ResidenceType::Italia,
        &typed("Via Nazionale", "13"),
        &reg
    ));
    assert!(!residence_matches(
        ResidenceType::Italia,
        &typed("Via Nazionale Bis", "12"),
        &reg
    ));
    let mut other_cap = typed("Via Nazionale", "12");
    other_cap.cap = Some("00185".into());
    assert!(!residence_matches(ResidenceType::Italia, &other_cap, &reg));
    let mut other_comune = typed("Via Nazionale", "12");
    other_comune.comune = Some("Milano".into());
    assert!(!residence_matches(
        ResidenceType::Italia,
        &other_comune,
        &reg
    ));
    // A foreign residence is always verified by the contact center.
    assert!(!residence_matches(
        ResidenceType::Estero,
        &typed("Via Nazionale", "12"),
        &reg
    ));
    // Accents in the comune: "Forlì" typed as "FORLI'".
    let forli = RegistryResidence {
        comune: "Forlì".into(),
        ..reg
    };
    let mut typed_forli = typed("Via Nazionale", "12");
    typed_forli.comune = Some("FORLI'".into());
    assert!(residence_matches(
        ResidenceType::Italia,
        &typed_forli,
        &forli
    ));
}

#[test]
fn empty_fields_only_match_empty_fields() {
    assert!(!same_address("", "", "Via Roma", "1"));
    assert!(!same_address("Via Roma", "", "Via Roma", "1"));
    assert_eq!(street(""), "");
    assert_eq!(normalize_civic(" "), "");
}
