//! Typed API client (gloo-net).
