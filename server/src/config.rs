//! Command line and environment (every flag has a `PIN_INPS_*` twin so a
//! container can be configured without arguments).

use std::net::SocketAddr;
use std::path::PathBuf;

use chrono::{DateTime, NaiveDate, Utc};
use clap::{Args, Parser, Subcommand};

#[derive(Debug, Parser)]
#[command(
    name = "server",
    version,
    about = "PIN INPS replica: API server and tools"
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Run the HTTP server (API, delivery simulator, and the SPA if built).
    Serve(ServeConfig),
    /// Codice fiscale tools.
    Cf {
        #[command(subcommand)]
        command: CfCommand,
    },
    /// Operator accounts (contact center, sede, back office). The password
    /// is read from `PIN_INPS_OPERATOR_PASSWORD` or, without it, from the
    /// first line of stdin; it is never a command-line argument.
    Operator {
        #[command(subcommand)]
        command: OperatorCommand,
    },
    /// Fill the registry with many synthetic citizens, fast (scale tests):
    /// citizen `i` is always the same person; the first `--with-pins` get
    /// an active PIN, `SIMPIN20` (one shared Argon2id hash: simulation data
    /// only), and one e-mail in the simulator. Rows already there are kept.
    Seed(SeedArgs),
}

#[derive(Debug, Args)]
pub struct SeedArgs {
    /// How many synthetic citizens (after Mario Rossi, on an empty registry).
    #[arg(long)]
    pub citizens: u64,
    /// How many of them (the first ones) hold an active PIN.
    #[arg(long, default_value_t = 0)]
    pub with_pins: u64,
    #[command(flatten)]
    pub serve: ServeConfig,
}

#[derive(Debug, Subcommand)]
pub enum OperatorCommand {
    /// Create an operator account (fails if the name is taken).
    Add {
        /// Login name: lower-case letters, digits, '.', '_' or '-'.
        #[arg(long)]
        username: String,
        /// `back_office`, `contact_center` or `sede`.
        #[arg(long, default_value = "back_office")]
        role: String,
        #[command(flatten)]
        serve: ServeConfig,
    },
    /// Set a new password for an operator account (lifts a lockout).
    SetPassword {
        #[arg(long)]
        username: String,
        #[command(flatten)]
        serve: ServeConfig,
    },
}

#[derive(Debug, Subcommand)]
pub enum CfCommand {
    /// Read one code per line on stdin, write one JSON check per line.
    Check,
}

#[derive(Debug, Clone, Args)]
pub struct ServeConfig {
    /// Address to listen on (port 0 picks a free one).
    #[arg(long, env = "PIN_INPS_LISTEN", default_value = "127.0.0.1:3000")]
    pub listen: SocketAddr,

    /// Database: an SQLite file (`sqlite://PATH`, `sqlite:///abs/path` or a
    /// plain path; the file and its directory are created on first start)
    /// for one process, or PostgreSQL (`postgres://USER[:PASS]@HOST:PORT/DB`,
    /// the database must exist) for several processes sharing the data and
    /// the simulated clock. Migrations run at start.
    #[arg(
        long,
        env = "PIN_INPS_DATABASE",
        default_value = "sqlite://data/pin-inps.db"
    )]
    pub database: String,

    /// Directory of the built SPA. Absent: API only.
    #[arg(long, env = "PIN_INPS_STATIC_DIR")]
    pub static_dir: Option<PathBuf>,

    /// Origins of a separately served UI (e.g. `http://127.0.0.1:8080`;
    /// repeat the flag or separate with commas): allowed by CORS with
    /// credentials and by the CSRF check. Any other origin is refused.
    #[arg(long, env = "PIN_INPS_CORS_ORIGIN", value_delimiter = ',')]
    pub cors_origin: Vec<String>,

    /// Where the simulated clock starts on a fresh database.
    #[arg(
        long,
        env = "PIN_INPS_START_DATE",
        default_value = "2020-04-01T09:00:00Z"
    )]
    pub start_date: DateTime<Utc>,

    /// Disable the simulation control API (`/api/v1/sim/*`).
    #[arg(long, env = "PIN_INPS_NO_SIM")]
    pub no_sim: bool,

    /// Simulated days the letter with half 2 takes to arrive.
    #[arg(long, env = "PIN_INPS_POST_DELAY_DAYS", default_value_t = 7,
        value_parser = clap::value_parser!(i64).range(0..=365))]
    pub post_delay_days: i64,

    /// From this (simulated) date no new PIN is issued (SPID, CIE, CNS instead).
    #[arg(long, env = "PIN_INPS_CUTOFF_DATE", default_value = "2020-10-01")]
    pub cutoff_date: NaiveDate,

    /// Last (simulated) day on which a PIN opens a session: from the day
    /// after, every login points to SPID, CIE or CNS (Circolare 127/2021).
    #[arg(long, env = "PIN_INPS_PIN_END_DATE", default_value = "2021-09-30")]
    pub pin_end_date: NaiveDate,

    /// Symbols of the 16-character initial PIN: `hex` (0–9 and A–F, as INPS
    /// issued it) or `unambiguous` (letters and digits without 0 O 1 I).
    #[arg(long, env = "PIN_INPS_PIN_ALPHABET", default_value = "hex",
        value_parser = parse_pin_alphabet)]
    pub pin_alphabet: domain::pin::PinAlphabet,

    /// Always mark the session cookie `Secure` (behind a TLS proxy that does
    /// not send `X-Forwarded-Proto`).
    #[arg(long, env = "PIN_INPS_SECURE_COOKIES")]
    pub secure_cookies: bool,

    /// Uploaded files (signed MV35 modules, document copies): kept here,
    /// outside the static directory, under random names. Several processes
    /// on one PostgreSQL database must share one directory (e.g. a network
    /// volume): a file is written by the process that received it and read
    /// by whichever one serves it.
    #[arg(long, env = "PIN_INPS_UPLOADS_DIR", default_value = "data/uploads")]
    pub uploads_dir: PathBuf,

    /// Outside simulation mode there is no default operator account: this
    /// one is created at start if it does not exist yet (with
    /// `PIN_INPS_BOOTSTRAP_PASSWORD`), as Keycloak's bootstrap admin is.
    #[arg(long, env = "PIN_INPS_BOOTSTRAP_OPERATOR")]
    pub bootstrap_operator: Option<String>,

    /// Role of the bootstrap operator.
    #[arg(long, env = "PIN_INPS_BOOTSTRAP_ROLE", default_value = "back_office")]
    pub bootstrap_role: String,

    /// Password of the bootstrap operator (at least 12 characters). Prefer
    /// the environment variable: arguments are visible to other users.
    #[arg(long, env = "PIN_INPS_BOOTSTRAP_PASSWORD", hide_env_values = true)]
    pub bootstrap_password: Option<String>,

    /// Synthetic citizens seeded into an empty registry.
    #[arg(long, env = "PIN_INPS_SEED_CITIZENS", default_value_t = 20)]
    pub seed_citizens: usize,

    /// Also relay every simulator e-mail and PEC message to this SMTP
    /// server (`smtp://host[:port]`, plain SMTP, e.g. a local Mailpit), in
    /// the background: the simulator's inboxes stay the source of truth.
    #[arg(long, env = "PIN_INPS_SMTP_URL")]
    pub smtp_url: Option<String>,

    /// Argon2id memory cost in KiB (OWASP: 19456). Lower only for tests.
    #[arg(long, env = "PIN_INPS_ARGON2_MEMORY_KIB", default_value_t = 19456)]
    pub argon2_memory_kib: u32,

    /// Argon2id iterations (OWASP: 2).
    #[arg(long, env = "PIN_INPS_ARGON2_ITERATIONS", default_value_t = 2)]
    pub argon2_iterations: u32,

    /// Argon2id parallelism (OWASP: 1).
    #[arg(long, env = "PIN_INPS_ARGON2_PARALLELISM", default_value_t = 1)]
    pub argon2_parallelism: u32,
}

impl ServeConfig {
    /// Defaults as the CLI would give them; handy for tests and embedding.
    pub fn with_database(database: impl Into<String>) -> Self {
        let cli = Cli::parse_from(["server", "serve", "--database", "x"]);
        let Command::Serve(mut cfg) = cli.command else {
            unreachable!("serve parsed")
        };
        cfg.database = database.into();
        cfg
    }
}

fn parse_pin_alphabet(s: &str) -> Result<domain::pin::PinAlphabet, String> {
    domain::pin::PinAlphabet::parse(s).ok_or_else(|| "hex or unambiguous".to_owned())
}
