//! Translation catalogs.
