//! `server serve` runs the app; `server cf check` checks codici fiscali from
//! stdin. Configuration: see `config.rs` (flags and `PIN_INPS_*` variables).

use clap::Parser;
use server::config::{CfCommand, Cli, Command, OperatorCommand, SeedArgs};

fn main() -> std::process::ExitCode {
    tune_allocator();
    raise_open_files_limit();
    tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .expect("tokio runtime")
        .block_on(run())
}

/// glibc's malloc raises its mmap threshold to the size of any large block
/// freed, so after the first Argon2 buffer (19 MiB) was freed the next ones
/// came from the heap and stayed resident, one per thread that ever hashed.
/// A fixed threshold (which also stops the adjustment) maps every block of
/// 1 MiB or more on its own and returns it to the system when freed; two
/// arenas instead of eight per core keep the small allocations of the
/// worker threads from spreading over many heaps.
fn tune_allocator() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: `mallopt` only sets allocator parameters; called before any
    // other thread exists.
    unsafe {
        libc::mallopt(libc::M_MMAP_THRESHOLD, 1 << 20);
        libc::mallopt(libc::M_ARENA_MAX, 2);
    }
}

/// Open files up to the hard limit (as Go programs do): each open SQLite
/// world holds its file, WAL and shared memory per connection, and the
/// common soft limit of 1 024 is reached by about 128 busy worlds and their
/// clients' sockets, while the hard limit is usually far above.
fn raise_open_files_limit() {
    #[cfg(unix)]
    // SAFETY: plain system calls on a local struct.
    unsafe {
        let mut lim = libc::rlimit {
            rlim_cur: 0,
            rlim_max: 0,
        };
        if libc::getrlimit(libc::RLIMIT_NOFILE, &mut lim) == 0 && lim.rlim_cur < lim.rlim_max {
            lim.rlim_cur = lim.rlim_max;
            libc::setrlimit(libc::RLIMIT_NOFILE, &lim);
        }
    }
}

async fn run() -> std::process::ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Command::Serve(cfg) => {
            tracing_subscriber::fmt()
                .with_env_filter(
                    tracing_subscriber::EnvFilter::try_from_default_env()
                        .unwrap_or_else(|_| "info,sqlx=warn,tower_http=info".into()),
                )
                .init();
            match server::serve(cfg).await {
                Ok(()) => std::process::ExitCode::SUCCESS,
                Err(e) => {
                    tracing::error!(error = %e, "server stopped");
                    std::process::ExitCode::FAILURE
                }
            }
        }
        Command::Operator { command } => match operator(command).await {
            Ok(msg) => {
                println!("{msg}");
                std::process::ExitCode::SUCCESS
            }
            Err(e) => {
                eprintln!("operator: {e}");
                std::process::ExitCode::FAILURE
            }
        },
        Command::Seed(args) => match seed(args).await {
            Ok(msg) => {
                println!("{msg}");
                std::process::ExitCode::SUCCESS
            }
            Err(e) => {
                eprintln!("seed: {e}");
                std::process::ExitCode::FAILURE
            }
        },
        Command::Cf {
            command: CfCommand::Check,
        } => {
            let (stdin, stdout) = (std::io::stdin(), std::io::stdout());
            match server::cf_cli::run_check(stdin.lock(), stdout.lock()) {
                Ok(()) => std::process::ExitCode::SUCCESS,
                Err(e) => {
                    eprintln!("cf check: {e}");
                    std::process::ExitCode::FAILURE
                }
            }
        }
    }
}

/// `server operator add|set-password`: the password comes from
/// `PIN_INPS_OPERATOR_PASSWORD` or the first line of stdin.
async fn operator(command: OperatorCommand) -> Result<String, server::BoxError> {
    let password = match std::env::var("PIN_INPS_OPERATOR_PASSWORD") {
        Ok(p) => p,
        Err(_) => {
            let mut line = String::new();
            std::io::stdin().read_line(&mut line)?;
            line.trim_end_matches(['\n', '\r']).to_owned()
        }
    };
    match command {
        OperatorCommand::Add {
            username,
            role,
            serve,
        } => {
            let st = server::build_state(&serve).await?;
            if server::operators::add_operator(&st, &username, &role, &password, false).await? {
                Ok(format!("operator {username} ({role}) created"))
            } else {
                Err(format!("operator {username} already exists").into())
            }
        }
        OperatorCommand::SetPassword { username, serve } => {
            let st = server::build_state(&serve).await?;
            server::operators::set_password(&st, &username, &password).await?;
            Ok(format!("password of {username} changed"))
        }
    }
}

/// `server seed`: Mario Rossi only on an empty registry (not the serve
/// default's random citizens, which could take a synthetic citizen's code),
/// then the synthetic citizens, with a progress line per 100 000.
async fn seed(args: SeedArgs) -> Result<String, server::BoxError> {
    let mut serve = args.serve;
    serve.seed_citizens = 1;
    let st = server::build_state(&serve).await?;
    let r = server::seed::run(&st, args.citizens, args.with_pins, |n| {
        if n % 100_000 == 0 {
            eprintln!("seed: {n} citizens");
        }
    })
    .await?;
    Ok(format!(
        "seeded {} citizens, {} PINs ({}), {} messages in {:.1} s: {:.0} citizens/s",
        r.citizens,
        r.credentials,
        server::seed::SEEDED_PIN,
        r.messages,
        r.seconds,
        r.citizens as f64 / r.seconds.max(1e-9)
    ))
}
