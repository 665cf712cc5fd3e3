//! The reference of `bench/transport.sh`: a bare axum server (no layers, no
//! state) answering `GET /api/v1/codice-fiscale/{code}` with fixed JSON
//! bytes, the ones the real server answers for that code, with TCP_NODELAY
//! as the real server sets it. Whatever the real server is slower by is
//! the cost of its own stack (layers, headers, the engine).
//!
//!   bare_json ADDR FILE    # e.g. bare_json 127.0.0.1:4001 cf.json

use axum::http::header::CONTENT_TYPE;
use axum::routing::get;
use axum::serve::ListenerExt;
use axum::Router;
use bytes::Bytes;

#[tokio::main]
async fn main() {
    let mut args = std::env::args().skip(1);
    let (Some(addr), Some(file)) = (args.next(), args.next()) else {
        eprintln!("usage: bare_json ADDR FILE");
        std::process::exit(2);
    };
    let body = Bytes::from(std::fs::read(&file).expect("the JSON file"));
    let app = Router::new().route(
        "/api/v1/codice-fiscale/{code}",
        get(move || {
            let body = body.clone();
            async move { ([(CONTENT_TYPE, "application/json")], body) }
        }),
    );
    let listener = tokio::net::TcpListener::bind(&addr).await.expect("bind");
    let listener = listener.tap_io(|tcp| {
        let _ = tcp.set_nodelay(true);
    });
    axum::serve(listener, app).await.expect("serve");
}
