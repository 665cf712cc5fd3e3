//! `server serve` runs the app; `server cf check` checks codici fiscali from
//! stdin. Configuration: see `config.rs` (flags and `PIN_INPS_*` variables).

use clap::Parser;
use server::config::{CfCommand, Cli, Command, OperatorCommand};

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
