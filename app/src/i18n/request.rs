//! "Richiedi PIN" procedure.

pub const IT: &[(&str, &str)] = &[("request.title", "Richiedi il tuo PIN")];
