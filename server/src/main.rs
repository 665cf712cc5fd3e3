//! `server serve` runs the app; `server cf check` checks codici fiscali from
//! stdin. Configuration: see `config.rs` (flags and `PIN_INPS_*` variables).

use clap::Parser;
use server::config::{CfCommand, Cli, Command};

#[tokio::main]
async fn main() -> std::process::ExitCode {
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
