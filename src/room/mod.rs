//! The room: phones on the local network score and vote through a small web
//! server; each request becomes a `Msg` for the loop and is answered once the
//! save that holds it is done.

pub mod claims_file;
